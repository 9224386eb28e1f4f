/**
 * "countries with at least one large airport": "at least one" (or "more than zero") before a
 * value says the rows have that value, which the value's own filter says; the words read as
 * part of it rather than as a comparison with no number column to compare.
 */
import type { FilterOp } from './intent';
import { isValueCand, nextIndex, note, type ParseState } from './parse-state';

export function parseHasOne(
	state: ParseState,
	i: number,
	op: FilterOp,
	values: number[],
	numIndex: number
): boolean {
	const isOne = (op === 'gte' && values[0] === 1) || (op === 'gt' && values[0] === 0);
	if (!isOne) return false;
	const after = state.items[nextIndex(state, numIndex + 1)];
	if (after?.type !== 'ref' || !after.cands.some(isValueCand)) return false;
	for (let k = i; k <= numIndex; k++) state.used[k] = true;
	const words = state.items
		.slice(i, numIndex + 1)
		.map((x) => x.words)
		.join(' ');
	note(state, words, 'filter', `rows that have "${after.words}" (its filter)`);
	return true;
}

/** A condition on a group's number of rows: more, fewer, at least, at most or exactly. */
export function isHavingOp(op: FilterOp): op is 'gt' | 'lt' | 'gte' | 'lte' | 'eq' {
	return op === 'gt' || op === 'lt' || op === 'gte' || op === 'lte' || op === 'eq';
}
