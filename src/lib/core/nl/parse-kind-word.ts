/**
 * A word that says a column holds kinds ("connector type", "weather kind") even where it is
 * also part of one of the column's values.
 */
import { note, type ParseState, type RefItem } from './parse-state';

const KIND_WORDS = new Set(['type', 'kind', 'category', 'class', 'sort']);

/**
 * "sessions by connector type" of a `connector` column with a value 'Type 2': "type" after the
 * column says it holds kinds, as in "weather type"; it is not the value that contains the word.
 */
export function isKindOfColumn(state: ParseState, i: number): boolean {
	const [prev, item] = [state.items[i - 1], state.items[i] as RefItem];
	if (prev?.type !== 'ref' || !KIND_WORDS.has(item.words.toLowerCase())) return false;
	const named = prev.cands[0]?.target;
	if (named?.kind !== 'column' || named.column.kind !== 'text') return false;
	const value = item.cands[0].target;
	if (value.kind !== 'value' || value.column !== named.column) return false;
	if (String(value.value).toLowerCase() === item.words.toLowerCase()) return false;
	state.used[i] = true;
	note(state, item.words, 'column', `"${named.column.name}", which holds kinds`);
	return true;
}
