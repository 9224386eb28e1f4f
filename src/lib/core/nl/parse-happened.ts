/**
 * "how many visits did I actually do", "sailings that actually went out", "how many times did
 * people actually give blood": "actually" (or "really") asks for the rows that happened — not
 * those a yes/no column marks as called off (`Cancelled`, `No Show`, `Deferred`), and those a
 * column marks as done (`Attended`) where one does. The verb after it says the same and is read
 * with it. A table with no such column leaves the word unplaced: the data cannot tell.
 */
import { PARTICLES } from './vocabulary';
import { FLAG_PREFIXES } from './column-entries';
import { flagTrue, type ColumnInfo } from './lexicon';
import { addFilter } from './parse-filters';
import { tableInView, type ParseState } from './parse-state';
import { lemmasOf, partsOfSpeech } from './word-net';

const ACTUALLY = new Set(['actually', 'really']);
/** What a yes/no column says of a row that did not happen. */
const UNDONE = new Set(
	[
		'cancelled',
		'canceled',
		'deferred',
		'abandoned',
		'missed',
		'void',
		'voided',
		'postponed'
	].concat(['no show', 'noshow', 'dna', 'did not attend', 'called off', 'scratched'])
);
/** What a yes/no column says of a row that did. */
const DONE = new Set(['attended', 'completed', 'showed', 'showed up', 'turned up']);

/** Verbs of a stay, which a booking called off never had. */
const STAY_WORDS = new Set(['stay', 'stayed', 'staying']);

/** The value of a text column of states that says a row was called off ('Cancelled'). */
function cancelledValue(column: ColumnInfo): string | undefined {
	if (column.kind !== 'text') return undefined;
	const value = column.profile?.topValues.find((t) =>
		/^(cancell?ed|called off)$/i.test(String(t.value).trim())
	)?.value;
	return typeof value === 'string' ? value : undefined;
}

function saying(column: ColumnInfo): string {
	const words = FLAG_PREFIXES.has(column.words[0]) ? column.words.slice(1) : column.words;
	return words.join(' ');
}

export function parseHappened(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const isStay = item.type === 'word' && STAY_WORDS.has(item.norm);
	if (item.type !== 'word' || (!ACTUALLY.has(item.norm) && !isStay)) return false;
	const columns = tableInView(state)?.columns ?? [];
	const flags = columns.filter((c) => c.kind === 'boolean');
	const undone = flags.filter((c) => UNDONE.has(saying(c)));
	const done = flags.filter((c) => DONE.has(saying(c)));
	// ("how many kids stayed with us": a booking whose `Status` says 'Cancelled' had no stay)
	const states = isStay ? columns.filter((c) => cancelledValue(c) !== undefined) : [];
	if (undone.length === 0 && done.length === 0 && states.length !== 1) return false;
	if (isStay && undone.length === 0 && done.length === 0) {
		const [column] = states;
		const value = cancelledValue(column)!;
		state.used[i] = true;
		state.intent.unknown = state.intent.unknown.filter((u) => u.words !== item.words);
		addFilter(state, { column, op: 'neq', values: [value], keepsMissing: true, words: item.words });
		return true;
	}
	let end = i + 1;
	for (; end < state.items.length; end++) {
		const next = state.items[end];
		const isVerb =
			next.type === 'word' &&
			(lemmasOf(next.norm).some((l) => partsOfSpeech(l).includes('v')) || PARTICLES.has(next.norm));
		if (!isVerb) break;
	}
	const words = state.items
		.slice(i, end)
		.map((x) => x.words)
		.join(' ');
	for (let k = i; k < end; k++) state.used[k] = true;
	// (a verb read before as a word the reading could not place is placed now)
	const said = new Set(state.items.slice(i, end).map((x) => x.words));
	state.intent.unknown = state.intent.unknown.filter((u) => !said.has(u.words));
	for (const column of undone) {
		addFilter(state, { column, op: 'neq', values: [flagTrue(column)], words });
	}
	for (const column of done) {
		addFilter(state, { column, op: 'eq', values: [flagTrue(column)], words });
	}
	return true;
}
