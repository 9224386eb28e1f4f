/**
 * "north of latitude 55", "west of -120": a compass direction bounds the latitude (north,
 * south) or the longitude (east, west) column. "south of the equator" bounds it at 0, as does
 * "west of the prime meridian" (or of Greenwich).
 */
import { addFilter } from './parse-filters';
import { columnOf, nextIndex, tablesInView, type ParseState } from './parse-state';
import type { ColumnInfo } from './lexicon';

const DIRECTIONS: Record<string, { axis: 'lat' | 'lon'; op: 'gt' | 'lt' }> = {
	north: { axis: 'lat', op: 'gt' },
	south: { axis: 'lat', op: 'lt' },
	east: { axis: 'lon', op: 'gt' },
	west: { axis: 'lon', op: 'lt' }
};

/** Lines at 0 of an axis. */
const ZERO_LINES: Record<string, 'lat' | 'lon'> = {
	equator: 'lat',
	meridian: 'lon',
	greenwich: 'lon'
};

const AXIS_WORDS = { lat: ['latitude', 'lat'], lon: ['longitude', 'lon', 'lng', 'long'] };

function axisColumn(state: ParseState, axis: 'lat' | 'lon'): ColumnInfo | undefined {
	const tables = tablesInView(state);
	const found = tables
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'number' && c.words.some((w) => AXIS_WORDS[axis].includes(w)));
	return found.length === 1 ? found[0] : undefined;
}

export function parseCompass(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const of = state.items[i + 1];
	// A direction word may also match a value loosely ("North Carolina"): "north of" is the direction.
	const isWord =
		item.type === 'word' || (item.type === 'ref' && item.cands.every((c) => c.isLoose));
	const direction = item.words.toLowerCase();
	if (!isWord || !Object.hasOwn(DIRECTIONS, direction)) return false;
	if (of?.type !== 'word' || of.norm !== 'of') return false;
	const { axis, op } = DIRECTIONS[direction];
	const column = axisColumn(state, axis);
	if (!column) return false;
	let j = i + 2;
	const named = state.items[j];
	if (named?.type === 'ref' && named.cands.some((c) => columnOf(c) === column)) j += 1;
	const num = state.items[j];
	const line = num?.type === 'num' ? undefined : zeroLine(state, i + 2, axis);
	if (num?.type !== 'num' && line === undefined) return false;
	if (line !== undefined) j = line;
	for (let k = i; k <= j; k++) state.used[k] = true;
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	addFilter(state, {
		column,
		op,
		values: [num?.type === 'num' ? num.value : 0],
		words: state.items
			.slice(i, j + 1)
			.map((x) => x.words)
			.join(' ')
	});
	return true;
}

/** Index of the last word of "the equator" / "the prime meridian" from `from`, on this axis. */
function zeroLine(state: ParseState, from: number, axis: 'lat' | 'lon'): number | undefined {
	let j = nextIndex(state, from);
	if (state.items[j]?.words.toLowerCase() === 'prime') j += 1;
	const word = state.items[j]?.words.toLowerCase() ?? '';
	return Object.hasOwn(ZERO_LINES, word) && ZERO_LINES[word] === axis ? j : undefined;
}
