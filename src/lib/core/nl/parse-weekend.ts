/**
 * Days of the week. "revenue on weekends", "orders on weekdays": a column of day names
 * (Saturday, Sunday, …) answers weekends as its Saturday and Sunday values, weekdays as the
 * others. Without such a column, a table with a date reads "on Sundays", "Mondays and Fridays",
 * "weekends" as a condition on the date's ISO weekday (1 = Monday … 7 = Sunday), the same however
 * the file numbers a weekday column of its own.
 */
import type { FilterOp } from './intent';
import type { ColumnInfo } from './lexicon';
import { addFilter, takeNegation } from './parse-filters';
import { tablesInView, type ParseState } from './parse-state';
import { addTimeFilter } from './parse-time';

const WEEKEND = new Set(['saturday', 'sunday', 'sat', 'sun']);
const WEEKDAY = new Set([
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'mon',
	'tue',
	'wed',
	'thu',
	'fri'
]);
/** ISO weekday numbers are the index + 1. */
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The one text column of day names, if any. */
function dayNameColumns(state: ParseState): ColumnInfo[] {
	return tablesInView(state)
		.flatMap((t) => t.columns)
		.filter((c) => {
			const values = (c.profile?.topValues ?? []).map((t) => String(t.value).toLowerCase());
			return (
				c.kind === 'text' &&
				values.length >= 5 &&
				values.every((v) => WEEKEND.has(v) || WEEKDAY.has(v))
			);
		});
}

function hasDate(state: ParseState): boolean {
	return tablesInView(state).some((t) => t.columns.some((c) => c.kind === 'date'));
}

export function parseWeekend(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || (item.norm !== 'weekend' && item.norm !== 'weekday')) return false;
	const columns = dayNameColumns(state);
	if (columns.length === 0 && hasDate(state)) {
		state.used[i] = true;
		const days = item.norm === 'weekend' ? [6, 7] : [1, 2, 3, 4, 5];
		addWeekdayFilter(state, days, item.words);
		return true;
	}
	if (columns.length !== 1) return false;
	const column = columns[0];
	const days = item.norm === 'weekend' ? WEEKEND : WEEKDAY;
	const values = (column.profile?.topValues ?? [])
		.map((t) => String(t.value))
		.filter((v) => days.has(v.toLowerCase()));
	if (values.length === 0) return false;
	state.used[i] = true;
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	addFilter(state, { column, op: takeNegation(state, 'in'), values, words: item.words });
	return true;
}

/** The ISO weekday a word names in full ("Sunday", "sundays"), or undefined. */
function dayAt(state: ParseState, k: number): number | undefined {
	const item = state.items[k];
	if (item?.type !== 'word' && item?.type !== 'ref') return undefined;
	const day = DAY_NAMES.indexOf(item.words.toLowerCase().replace(/'?s$/, ''));
	return day >= 0 ? day + 1 : undefined;
}

/** "on Sundays", "Mondays and Fridays" of a table with a date; true when read. */
export function parseDayNames(state: ParseState, i: number): boolean {
	const first = dayAt(state, i);
	if (first === undefined || !hasDate(state) || dayNameColumns(state).length > 0) return false;
	const days = [first];
	let end = i + 1;
	for (;;) {
		const sep = state.items[end];
		const isSep = sep?.type === 'kw' && (sep.kw === 'or' || sep.kw === 'and');
		const day = dayAt(state, isSep ? end + 1 : end);
		if (day === undefined) break;
		days.push(day);
		end += isSep ? 2 : 1;
	}
	for (let k = i; k < end; k++) state.used[k] = true;
	const words = state.items
		.slice(i, end)
		.map((x) => x.words)
		.join(' ');
	addWeekdayFilter(state, days, words);
	return true;
}

function addWeekdayFilter(state: ParseState, days: number[], words: string): void {
	const op: FilterOp = takeNegation(state, 'in');
	const names = days.map((d) => DAY_NAMES[d - 1][0].toUpperCase() + DAY_NAMES[d - 1].slice(1));
	const meaning = `${op === 'in' ? 'on' : 'not on'} ${names.join(', ')}`;
	addTimeFilter(state, { op, part: 'weekday', values: days, words }, meaning);
}
