/**
 * "the most we've generated in a day", "most bags filled in one day", "fewest births on any
 * single day": a unit of time said as one ("in a day", "in one week", "on a single day") after a
 * superlative is the unit the amount is totalled over, as "highest daily" (settleUnitTotals).
 * After an average ("average eggs a day", "median hours maya works in a day") it is each unit,
 * as "per day" is.
 */
import type { ParseState } from './parse-state';
import { setTimeGroup } from './parse-time';

const RANKS = ['most', 'max', 'least', 'min'];
const AVERAGES = ['avg', 'median'];

/** "in a", "on any single", "a": the words that say one unit, at their end. */
const AS_ONE =
	/(?:^| )(?:(?:in|on|for|during) (?:a|one|any|a single|any single|any one|just one|just a|one single)|a|a single) ?$/;

/** Reads the unit at i when it is said as one after a superlative or an average; true if read. */
export function readSingleUnit(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item?.type !== 'grain' || state.unitWord) return false;
	const at = oneUnitAt(state, i);
	if (at === undefined) return false;
	const isKw = (x: (typeof state.items)[number], kws: string[]) =>
		x.type === 'kw' && kws.includes(x.kw);
	const before = state.items.slice(0, at);
	const isPreposition = /^(in|on|for|during)$/i.test(state.items[at].words);
	if (before.some((x) => isKw(x, RANKS)) && isPreposition) {
		const words = state.items.slice(at, i + 1).map((x) => x.words);
		state.unitWord = { grain: item.grain, words: words.join(' '), isSingle: true };
	} else if (before.some((x) => isKw(x, AVERAGES)) && !state.intent.timeGrain) {
		// (settled as "per day" is: the average of the days' totals, settleUnitTotals)
		setTimeGroup(state, item.grain, item.words);
	} else return false;
	for (let k = at; k <= i; k++) state.used[k] = true;
	return true;
}

/**
 * Where the words that say one unit ("in a", "on any single", "a") start before the unit of
 * time at i; undefined when none do, or when the unit is a condition ("on a day when it rained").
 */
export function oneUnitAt(state: ParseState, i: number): number | undefined {
	const said = state.items
		.slice(Math.max(0, i - 3), i)
		.map((x) => x.words.toLowerCase())
		.join(' ');
	const m = AS_ONE.exec(`${said} `);
	if (!m) return undefined;
	const at = i - said.slice(m.index).trim().split(' ').length;
	const next = state.items[i + 1]?.words.toLowerCase();
	if (at <= 0 || (next && /^(when|that|where|with|of)$/.test(next))) return undefined;
	return at;
}
