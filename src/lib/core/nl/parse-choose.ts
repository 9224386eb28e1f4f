/**
 * Choosing one catalog target for a reference: the best candidate of the wanted kind, with a
 * tie between columns settled by an aggregate word that is also part of one column's name.
 */
import type { Candidate } from './matcher';
import {
	columnOf,
	markAmbiguous,
	noteMatchQuality,
	pick,
	type CandFilter,
	type ParseState,
	type RefItem
} from './parse-state';

export function choose(
	state: ParseState,
	item: RefItem,
	filter: CandFilter
): Candidate | undefined {
	const cand = pick(state, item, filter);
	if (cand === 'ambiguous') {
		const named = namedByAggregateWord(state, item, filter);
		if (named) return named;
		markAmbiguous(state, item, filter);
		return undefined;
	}
	if (cand) noteMatchQuality(state, item, cand);
	return cand;
}

const AGGREGATE_NAME_WORDS: Partial<Record<string, string[]>> = {
	min: ['min', 'minimum', 'lowest', 'low'],
	max: ['max', 'maximum', 'highest', 'high'],
	avg: ['avg', 'average', 'mean'],
	sum: ['total', 'sum']
};

/**
 * "minimum temperature" with columns temp_min and temp_max: the aggregate word just before an
 * ambiguous reference is also part of one column's name, and that column is meant.
 */
function namedByAggregateWord(
	state: ParseState,
	item: RefItem,
	filter: CandFilter
): Candidate | undefined {
	const prev = state.items[state.items.indexOf(item) - 1];
	if (prev?.type !== 'kw') return undefined;
	const words = AGGREGATE_NAME_WORDS[prev.kw];
	if (!words) return undefined;
	const named = item.cands
		.filter(filter)
		.filter((c) => columnOf(c)?.words.some((w) => words.includes(w)));
	const columns = new Set(named.map(columnOf));
	return columns.size === 1 ? named[0] : undefined;
}
