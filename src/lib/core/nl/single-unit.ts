/**
 * "the most we've generated in a day", "most bags filled in one day": a unit of time said as one
 * ("in a day", "in one week", "in a single month") after a superlative is the unit the amount
 * is totalled over, as "highest daily" (settleUnitTotals).
 */
import type { ParseState } from './parse-state';

const RANKS = ['most', 'max', 'least', 'min'];

/** Reads the unit at i when it is said as one after a superlative; true if read. */
export function readSingleUnit(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item?.type !== 'grain' || state.unitWord) return false;
	const said = state.items
		.slice(Math.max(0, i - 3), i)
		.map((x) => x.words.toLowerCase())
		.join(' ');
	const m = /(?:^| )in (?:a|one|a single|just one|just a) ?$/.exec(`${said} `);
	if (!m) return false;
	const at = i - said.slice(m.index).trim().split(' ').length;
	const isRanked = state.items.slice(0, at).some((x) => x.type === 'kw' && RANKS.includes(x.kw));
	if (!isRanked || state.items[at]?.type !== 'kw') return false;
	const words = state.items.slice(at, i + 1).map((x) => x.words);
	state.unitWord = { grain: item.grain, words: words.join(' '), isSingle: true };
	for (let k = at; k <= i; k++) state.used[k] = true;
	return true;
}
