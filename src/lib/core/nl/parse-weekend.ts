/**
 * "revenue on weekends", "orders on weekdays": a column of day names (Saturday, Sunday, …)
 * answers weekends as its Saturday and Sunday values, weekdays as the others.
 */
import { addFilter, takeNegation } from './parse-filters';
import type { ParseState } from './parse-state';

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

export function parseWeekend(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || (item.norm !== 'weekend' && item.norm !== 'weekday')) return false;
	const tables =
		state.preferredTables.size > 0 ? [...state.preferredTables] : state.prepared.tables;
	const columns = tables
		.flatMap((t) => t.columns)
		.filter((c) => {
			const values = (c.profile?.topValues ?? []).map((t) => String(t.value).toLowerCase());
			return (
				c.kind === 'text' &&
				values.length >= 5 &&
				values.every((v) => WEEKEND.has(v) || WEEKDAY.has(v))
			);
		});
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
