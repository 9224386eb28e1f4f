/**
 * "at the 2023 inspection", "the forecasts from the 2009 budget": a year of the data said right
 * before a word that names a date or year column (`Inspection Date`, `budgetYear`) is that
 * column's year, whatever the table's usual time column is.
 */
import type { ColumnInfo } from './lexicon';
import { note, type ParseState } from './parse-state';
import { isDataYear } from './parse-time';

/** A column read at least this well is named by the word. */
const NAMED = 0.9;

export function parseYearOfColumn(state: ParseState, i: number): boolean {
	const [item, next] = [state.items[i], state.items[i + 1]];
	if (item?.type !== 'num' || next?.type !== 'ref' || !isDataYear(state, item)) return false;
	if (state.used[i + 1]) return false;
	const columns = new Set<ColumnInfo>();
	for (const c of next.cands) {
		const t = c.target;
		const isTime = t.kind === 'column' && (t.column.kind === 'date' || t.column.kind === 'year');
		if (isTime && !c.isLoose && c.score >= NAMED) columns.add(t.column);
	}
	if (columns.size !== 1) return false;
	const [column] = columns;
	const words = `${item.words} ${next.words}`;
	state.used[i] = true;
	state.used[i + 1] = true;
	const filter = { column, op: 'eq' as const, values: [item.value], words };
	state.intent.filters.push(column.kind === 'year' ? filter : { ...filter, part: 'year' });
	note(state, words, 'time', `year ${item.value} of "${column.name}"`);
	return true;
}
