/**
 * "how many hours of padel were booked", "how many hours did imran teach", "hours of labour by
 * mechanic": a unit of time the question counts in is an amount of the column that keeps how
 * long each row lasted, totalled in the unit asked (`Duration (mins)` ÷ 60 for hours). The unit
 * is placed only where the reading measures such a column, or where "how many <unit>" would
 * otherwise count rows and the tables in view keep exactly one length of time.
 */
import type { Measure } from './intent';
import type { ColumnInfo } from './lexicon';
import { note, tablesInView, UNPLACED_WORD_PENALTY, type ParseState } from './parse-state';
import { secondsOf, unitOfColumn } from './parse-duration-bound';

/** Words of doing that spend time ("did I spend", "put in", "worked"), placed with its total. */
const SPENDING = new Set(
	'spend spent spending put work worked working do did done give gave log logged'.split(' ')
);

/** Units of a length asked ("hours", "mins"), in seconds; days and weeks count days instead. */
function askedSeconds(word: string): number | undefined {
	const seconds = secondsOf(word);
	return seconds !== undefined && seconds <= 3600 && word.length > 1 ? seconds : undefined;
}

/** Seconds in the unit a number column keeps lengths of time in (`dur_mins`, `ms_played`). */
function lengthSeconds(column: ColumnInfo): number | undefined {
	// (`pH`: not a length in hours)
	if (column.between || column.words.every((w) => w.length === 1)) return undefined;
	// (`Mins`, `Hours`: a name that is only its unit)
	const alone = column.words.length === 1 && column.kind === 'number';
	const unit = alone ? secondsOf(column.name.toLowerCase()) : unitOfColumn(column);
	if (unit !== undefined) return unit <= 86400 ? unit : undefined;
	return column.kind === 'number' && column.words.includes('ms') ? 0.001 : undefined;
}

/**
 * The one column of the tables in view that keeps a length of time in a named unit, when its
 * table is the only one there is or another word of the reading points at it.
 */
function onlyLength(state: ParseState): ColumnInfo | undefined {
	const columns = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter((c) => lengthSeconds(c) !== undefined);
	if (columns.length !== 1) return undefined;
	const table = columns[0].table;
	const intent = state.intent;
	const isPointed =
		intent.filters.some((f) => f.column?.table === table && f.column.kind !== 'date') ||
		intent.groups.some((g) => g.column.table === table);
	return state.prepared.tables.length === 1 || isPointed ? columns[0] : undefined;
}

const isLengthMeasure = (m: Measure) =>
	m.column !== undefined && !m.share && lengthSeconds(m.column) !== undefined;

/** Places an unplaced unit of time (and a verb of spending it) against the length measured. */
export function settleLengthAsked(state: ParseState): void {
	const intent = state.intent;
	state.items.forEach((item, i) => {
		if (item.type !== 'word' && item.type !== 'grain') return;
		if (!intent.unknown.some((u) => u.words === item.words)) return;
		const asked = askedSeconds(item.words.toLowerCase());
		const prev = state.items[i - 1];
		// ("over 2 hours": a bound, read elsewhere)
		if (asked === undefined || prev?.type === 'num') return;
		const isHowMany = prev?.type === 'kw' && prev.kw === 'count';
		let measured = intent.measures.filter(isLengthMeasure);
		if (measured.length === 0) {
			const counts = intent.measures.filter((m) => m.agg === 'count' && !m.column);
			const column = onlyLength(state);
			if (!isHowMany || counts.length !== 1 || intent.measures.length !== 1 || !column) return;
			measured = [{ agg: 'sum', column, words: `${prev.words} ${item.words}` }];
			intent.measures = measured;
			// (the rows are no longer counted)
			intent.interpretation = intent.interpretation.filter(
				(n) => n.words !== prev.words || n.kind !== 'aggregate'
			);
		}
		for (const m of measured) {
			// ("how many hours of labour": the hours are a total, not a count of them)
			if (m.agg === 'count' || m.agg === 'count_distinct') {
				m.agg = 'sum';
				intent.interpretation = intent.interpretation.filter((n) => n.words !== m.words);
			}
			const seconds = lengthSeconds(m.column!)!;
			if (seconds === asked) continue;
			m.scale = seconds / asked;
			m.unitName = item.words.toLowerCase();
		}
		intent.unknown = intent.unknown.filter((u) => u.words !== item.words);
		placeSpending(state);
		const column = measured[0].column!;
		const how = measured[0].scale ? ` in ${item.words}` : '';
		note(state, item.words, 'aggregate', `total of "${column.name}"${how}`);
	});
}

/**
 * "did I spend", "put in": the verb of a total of time is that total's. What the time was
 * spent doing ("spend baking") is then the question's subject: left unread, the answer is not
 * sure.
 */
function placeSpending(state: ParseState): void {
	const intent = state.intent;
	state.items.forEach((item, i) => {
		if (item.type !== 'word' || !SPENDING.has(item.norm)) return;
		const entry = intent.unknown.find((u) => u.words === item.words);
		if (!entry) return;
		intent.unknown = intent.unknown.filter((u) => u !== entry);
		const doing = state.items[i + 1];
		const spentOn = doing && intent.unknown.find((u) => u.words === doing.words);
		if (spentOn && /ing$/i.test(doing.words))
			spentOn.penalty = Math.max(spentOn.penalty, UNPLACED_WORD_PENALTY);
	});
}
