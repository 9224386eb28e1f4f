/**
 * Several numbers before the column they count: "cars with 4 or 6 cylinders", "flights with 1,
 * 2 or 3 stops". One filter keeps the rows holding any of them ("not" keeps the others).
 */
import type { ParseState } from './parse-state';
import { addFilter, columnFromRef, takeNegation } from './parse-filters';

/** Reads a list of numbers starting at i and the column after it; true when applied. */
export function parseNumberList(state: ParseState, i: number): boolean {
	const values: number[] = [];
	const raws: string[] = [];
	let j = i;
	let joins = 0;
	for (;;) {
		const item = state.items[j];
		if (item?.type !== 'num' || state.used[j]) return false;
		values.push(item.value);
		raws.push(item.words);
		const next = state.items[j + 1];
		if (next?.type === 'num') {
			// "4, 6 or 8": the comma leaves two numbers side by side
			j += 1;
			continue;
		}
		if (next?.type === 'kw' && (next.kw === 'or' || next.kw === 'and')) {
			joins += 1;
			j += 2;
			continue;
		}
		break;
	}
	const ref = state.items[j + 1];
	if (values.length < 2 || joins !== 1 || ref?.type !== 'ref') return false;
	const column = columnFromRef(state, ref, true);
	if (!column || column.kind !== 'number') return false;
	for (let k = i; k <= j + 1; k++) state.used[k] = true;
	const op = takeNegation(state, 'in');
	addFilter(state, {
		column,
		op,
		values: [...new Set(values)],
		words: `${raws.join(', ')} ${ref.words}`
	});
	return true;
}
