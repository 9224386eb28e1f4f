/**
 * "a negative offset", "months with a positive change": the sign of a number column, a
 * condition on it (below or above zero).
 */
import { addFilter } from './parse-filters';
import type { ParseState } from './parse-state';

const SIGNS: Record<string, 'lt' | 'gt'> = { negative: 'lt', positive: 'gt' };

/** Reads a sign word at i before a number column. Returns true when it did. */
export function parseSign(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const next = state.items[i + 1];
	if (item.type !== 'word' || !Object.hasOwn(SIGNS, item.norm) || next?.type !== 'ref') {
		return false;
	}
	const cand = next.cands[0];
	const top = cand?.target;
	if (top?.kind !== 'column' || top.column.kind !== 'number') return false;
	if (cand.isLoose) {
		// "offset" of `offset_hours`: a part of the name, said with less confidence
		if (cand.score < 0.8) return false;
		state.intent.factors.push({ reason: `"${next.words}" matched loosely`, factor: cand.score });
	}
	state.used[i] = true;
	state.used[i + 1] = true;
	addFilter(state, {
		column: top.column,
		op: SIGNS[item.norm],
		values: [0],
		words: `${item.words} ${next.words}`
	});
	return true;
}
