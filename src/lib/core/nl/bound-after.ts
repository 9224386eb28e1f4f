/**
 * "cakes of 2 tiers or more", "scores of 50 or above": a bound said after the noun it counts
 * reads as it does before it ("2 or more tiers").
 */
import type { Item } from './matcher';

export function boundsAfterNoun(items: Item[]): Item[] {
	const out = [...items];
	for (let k = 2; k < out.length; k++) {
		const [amount, noun, bound] = [out[k - 2], out[k - 1], out[k]];
		const isTrailing =
			bound.type === 'kw' &&
			(bound.kw === 'gte' || bound.kw === 'lte') &&
			/^(or|and) /i.test(bound.words);
		if (!isTrailing || amount.type !== 'num' || (noun.type !== 'ref' && noun.type !== 'word')) {
			continue;
		}
		out.splice(k - 1, 2, bound, noun);
	}
	return out;
}
