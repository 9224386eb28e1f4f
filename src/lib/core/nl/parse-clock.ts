/**
 * Times of day: "runs I started before 7am", "calls after 6 pm", "arrivals before 9 o'clock".
 * The hour of each row's timestamp is compared, on every day; a table whose time holds no hour
 * (dates only) cannot say. And "since the start of 2024" is since 2024.
 */
import type { ColumnInfo } from './lexicon';
import { note, type ParseState } from './parse-state';
import { addTimeFilter, parseOpenRange } from './parse-time';
import { timeColumn } from './planner-helpers';
import { BEGAN_WORDS } from './vocabulary';

/** Parts of the day an hour is said in ("9 in the morning", "8 at night"), as am or pm. */
const DAY_PARTS: Record<string, 'am' | 'pm'> = {
	morning: 'am',
	afternoon: 'pm',
	evening: 'pm',
	night: 'pm'
};

/**
 * The half of the day said after an hour at j, and how many items say it: "am", "pm", "o'clock",
 * "in the morning", "at night".
 */
function halfOfDay(
	state: ParseState,
	j: number
): { half: 'am' | 'pm' | 'clock'; size: number } | undefined {
	const said = state.items[j]?.words.toLowerCase().replace(/\./g, '');
	if (said === 'am' || said === 'pm') return { half: said, size: 1 };
	if (said === "o'clock" || said === 'oclock') return { half: 'clock', size: 1 };
	const [the, part] = state.items.slice(j + 1, j + 3).map((x) => x.words.toLowerCase());
	if (said === 'in' && the === 'the' && part && part in DAY_PARTS)
		return { half: DAY_PARTS[part], size: 3 };
	if (said === 'at' && the === 'night') return { half: 'pm', size: 2 };
	return undefined;
}

/** At i, "before"/"after"/"since"; then an hour with am/pm, o'clock or a part of the day. */
export function parseClockTime(
	state: ParseState,
	i: number,
	kw: 'since' | 'after' | 'before'
): boolean {
	const num = state.items[i + 1];
	if (num?.type !== 'num' || !Number.isInteger(num.value)) return false;
	const mark = halfOfDay(state, i + 2);
	if (!mark || num.value < 0 || num.value > (mark.half === 'clock' ? 23 : 12)) return false;
	const { half } = mark;
	const hour =
		half === 'pm' && num.value < 12
			? num.value + 12
			: half === 'am' && num.value === 12
				? 0
				: num.value;
	const table = state.intent.tables[0] ?? [...state.preferredTables][0] ?? state.prepared.tables[0];
	const dated = state.intent.timeColumn ?? (table && timeColumn(table));
	// ("classes before 8am" of a table with a date and a separate time of day, `start_time`;
	// "drop-offs before 8am" of a `Visit Date` beside a `Drop-off` timestamp)
	const clocks =
		table?.columns.filter((c) => /^TIME(\s|$)/i.test(c.type.trim()) || hasHours(c)) ?? [];
	const time = dated && hasHours(dated) ? dated : clockOf(state, i, clocks);
	if (!time) return false;
	rowsNotTimes(state, time);
	startSaid(state, time);
	if (time === dated) state.intent.timeColumn ??= time;
	const last = i + 1 + mark.size;
	const words = state.items
		.slice(i, last + 1)
		.map((x) => x.words)
		.join(' ');
	const column = time === dated ? undefined : time;
	addTimeFilter(
		state,
		{ column, op: kw === 'before' ? 'lt' : 'gte', part: 'hour', values: [hour], words },
		`${kw === 'before' ? 'before' : 'from'} ${hour}:00 on any day, by "${time.name}"`
	);
	for (let k = i; k <= last; k++) state.used[k] = true;
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
	const isStartSaid = state.items.some((x) => START_WORDS.test(x.words));
	return isStartSaid && starts.length === 1 ? starts[0] : undefined;
}

const START_WORDS = /^(start|starts|started|starting|begin|begins|began)$/i;

/** "lessons started before 9": the verb says the time compared is when each row started. */
function startSaid(state: ParseState, time: ColumnInfo): void {
	if (!time.words.some((w) => BEGAN_WORDS.has(w))) return;
	const intent = state.intent;
	const isFree = (words: string, k: number) =>
		!state.used[k] || intent.unknown.some((u) => u.words === words);
	const at = state.items.findIndex((x, k) => START_WORDS.test(x.words) && isFree(x.words, k));
	if (at < 0) return;
	state.used[at] = true;
	intent.unknown = intent.unknown.filter((u) => u.words !== state.items[at].words);
	note(state, state.items[at].words, 'column', `when each row started: "${time.name}"`);
}

/**
 * "how many bookings start after 6pm", "how many drop-offs were before 8am": the column the time
 * of day bounds is not what "how many" counts; it counts the rows, not the column's different
 * times.
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
