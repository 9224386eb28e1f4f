/**
 * "worst average delay", "best error rate": for some quantities less is better, so the worst is
 * the highest. "best" and "worst" rank by the column's own sense of good; for a column whose
 * sense Quarry does not know, the usual one (more is better) stands.
 */
import type { ColumnInfo } from './lexicon';
import type { ParseState } from './parse-state';

/** Column words for quantities where less is better. */
const LESS_IS_BETTER = new Set(
	(
		'delay delays late lateness wait waiting latency downtime error errors loss losses debt ' +
		'deficit cost costs expense expenses death deaths fatality fatalities injury injuries ' +
		'casualty casualties accident accidents crime crimes complaint complaints defect defects ' +
		'unemployment poverty pollution emission emissions churn absence absences mortality ' +
		'risk failure failures incident incidents violation violations penalty penalties'
	).split(' ')
);

function rankedColumn(state: ParseState): ColumnInfo | undefined {
	const order = state.intent.order;
	if (!order) return undefined;
	if (order.column) return order.column;
	return order.measure !== undefined ? state.intent.measures[order.measure]?.column : undefined;
}

export function settlePolarity(state: ParseState): void {
	const order = state.intent.order;
	const word = order?.words.toLowerCase().split(/\s+/)[0];
	if (!order || (word !== 'worst' && word !== 'best')) return;
	// "…, best 3": a count after the word makes it "top 3"
	const at = state.items.findIndex((x) => x.type === 'kw' && x.words.toLowerCase() === word);
	if (state.items[at + 1]?.type === 'num') return;
	const column = rankedColumn(state);
	if (!column || !column.words.some((w) => LESS_IS_BETTER.has(w))) return;
	const dir = word === 'worst' ? 'desc' : 'asc';
	order.dir = dir;
	if (state.rank) state.rank.dir = dir;
	state.intent.interpretation.push({
		words: order.words,
		kind: 'order',
		meaning: `less "${column.name}" is better: ${dir === 'desc' ? 'highest' : 'lowest'} first`
	});
}
