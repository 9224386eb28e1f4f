/**
 * Times of day: "runs I started before 7am", "calls after 6 pm", "arrivals before 9 o'clock".
 * The hour of each row's timestamp is compared, on every day; a table whose time holds no hour
 * (dates only) cannot say. And "since the start of 2024" is since 2024.
 */
import type { ColumnInfo } from './lexicon';
import type { ParseState } from './parse-state';
import { addTimeFilter, parseOpenRange } from './parse-time';
import { timeColumn } from './planner-helpers';
import { BEGAN_WORDS } from './vocabulary';

/** At i, "before"/"after"/"since"; then an hour with am/pm or o'clock. */
export function parseClockTime(
	state: ParseState,
	i: number,
	kw: 'since' | 'after' | 'before'
): boolean {
	const num = state.items[i + 1];
	const mark = state.items[i + 2];
	if (num?.type !== 'num' || !Number.isInteger(num.value) || !mark) return false;
	const said = mark.words.toLowerCase().replace(/\./g, '');
	const half =
		said === 'am'
			? 'am'
			: said === 'pm'
				? 'pm'
				: said === "o'clock" || said === 'oclock'
					? 'clock'
					: undefined;
	if (!half || num.value < 0 || num.value > (half === 'clock' ? 23 : 12)) return false;
	const hour =
		half === 'pm' && num.value < 12
			? num.value + 12
			: half === 'am' && num.value === 12
				? 0
				: num.value;
	const table = state.intent.tables[0] ?? [...state.preferredTables][0] ?? state.prepared.tables[0];
	const dated = state.intent.timeColumn ?? (table && timeColumn(table));
	// ("classes before 8am" of a table with a date and a separate time of day, `start_time`)
	const clocks = table?.columns.filter((c) => /^TIME(\s|$)/i.test(c.type.trim())) ?? [];
	const time = dated && hasHours(dated) ? dated : clockOf(state, i, clocks);
	if (!time) return false;
	if (columnSaid(state, i, clocks) === time) rowsNotTimes(state, time);
	if (time.kind === 'date') state.intent.timeColumn ??= time;
	const words = `${state.items[i].words} ${num.words} ${mark.words}`;
	const column = time.kind === 'date' ? undefined : time;
	addTimeFilter(
		state,
		{ column, op: kw === 'before' ? 'lt' : 'gte', part: 'hour', values: [hour], words },
		`${kw === 'before' ? 'before' : 'from'} ${hour}:00 on any day, by "${time.name}"`
	);
	for (let k = i; k <= i + 2; k++) state.used[k] = true;
	return true;
}

/**
 * The one column of times of day, or of several (`Start`, `End Time`) the one the question says
 * ("bookings that start after 6pm", "start time"), or the one of a beginning when it says none.
 */
function clockOf(state: ParseState, i: number, clocks: ColumnInfo[]): ColumnInfo | undefined {
	if (clocks.length <= 1) return clocks[0];
	const said = columnSaid(state, i, clocks);
	if (said) return said;
	const starts = clocks.filter((c) => c.words.some((w) => BEGAN_WORDS.has(w)));
	const isStartSaid = state.items.some((x) =>
		/^(start|starts|started|starting|begin|begins)$/i.test(x.words)
	);
	return isStartSaid && starts.length === 1 ? starts[0] : undefined;
}

/**
 * "how many bookings start after 6pm": the column said before the time of day is what the time
 * bounds; "how many" counts the rows, not the column's different times.
 */
function rowsNotTimes(state: ParseState, time: ColumnInfo): void {
	const counted = state.intent.measures.find(
		(m) => m.agg === 'count_distinct' && m.column === time
	);
	if (!counted) return;
	counted.agg = 'count';
	counted.column = undefined;
	counted.table = time.table;
	const read = state.intent.interpretation.find(
		(x) => x.kind === 'aggregate' && x.words === counted.words
	);
	if (read) read.meaning = 'number of rows';
}

/** The column of times of day the words right before i name. */
function columnSaid(state: ParseState, i: number, clocks: ColumnInfo[]): ColumnInfo | undefined {
	const before = state.items[i - 1];
	if (before?.type !== 'ref') return undefined;
	const cand = before.cands.find(
		(c) => c.target.kind === 'column' && clocks.includes(c.target.column)
	);
	return cand?.target.kind === 'column' ? cand.target.column : undefined;
}

/**
 * "since the start of 2024", "before the beginning of March 2023": the start of a period is the
 * period's first day, as "since 2024" reads it.
 */
export function sinceStartOf(
	state: ParseState,
	i: number,
	kw: 'since' | 'after' | 'before'
): boolean {
	const [the, start, of] = state.items.slice(i + 1, i + 4);
	const isStart = (x: typeof the) =>
		x?.type === 'word' && (x.norm === 'start' || x.norm === 'beginning');
	if (the?.type !== 'word' || the.norm !== 'the' || !isStart(start)) return false;
	if (of?.type !== 'word' || of.norm !== 'of' || kw === 'after') return false;
	if (!parseOpenRange(state, i + 3, kw)) return false;
	for (let k = i; k <= i + 3; k++) state.used[k] = true;
	const read = state.intent.interpretation.at(-1);
	const said = state.items.slice(i, i + 3).map((x) => x.words);
	if (read?.kind === 'time') read.words = `${said.join(' ')} ${read.words}`;
	return true;
}

/** A timestamp whose values carry a time of day. */
function hasHours(column: ColumnInfo): boolean {
	if (column.kind !== 'date' || !/TIMESTAMP/i.test(column.type)) return false;
	const samples = [column.profile?.min, column.profile?.max].map((v) => String(v ?? ''));
	return samples.some((s) => /[T ]\d{2}:\d{2}/.test(s) && !/[T ]00:00(:00)?$/.test(s));
}
