/**
 * "the language with alpha2 'fr'", "a two-letter code of 'de'", "name is 'Chad'": a quoted
 * value right after a text column (past linking words) is that column's value. It compares as
 * the data spells it when the profile lists it, else without case.
 */
import { addFilter, takeNegation } from './parse-filters';
import type { ParseState } from './parse-state';
import { LINKING_WORDS } from './value-side';

/** Linking words between a column and its value, and the ways of saying "equal to". */
const EQUAL_WORDS = new Set(['equal', 'equals', 'to']);

export function quotedValueOfColumn(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'text') return false;
	let j = i - 1;
	while (j >= 0 && isLink(state, j)) j -= 1;
	const loose = state.loose.find((l) => l.index === j && l.column.kind === 'text');
	if (!loose) return false;
	const { column } = loose;
	const lower = item.text.toLowerCase();
	const listed = [
		...(column.profile?.topValues.map((t) => t.value) ?? []),
		...(column.profile?.values ?? [])
	].find((v) => typeof v === 'string' && v.toLowerCase() === lower);
	state.loose = state.loose.filter((l) => l !== loose);
	for (let k = j; k <= i; k++) state.used[k] = true;
	const words = state.items
		.slice(j, i + 1)
		.map((x) => x.words)
		.join(' ');
	addFilter(state, {
		column,
		op: takeNegation(state, listed === undefined ? 'ieq' : 'eq'),
		values: [listed === undefined ? item.text : String(listed)],
		words
	});
	return true;
}

function isLink(state: ParseState, j: number): boolean {
	const item = state.items[j];
	if (item.type === 'kw') return item.kw === 'eq';
	const word = item.words.toLowerCase();
	return item.type === 'word' && (LINKING_WORDS.has(word) || EQUAL_WORDS.has(word));
}
