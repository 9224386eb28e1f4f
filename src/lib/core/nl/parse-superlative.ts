/**
 * A superlative adjective before a time unit: "hottest day", "warmest year", "coldest 3
 * years". The adjective names its measure (hot → temperature); a day is a row, so the rows
 * with the highest value; a longer unit is a group, so the units with the highest average.
 */
import { dimensionColumn } from './dimensions';
import { impliedAggregate, timeColumn } from './planner-helpers';
import type { ColumnInfo, TableInfo } from './lexicon';
import { addMeasure } from './parse-refs';
import { rankByDimension } from './parse-rank';
import { note, type ParseState } from './parse-state';
import { setTimeGroup } from './parse-time';

const UP = new Set(['hottest', 'warmest', 'wettest', 'windiest', 'deadliest', 'rainiest']);
const DOWN = new Set(['coldest', 'coolest', 'driest']);

function directionOf(state: ParseState, i: number): 'asc' | 'desc' | undefined {
	const item = state.items[i];
	if (item.type === 'kw') return item.kw === 'max' ? 'desc' : item.kw === 'min' ? 'asc' : undefined;
	// "windiest" may also be read as its column (wind): it is still a superlative
	if (item.type !== 'word' && item.type !== 'ref') return undefined;
	const norm = item.words.toLowerCase();
	if (UP.has(norm)) return 'desc';
	return DOWN.has(norm) ? 'asc' : undefined;
}

const FREQUENT = new Set(['common', 'frequent', 'popular']);

/**
 * "busiest hour", "most common weekday", "the 3 busiest months": the time units with the most
 * rows (or the largest total when rows are counts; the finishing step turns the count into that
 * sum). A singular unit asks for one, a number for that many, a plural for all of them ranked.
 */
function parseBusiestGrain(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'kw' || (item.kw !== 'most' && item.kw !== 'least')) return false;
	let j = i + 1;
	const next = state.items[j];
	const isFrequent = next?.type === 'word' && FREQUENT.has(next.norm);
	if (item.words.toLowerCase() !== 'busiest' && !isFrequent) return false;
	if (isFrequent) j += 1;
	const count = state.items[j];
	const limit =
		count?.type === 'num' && Number.isInteger(count.value) && count.value > 0
			? count.value
			: undefined;
	if (limit !== undefined) j += 1;
	// "the busiest trading days": a word between says what kind of day
	if (state.items[j]?.type === 'word' && state.items[j + 1]?.type === 'grain') j += 1;
	const unit = state.items[j];
	if (unit?.type !== 'grain') return false;
	const own = [...state.preferredTables].filter((t) => timeColumn(t));
	const tables = own.length > 0 ? own : state.prepared.tables.filter((t) => timeColumn(t));
	if (tables.length !== 1) return false;
	for (let k = i; k <= j; k++) state.used[k] = true;
	const table = tables[0];
	if (!state.intent.tables.includes(table)) state.intent.tables.push(table);
	const dir = item.kw === 'most' ? 'desc' : 'asc';
	const words = state.items
		.slice(i, j + 1)
		.map((x) => x.words)
		.join(' ');
	setTimeGroup(state, unit.grain, unit.words);
	const by = busiestBy(state, j + 1, table);
	const measure = by
		? addMeasure(state, { agg: impliedAggregate(by.column), column: by.column, words: by.words })
		: addMeasure(state, { agg: 'count', table, words: item.words });
	state.intent.order = { measure, dir, words: item.words };
	const isPlural = /s$/i.test(unit.words) && !/s$/i.test(unit.grain);
	state.rank = { dir, limit: limit ?? state.rank?.limit ?? (isPlural ? undefined : 1), words };
	return true;
}

/** "… by volume", "… for births" after the busiest days: the amount that makes a day busy. */
function busiestBy(
	state: ParseState,
	k: number,
	table: TableInfo
): { column: ColumnInfo; words: string } | undefined {
	const by = state.items[k];
	const ref = state.items[k + 1];
	// "… for births": the same amount, named after "for"
	const isBy = (by?.type === 'kw' && by.kw === 'by') || by?.words.toLowerCase() === 'for';
	if (!isBy || ref?.type !== 'ref') return undefined;
	const target = ref.cands[0]?.target;
	if (target?.kind !== 'column' || target.column.table !== table) return undefined;
	if (target.column.kind !== 'number') return undefined;
	state.used[k] = true;
	state.used[k + 1] = true;
	return { column: target.column, words: `${by.words} ${ref.words}` };
}

/** Reads "<superlative> [N] <time unit>" at i. Returns true when applied. */
export function parseSuperlativeGrain(state: ParseState, i: number): boolean {
	if (parseBusiestGrain(state, i)) return true;
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
		state.rank = { dir, limit: limit ?? state.rank?.limit ?? 1, words };
		return rankByDimension(state, item.words, dir);
	}
	setTimeGroup(state, unit.grain, unit.words);
	const measure = addMeasure(state, { agg: 'avg', column, words: item.words });
	state.intent.order = { measure, dir, words: item.words };
	state.rank = { dir, limit: limit ?? state.rank?.limit ?? 1, words };
	const end = dir === 'desc' ? 'highest' : 'lowest';
	note(state, item.words, 'order', `${end} average "${column.name}" first`);
	return true;
}

/**
 * "which month was the windiest": a superlative read as its column (wind) still ranks. With no
 * ranking read otherwise, the question asks for the highest (coldest: lowest) values first.
 */
export function settleSuperlativeRef(state: ParseState): void {
	if (state.rank || state.intent.order) return;
	for (let i = 0; i < state.items.length; i++) {
		const item = state.items[i];
		if (item.type !== 'ref' || !state.used[i]) continue;
		const norm = item.words.toLowerCase();
		const dir = DOWN.has(norm) ? 'asc' : UP.has(norm) || /iest$/.test(norm) ? 'desc' : undefined;
		if (!dir) continue;
		state.rank = { dir, words: item.words };
		return;
	}
}

/** Superlatives of size or rank alone: "the biggest airline" may be the one with most rows. */
export function isSizeWord(words: string): boolean {
	return /\b(top|biggest|largest|smallest|most|least|fewest|greatest)\b/i.test(words);
}
