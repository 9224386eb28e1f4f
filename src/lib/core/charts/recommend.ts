/**
 * Chart recommendation: ranked, explained vega-lite specs for a result's fields.
 *
 * Each rule pairs field roles with the channels that show them best (positions for measures and
 * time, colour for a few categories, bars for category × measure) and scores the pairing by
 * what the statistics say: a time with one row per value is a series, a category that occurs
 * once per row is a ready-made bar, many raw observations of two measures make a scatter.
 */
import {
	aggregateWord,
	categoryDef,
	chartSpec,
	count,
	countDef,
	defaultAggregate,
	measureDef,
	timeDef
} from './spec-build';
import type { ChartKind, ChartSpec, ChartSuggestion, FieldSummary, Recommendation } from './types';

/** Colour can tell apart this many categories. */
const MAX_COLORS = 10;
/** More categories than this make horizontal bars (readable labels). */
const HORIZONTAL_ABOVE = 12;
/** Categories beyond this are cut to the top ones by the chart SQL. */
const MAX_CATEGORIES = 50;

interface Context {
	rows: number;
	measures: FieldSummary[];
	categories: FieldSummary[];
	times: FieldSummary[];
	labels: FieldSummary[];
	out: ChartSuggestion[];
}

function add(
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
function when(value: string | number | null): string {
	return String(value).replace(/[ T]00:00:00(\.0+)?$/, '');
}

function range(field: FieldSummary): string {
	return field.min === null ? '' : ` (${String(field.min)} to ${String(field.max)})`;
}

/** A category that splits the rows into series over `time`: every time value has most of them. */
function seriesOf(ctx: Context, time: FieldSummary): FieldSummary | undefined {
	return ctx.categories.find(
		(c) =>
			c.distinct >= 2 &&
			c.distinct <= MAX_COLORS &&
			ctx.rows / (time.distinct * c.distinct) <= 1.5 &&
			ctx.rows / (time.distinct * c.distinct) >= 0.5
	);
}

function colorCategory(ctx: Context, except?: FieldSummary): FieldSummary | undefined {
	const fits = ctx.categories.filter(
		(c) => c !== except && c.distinct >= 2 && c.distinct <= MAX_COLORS
	);
	return fits.find((c) => c.vlType === 'nominal') ?? fits[0];
}

function timeCharts(ctx: Context): void {
	ctx.times.slice(0, 2).forEach((time, j) => {
		const series = seriesOf(ctx, time);
		const isSeries = ctx.rows / (time.distinct * (series?.distinct ?? 1)) <= 1.5;
		const color = series ? { color: categoryDef(series) } : {};
		const by = series ? `, one line per ${series.name} (${series.distinct})` : '';
		const shape = isSeries
			? `one row per ${time.name}`
			: `${count(ctx.rows / time.distinct)} rows per ${time.name} on average`;
		ctx.measures.slice(0, 3).forEach((m, i) => {
			const aggregate = defaultAggregate(m);
			const score = (isSeries ? 90 : 72) + (series ? 3 : 0) - i * 2 - j * 3;
			const what = `${aggregateWord(aggregate)} ${m.name} by ${time.name}`;
			const reason = `${time.name} is a time from ${when(time.min)} to ${when(time.max)} with ${shape}${by}; ${m.name} is a measure`;
			const encoding = { x: timeDef(time), y: measureDef(m, aggregate), ...color };
			add(
				ctx,
				'line',
				`line:${time.name}:${m.name}`,
				`Line: ${what}`,
				reason,
				score,
				chartSpec('line', encoding)
			);
			const stack = series && aggregate === 'sum';
			add(
				ctx,
				'area',
				`area:${time.name}:${m.name}`,
				`Area: ${what}`,
				`${reason}${stack ? '; totals stack' : ''}`,
				score - (stack ? 4 : 9),
				chartSpec('area', encoding)
			);
			const facet = ctx.categories.find((c) => c.distinct >= 2 && c.distinct <= 12);
			if (facet) {
				const spec = chartSpec('line', {
					x: timeDef(time),
					y: measureDef(m, aggregate),
					facet: { ...categoryDef(facet), columns: 4 }
				});
				spec.width = 180;
				spec.height = 120;
				add(
					ctx,
					'small-multiples',
					`facet:${time.name}:${m.name}:${facet.name}`,
					`Small multiples: ${what}, one per ${facet.name}`,
					`${reason}; ${facet.name} has ${facet.distinct} values, one small chart each`,
					score - 30,
					spec
				);
			}
		});
		if (ctx.measures.length === 0 || !isSeries) {
			const encoding = { x: timeDef(time), y: countDef(), ...color };
			add(
				ctx,
				'line',
				`line:${time.name}:count`,
				`Line: count of rows by ${time.name}`,
				`${time.name} is a time from ${when(time.min)} to ${when(time.max)}; counting rows per ${time.timeUnit ?? 'time'}`,
				(ctx.measures.length === 0 ? 80 : 56) - j * 3,
				chartSpec('line', encoding)
			);
		}
	});
}

function barEncoding(
	category: FieldSummary,
	value: ChartSpec['encoding']['x']
): ChartSpec['encoding'] {
	const isOrdinal = category.vlType === 'ordinal';
	if (category.distinct > HORIZONTAL_ABOVE && !isOrdinal) {
		return { y: categoryDef(category, '-x'), x: value };
	}
	return { x: categoryDef(category, isOrdinal ? 'ascending' : '-y'), y: value };
}

function barCharts(ctx: Context): void {
	const axes = [...ctx.categories, ...ctx.labels].filter((c) => c.distinct >= 2).slice(0, 4);
	axes.forEach((c, j) => {
		const isOnePer = ctx.rows <= c.distinct * 1.05;
		const many = c.distinct > MAX_CATEGORIES ? ` (the top ${MAX_CATEGORIES} are shown)` : '';
		const penalty = (c.distinct > MAX_CATEGORIES ? 10 : 0) + j * 2 + (c.role === 'id' ? 4 : 0);
		ctx.measures.slice(0, 3).forEach((m, i) => {
			const aggregate = isOnePer ? undefined : defaultAggregate(m);
			const what = `${aggregate ? `${aggregateWord(aggregate)} ` : ''}${m.name} by ${c.name}`;
			const shape = isOnePer
				? `one row per ${c.name}`
				: `${count(ctx.rows / c.distinct)} rows per ${c.name} on average`;
			const reason = `${c.name} has ${count(c.distinct)} values${many}, ${shape}; ${m.name} is a measure${range(m)}`;
			add(
				ctx,
				'bar',
				`bar:${c.name}:${m.name}`,
				`Bar: ${what}`,
				reason,
				(isOnePer ? 88 : 74) - penalty - i * 2,
				chartSpec('bar', barEncoding(c, measureDef(m, aggregate)))
			);
		});
		if (!isOnePer) {
			const reason = `${c.name} has ${count(c.distinct)} values${many}, ${count(ctx.rows / c.distinct)} rows each on average`;
			add(
				ctx,
				'bar',
				`bar:${c.name}:count`,
				`Bar: count of rows by ${c.name}`,
				reason,
				(ctx.measures.length === 0 ? 82 : 58) - penalty,
				chartSpec('bar', barEncoding(c, countDef()))
			);
		}
	});
}

function twoCategoryCharts(ctx: Context): void {
	const cats = ctx.categories.filter((c) => c.distinct >= 2 && c.distinct <= 40).slice(0, 3);
	for (const a of cats) {
		for (const b of cats) {
			if (a === b) continue;
			const m = ctx.measures[0];
			const aggregate = m ? defaultAggregate(m) : undefined;
			const value = m ? measureDef(m, aggregate) : countDef();
			const valueName = m ? `${aggregateWord(aggregate!)} ${m.name}` : 'count of rows';
			const cells = `${a.distinct} × ${b.distinct} combinations`;
			if (a.distinct >= b.distinct) {
				add(
					ctx,
					'heatmap',
					`heatmap:${a.name}:${b.name}`,
					`Heatmap: ${valueName} by ${a.name} and ${b.name}`,
					`${a.name} and ${b.name} are categories (${cells}); colour shows ${valueName}`,
					64 + (m ? 2 : 0),
					chartSpec('rect', { x: categoryDef(a), y: categoryDef(b), color: value })
				);
			}
			if (b.distinct <= MAX_COLORS && a.distinct <= MAX_CATEGORIES) {
				const x = categoryDef(a, a.vlType === 'ordinal' ? 'ascending' : '-y');
				const reason = `${a.name} has ${a.distinct} values, split by ${b.name} (${b.distinct}); ${m ? `${m.name} is a measure` : 'counting rows'}`;
				add(
					ctx,
					'stacked-bar',
					`stacked:${a.name}:${b.name}`,
					`Stacked bar: ${valueName} by ${a.name} and ${b.name}`,
					reason,
					67 - (m ? 0 : 4),
					chartSpec('bar', { x, y: { ...value, stack: 'zero' }, color: categoryDef(b) })
				);
				add(
					ctx,
					'grouped-bar',
					`grouped:${a.name}:${b.name}`,
					`Grouped bar: ${valueName} by ${a.name} and ${b.name}`,
					reason,
					65 - (m ? 0 : 4),
					chartSpec('bar', {
						x: categoryDef(a),
						y: value,
						xOffset: categoryDef(b),
						color: categoryDef(b)
					})
				);
			}
		}
	}
}

function measureCharts(ctx: Context): void {
	const ms = ctx.measures.slice(0, 5);
	const color = colorCategory(ctx);
	let pair = 0;
	for (let i = 0; i < ms.length; i++) {
		for (let j = i + 1; j < ms.length && pair < 10; j++, pair++) {
			const [y, x] = [ms[i], ms[j]];
			const encoding = {
				x: measureDef(x),
				y: measureDef(y),
				...(color ? { color: categoryDef(color) } : {})
			};
			const by = color ? `, coloured by ${color.name} (${color.distinct} values)` : '';
			const reason = `${x.name} and ${y.name} are measures over ${count(ctx.rows)} rows${by}`;
			const score = (ctx.rows >= 10 ? 80 : 50) + (color ? 5 : 0) - pair * 1.5;
			add(
				ctx,
				'scatter',
				`scatter:${x.name}:${y.name}`,
				`Scatter: ${y.name} against ${x.name}`,
				reason,
				score,
				chartSpec('point', encoding)
			);
		}
	}
	const isAlone =
		ctx.measures.length === 1 && ctx.categories.length + ctx.times.length + ctx.labels.length === 0;
	ctx.measures.slice(0, 3).forEach((m, i) => {
		const isSpread = m.distinct >= 5;
		const reason = `${m.name} is a measure with ${count(m.distinct)} distinct values${range(m)}: its distribution`;
		const spec = chartSpec('bar', { x: { ...measureDef(m), bin: { maxbins: 30 } }, y: countDef() });
		add(
			ctx,
			'histogram',
			`histogram:${m.name}`,
			`Histogram of ${m.name}`,
			reason,
			(isAlone ? 85 : 62) - (isSpread ? 0 : 20) - i * 2,
			spec
		);
		const box = ctx.categories.find(
			(c) => c.distinct >= 2 && c.distinct <= 30 && ctx.rows / c.distinct >= 5
		);
		if (box) {
			const boxReason = `${count(ctx.rows / box.distinct)} ${m.name} values per ${box.name} on average (${box.distinct} groups): their spread`;
			const spec = chartSpec('boxplot', { x: categoryDef(box), y: measureDef(m) });
			spec.mark = { type: 'boxplot', extent: 'min-max', tooltip: true };
			add(
				ctx,
				'boxplot',
				`boxplot:${box.name}:${m.name}`,
				`Boxplot: ${m.name} by ${box.name}`,
				boxReason,
				64 - i * 2,
				spec
			);
		}
	});
}

function bigNumbers(ctx: Context): void {
	ctx.measures.slice(0, 3).forEach((m, i) => {
		const spec = chartSpec('text', { text: { field: m.name, type: 'quantitative', format: ',' } });
		spec.mark = { type: 'text', fontSize: 48, tooltip: true };
		add(
			ctx,
			'big-number',
			`number:${m.name}`,
			`Number: ${m.name}`,
			`The result is one row; ${m.name} is its number`,
			100 - i,
			spec
		);
	});
}

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

/** Ranked chart suggestions for a result with these fields and `options.rows` rows. */
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
	const suggestions = ctx.out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	return suggestions.length > 0
		? { suggestions }
		: { suggestions, noChartReason: noChartReason(fields, options.rows) };
}
