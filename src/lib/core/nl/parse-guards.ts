/**
 * Last checks that no word of the question is lost by the reading: "the most common type of
 * place" read as one count of every row has lost "most common" (nothing is grouped to rank).
 */
import type { ParseState } from './parse-state';

/** A "most" or "least" that ranks nothing: one aggregate row, no groups, no time unit. */
export function settleEmptyRanking(state: ParseState): void {
	const intent = state.intent;
	if (state.orderAgg !== 'most' && state.orderAgg !== 'least') return;
	if (intent.mode !== 'aggregate' || intent.groups.length > 0 || intent.timeGrain) return;
	if (!intent.measures.every((m) => m.agg === 'count' && !m.column)) return;
	intent.refusal = {
		reason: `"${state.rank?.words ?? state.orderAgg}" ranks nothing: no column says what to count for each.`,
		suggestions: ['Name what to rank, e.g. "the most common <column>".']
	};
}
