/**
 * Recommendation rules for time (lines, areas, small multiples) and for one category (bars).
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
import {
	add,
	HORIZONTAL_ABOVE,
	MAX_CATEGORIES,
	range,
	seriesOf,
	when,
	type Context
} from './recommend-context';
import type { ChartSpec, FieldSummary } from './types';

export function timeCharts(ctx: Context): void {
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

export function barCharts(ctx: Context): void {
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
