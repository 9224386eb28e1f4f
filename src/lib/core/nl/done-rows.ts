/**
 * "how many appointments did i do in 2024", "how many weddings have i done", "how many clients
 * did i see": the asker's own past deeds are the rows that happened. Where a column of states
 * says which did ('Done', 'Completed', 'Checked Out') the rows in that state are read; where it
 * only says which were called off ('Cancelled', 'No Show'), the others; a yes/no column of
 * calling off (`Cancelled`) reads the same. Nothing is read when the question already says which
 * state it asks for ("no-shows have we had"), or asks what is still to come. What the asker
 * "had" is every row: "how many bookings did we have" counts the cancelled ones too.
 */
import type { ColumnInfo } from './lexicon';
import { flagTrue } from './lexicon';
import { FLAG_PREFIXES } from './column-entries';
import { addFilter } from './parse-filters';
import { tableInView, type ParseState } from './parse-state';

/** Who did it: the asker. */
const SUBJECTS = new Set(['i', 'we', 'ive', 'weve', "i've", "we've", 'iv']);
/** Words between the subject and its verb ("have i actually done"). */
const BETWEEN = new Set(['have', 'has', 'had', 've', 'actually', 'already', 'ever', 'really']);
/** Verbs of doing the rows' work, in any form ("did", "done", "taught", "looked after"). */
const DEEDS = new Set(
	(
		'do did done see saw seen make made work worked teach taught run ran serve served ' +
		'look looked groom groomed deliver delivered earn earned fit fitted cut treat treated ' +
		'host hosted hold held visit visited'
	).split(' ')
);
/** Words of what is still to come, which a reading of the rows done would contradict. */
const TO_COME = /\b(coming|upcoming|future|still|next|booked|due|planned|ahead|yet)\b/i;

const DONE_VALUE =
	/^(done|completed?|attended|finished|delivered|collected|checked out|stayed|fulfilled|served|went ahead|held)$/i;
const UNDONE_VALUE = /^(cancell?ed|called off|no[ -]?show|did not attend|dna|missed)$/i;
const TO_COME_VALUE = /^(booked|upcoming|scheduled|confirmed|planned|to do|not started)$/i;
/** Values a column of states may have at most. */
const MAX_STATES = 12;

function statesOf(column: ColumnInfo): string[] {
	if (column.kind !== 'text' || !column.profile) return [];
	const { topValues, distinctCount } = column.profile;
	if (distinctCount === undefined || distinctCount > MAX_STATES) return [];
	return topValues.map((t) => t.value).filter((v): v is string => typeof v === 'string');
}

/** A yes/no column that marks rows called off (`Cancelled`, `No Show`, `Cancelled <24h`). */
function isUndoneFlag(column: ColumnInfo): boolean {
	if (column.kind !== 'boolean') return false;
	const words = FLAG_PREFIXES.has(column.words[0]) ? column.words.slice(1) : column.words;
	return UNDONE_VALUE.test(words.slice(0, 2).join(' ')) || UNDONE_VALUE.test(words[0] ?? '');
}

/** The index of the deed verb of the asker ("did i do", "have we had"), or -1. */
function deedAt(state: ParseState): number {
	const items = state.items;
	for (let i = 0; i < items.length; i++) {
		if (!SUBJECTS.has(items[i].words.toLowerCase().replace(/[’]/g, "'"))) continue;
		// ("have i actually done": the last verb of the run after the asker)
		let deed = -1;
		for (let k = i + 1; k < items.length; k++) {
			const word = items[k].type === 'word' ? (items[k] as { norm: string }).norm : '';
			if (DEEDS.has(word)) deed = k;
			else if (!BETWEEN.has(items[k].words.toLowerCase())) break;
		}
		if (deed >= 0) return deed;
	}
	return -1;
}

/** Reads the asker's past deeds as the rows that happened, where a column says which those are. */
export function settleDoneRows(state: ParseState): void {
	const intent = state.intent;
	settleToComeRows(state);
	const k = deedAt(state);
	if (k < 0) return;
	const question = state.items.map((x) => x.words).join(' ');
	if (TO_COME.test(question)) return;
	const table = tableInView(state);
	if (!table) return;
	const columns = table.columns.filter(
		(c) => statesOf(c).some((v) => UNDONE_VALUE.test(v.trim())) || isUndoneFlag(c)
	);
	if (columns.length !== 1) return;
	const [column] = columns;
	// ("how many no-shows have we had": the state asked is the question's own)
	if (intent.filters.some((f) => f.column === column)) return;
	const words = state.items[k].words;
	state.used[k] = true;
	intent.unknown = intent.unknown.filter((u) => u.words !== words);
	if (column.kind === 'boolean') {
		addFilter(state, { column, op: 'neq', values: [flagTrue(column)], words });
		return;
	}
	const states = statesOf(column);
	const done = states.filter((v) => DONE_VALUE.test(v.trim()));
	if (done.length === 1) {
		addFilter(state, { column, op: 'eq', values: done, words });
		return;
	}
	const undone = states.filter((v) => UNDONE_VALUE.test(v.trim()));
	const op = undone.length === 1 ? 'neq' : 'not_in';
	addFilter(state, { column, op, values: undone, keepsMissing: true, words });
}

/** The one column of states of the table in view with one value of rows still to come. */
function toComeColumn(state: ParseState): ColumnInfo | undefined {
	const table = tableInView(state);
	const columns = (table?.columns ?? []).filter(
		(c) => statesOf(c).filter((v) => TO_COME_VALUE.test(v.trim())).length === 1
	);
	return columns.length === 1 ? columns[0] : undefined;
}

/** "upcoming", "future" over a table that keeps rows still to come: no forecast, those rows. */
export function holdsRowsToCome(state: ParseState, words: string): boolean {
	const word = words.trim().toLowerCase();
	return (word === 'upcoming' || word === 'future') && toComeColumn(state) !== undefined;
}

/** The indexes of the words saying the rows are still to come ("upcoming", "coming up", "still got to do"). */
function toComeAt(state: ParseState): number[] {
	const words = state.items.map((x) => x.words.toLowerCase());
	for (let i = 0; i < words.length; i++) {
		if (words[i] === 'upcoming' || words[i] === 'future') return [i];
		if (words[i] === 'coming' && words[i + 1] === 'up') return [i, i + 1];
		if (words[i] !== 'still') continue;
		// ("still got to do", "still to do")
		const to = words.indexOf('to', i + 1);
		if (to > 0 && to <= i + 3 && DEEDS.has(words[to + 1] ?? '')) return [i, to, to + 1];
	}
	return [];
}

/**
 * "how many appointments have i got coming up", "upcoming bookings", "orders i still have to
 * do": the rows whose state says they are still to come ('Booked', 'Upcoming', 'Scheduled').
 */
export function settleToComeRows(state: ParseState): void {
	const said = toComeAt(state);
	const column = said.length > 0 ? toComeColumn(state) : undefined;
	if (!column || state.intent.filters.some((f) => f.column === column)) return;
	const values = statesOf(column).filter((v) => TO_COME_VALUE.test(v.trim()));
	const words = said.map((k) => state.items[k].words).join(' ');
	for (const k of said) state.used[k] = true;
	const placed = new Set(said.map((k) => state.items[k].words));
	state.intent.unknown = state.intent.unknown.filter((u) => !placed.has(u.words));
	addFilter(state, { column, op: 'eq', values, words });
}
