/**
 * "north of latitude 55", "west of -120": a compass direction bounds the latitude (north,
 * south) or the longitude (east, west) column.
 */
import { addFilter } from './parse-filters';
import { columnOf, type ParseState } from './parse-state';
import type { ColumnInfo } from './lexicon';

const DIRECTIONS: Record<string, { axis: 'lat' | 'lon'; op: 'gt' | 'lt' }> = {
	north: { axis: 'lat', op: 'gt' },
	south: { axis: 'lat', op: 'lt' },
	east: { axis: 'lon', op: 'gt' },
	west: { axis: 'lon', op: 'lt' }
};

const AXIS_WORDS = { lat: ['latitude', 'lat'], lon: ['longitude', 'lon', 'lng', 'long'] };

function axisColumn(state: ParseState, axis: 'lat' | 'lon'): ColumnInfo | undefined {
	const tables =
		state.preferredTables.size > 0 ? [...state.preferredTables] : state.prepared.tables;
	const found = tables
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'number' && c.words.some((w) => AXIS_WORDS[axis].includes(w)));
	return found.length === 1 ? found[0] : undefined;
}

export function parseCompass(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const of = state.items[i + 1];
	if (item.type !== 'word' || !Object.hasOwn(DIRECTIONS, item.norm)) return false;
	if (of?.type !== 'word' || of.norm !== 'of') return false;
	const { axis, op } = DIRECTIONS[item.norm];
	const column = axisColumn(state, axis);
	if (!column) return false;
	let j = i + 2;
	const named = state.items[j];
	if (named?.type === 'ref' && named.cands.some((c) => columnOf(c) === column)) j += 1;
	const num = state.items[j];
	if (num?.type !== 'num') return false;
	for (let k = i; k <= j; k++) state.used[k] = true;
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	addFilter(state, {
		column,
		op,
		values: [num.value],
		words: state.items
			.slice(i, j + 1)
			.map((x) => x.words)
			.join(' ')
	});
	return true;
}
