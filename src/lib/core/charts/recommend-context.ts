/**
 * The shared frame of the recommendation rules: what they know about the result and how they
 * add a suggestion.
 */
import type { ChartKind, ChartSpec, ChartSuggestion, FieldSummary } from './types';

/** Colour can tell apart this many categories. */
export const MAX_COLORS = 10;
/** More categories than this make horizontal bars (readable labels). */
export const HORIZONTAL_ABOVE = 12;
/** Categories beyond this are cut to the top ones by the chart SQL. */
export const MAX_CATEGORIES = 50;

export interface Context {
	rows: number;
	measures: FieldSummary[];
	categories: FieldSummary[];
	times: FieldSummary[];
	labels: FieldSummary[];
	out: ChartSuggestion[];
}

export function add(
	ctx: Context,
	kind: ChartKind,
	id: string,
	label: string,
	reason: string,
	score: number,
	spec: ChartSpec
): void {
	if (ctx.out.some((s) => s.id === id)) return;
	ctx.out.push({ id, kind, label, reason, score: Math.round(score * 10) / 10, spec });
}

/** A time statistic for a reason: midnight left out. */
export function when(value: string | number | null): string {
	return String(value).replace(/[ T]00:00:00(\.0+)?$/, '');
}

export function range(field: FieldSummary): string {
	return field.min === null ? '' : ` (${readable(field.min)} to ${readable(field.max)})`;
}

/** A statistic as a person reads it: about 4 significant digits, grouped thousands. */
export function readable(value: string | number | null): string {
	if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
	if (Number.isInteger(value) || Math.abs(value) >= 1000) {
		return Math.round(value).toLocaleString('en-US');
	}
	return value.toLocaleString('en-US', { maximumSignificantDigits: 4 });
}

/** A category that splits the rows into series over `time`: every time value has most of them. */
export function seriesOf(ctx: Context, time: FieldSummary): FieldSummary | undefined {
	return ctx.categories.find(
		(c) =>
			c.distinct >= 2 &&
			c.distinct <= MAX_COLORS &&
			ctx.rows / (time.distinct * c.distinct) <= 1.5 &&
			ctx.rows / (time.distinct * c.distinct) >= 0.5
	);
}

export function colorCategory(ctx: Context, except?: FieldSummary): FieldSummary | undefined {
	const fits = ctx.categories.filter(
		(c) => c !== except && c.distinct >= 2 && c.distinct <= MAX_COLORS
	);
	return fits.find((c) => c.vlType === 'nominal') ?? fits[0];
}
