/**
 * Chart recommendation: ranked, explained vega-lite specs for a result's fields.
 *
 * Each rule pairs field roles with the channels that show them best (positions for measures and
 * time, colour for a few categories, bars for category × measure) and scores the pairing by
 * what the statistics say: a time with one row per value is a series, a category that occurs
 * once per row is a ready-made bar, many raw observations of two measures make a scatter.
 */
import { barCharts, timeCharts } from './recommend-time-bar';
import { bigNumbers, measureCharts, twoCategoryCharts } from './recommend-measures';
import type { Context } from './recommend-context';
import type { FieldSummary, Recommendation } from './types';

/** The alternatives list stays short: the best this many suggestions. */
export const MAX_SUGGESTIONS = 24;

function noChartReason(fields: FieldSummary[], rows: number): string {
	if (rows === 0) return 'The result has no rows: nothing to plot.';
	if (fields.length === 0) return 'The result has no columns: nothing to plot.';
	if (fields.every((f) => f.role === 'other' && f.nullShare === 1))
		return 'Every value is empty: nothing to plot.';
	const roles = new Set(fields.map((f) => f.role));
	if (rows === 1) return 'The result is one row without a number: nothing to plot.';
	if (roles.size === 1 && roles.has('text')) return 'Only free text: nothing to plot.';
	return 'No column is a number, a time or a category with repeated values: nothing to plot.';
}

/** Ranked chart suggestions (at most MAX_SUGGESTIONS) for a result with these fields and `options.rows` rows. */
export function recommendCharts(fields: FieldSummary[], options: { rows: number }): Recommendation {
	const ctx: Context = {
		rows: options.rows,
		measures: fields.filter((f) => f.role === 'measure'),
		categories: fields.filter((f) => f.role === 'category'),
		times: fields.filter((f) => f.role === 'time' && f.distinct >= 2),
		labels: fields.filter((f) => f.role === 'id' && f.distinct >= options.rows * 0.95),
		out: []
	};
	if (options.rows === 1) bigNumbers(ctx);
	else if (options.rows > 1) {
		timeCharts(ctx);
		barCharts(ctx);
		measureCharts(ctx);
		twoCategoryCharts(ctx);
	}
	const suggestions = ctx.out
		.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
		.slice(0, MAX_SUGGESTIONS);
	return suggestions.length > 0
		? { suggestions }
		: { suggestions, noChartReason: noChartReason(fields, options.rows) };
}
