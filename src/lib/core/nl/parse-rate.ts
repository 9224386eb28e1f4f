/**
 * "average deaths per year" over rows that are counts: a rate (the deaths of a typical year,
 * one number) or the average row within each year? Quarry cannot total the rows per year and
 * then average those totals, so the grouped reading is only a guess and must not look sure.
 * "average temperature per month" is not affected: a measurement is averaged within each month.
 */
import { holdsCounts } from './planner-helpers';
import type { ParseState } from './parse-state';

const RATE_FACTOR = 0.5;

export function settleRate(state: ParseState): void {
	const intent = state.intent;
	const measure = intent.measures.find(
		(m) => m.agg === 'avg' && m.column !== undefined && holdsCounts(m.column)
	);
	if (!measure) return;
	const timeWords = [
		...(intent.timeGrain ? [intent.timeGrain.words] : []),
		...intent.groups
			.filter((g) => g.column.kind === 'year' || g.column.kind === 'date')
			.map((g) => g.words)
	].map((w) => w.toLowerCase());
	const per = state.items.findIndex(
		(item, k) =>
			item.type === 'kw' &&
			item.words.toLowerCase() === 'per' &&
			timeWords.includes(state.items[k + 1]?.words.toLowerCase() ?? '')
	);
	if (per < 0) return;
	const unit = state.items[per + 1].words;
	intent.factors.push({
		reason: `"per ${unit}" after an average of "${measure.column!.name}" can mean the total of a typical ${unit} or the average row within each ${unit}`,
		factor: RATE_FACTOR
	});
}
