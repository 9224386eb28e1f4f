/**
 * A superlative adjective before a time unit: "hottest day", "warmest year", "coldest 3
 * years". The adjective names its measure (hot → temperature); a day is a row, so the rows
 * with the highest value; a longer unit is a group, so the units with the highest average.
 */
import { dimensionColumn } from './dimensions';
import { addMeasure, rankByDimension } from './parse-refs';
import { note, type ParseState } from './parse-state';
import { setTimeGroup } from './parse-time';

const UP = new Set(['hottest', 'warmest', 'wettest', 'windiest', 'deadliest', 'rainiest']);
const DOWN = new Set(['coldest', 'coolest', 'driest']);

function directionOf(state: ParseState, i: number): 'asc' | 'desc' | undefined {
	const item = state.items[i];
	if (item.type === 'kw') return item.kw === 'max' ? 'desc' : item.kw === 'min' ? 'asc' : undefined;
	if (item.type !== 'word') return undefined;
	if (UP.has(item.norm)) return 'desc';
	return DOWN.has(item.norm) ? 'asc' : undefined;
}

/** Reads "<superlative> [N] <time unit>" at i. Returns true when applied. */
export function parseSuperlativeGrain(state: ParseState, i: number): boolean {
	const dir = directionOf(state, i);
	if (!dir) return false;
	const item = state.items[i];
	let j = i + 1;
	const count = state.items[j];
	const limit =
		count?.type === 'num' && Number.isInteger(count.value) && count.value > 0
			? count.value
			: undefined;
	if (limit !== undefined) j += 1;
	const unit = state.items[j];
	if (unit?.type !== 'grain') return false;
	const column = dimensionColumn(item.words, [...state.preferredTables], state.prepared.tables);
	if (!column) return false;
	for (let k = i; k <= j; k++) state.used[k] = true;
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	const words = `${item.words}${limit ? ` ${limit}` : ''} ${unit.words}`;
	if (unit.grain === 'day') {
		state.rank = { dir, limit: limit ?? 1, words };
		return rankByDimension(state, item.words, dir);
	}
	setTimeGroup(state, unit.grain, unit.words);
	const measure = addMeasure(state, { agg: 'avg', column, words: item.words });
	state.intent.order = { measure, dir, words: item.words };
	state.rank = { dir, limit: limit ?? 1, words };
	const end = dir === 'desc' ? 'highest' : 'lowest';
	note(state, item.words, 'order', `${end} average "${column.name}" first`);
	return true;
}
