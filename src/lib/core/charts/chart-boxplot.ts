/**
 * Boxplots from min to max: DuckDB computes each group's five numbers and vega draws them as a
 * rule (min–max), a bar (q1–q3) and a tick (median), all plain vega-lite marks.
 */
import { quoteIdent } from '../sql/quote';
import { categoryExpr, numberExpr, type ColumnTypes } from './chart-exprs';
import type { ChartQueryResult, SqlParts } from './chart-query';
import { renderBase, type Entry } from './chart-render';
import type { ChartSpec, FieldSummary } from './types';

const STATS = [
	['lo', 'min', 'Minimum'],
	['q1', 'q1', 'First quartile'],
	['mid', 'median', 'Median'],
	['q3', 'q3', 'Third quartile'],
	['hi', 'max', 'Maximum']
] as const;

const QUANTILES: Record<(typeof STATS)[number][1], string> = {
	min: 'min(val)',
	q1: 'quantile_cont(val, 0.25)',
	median: 'quantile_cont(val, 0.5)',
	q3: 'quantile_cont(val, 0.75)',
	max: 'max(val)'
};

export function boxplotQuery(
	head: string,
	spec: ChartSpec,
	entries: Entry[],
	types: ColumnTypes,
	context: { parts: SqlParts; maxCategories: number; fields?: FieldSummary[] }
): ChartQueryResult {
	const measure = entries.find(
		(e) => (e.channel === 'x' || e.channel === 'y') && e.def.type === 'quantitative' && e.def.field
	);
	if (!measure) return { ok: false, message: 'A boxplot needs a number on the x or y axis.' };
	const groups = entries.filter(
		(e) => e !== measure && e.def.field !== undefined && e.channel !== 'tooltip'
	);
	const v = numberExpr(measure.def.field!, types);
	const dims = groups.map((g) => `${categoryExpr(g.def.field!, types)} AS ${quoteIdent(g.alias)}`);
	const stats = STATS.map(
		([key, stat]) => `CAST(${QUANTILES[stat]} AS DOUBLE) AS ${quoteIdent(`__${key}`)}`
	);
	const axis = groups.find((g) => g.channel === 'x' || g.channel === 'y');
	const limit = context.maxCategories;
	const axisFilter = axis
		? `WHERE ${quoteIdent(axis.alias)} IN (SELECT ${quoteIdent(axis.alias)} FROM g GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT ${limit})`
		: '';
	const known = axis ? context.fields?.find((f) => f.name === axis.def.field) : undefined;
	const note =
		known && known.distinct > limit
			? `The ${limit} largest of ${known.distinct.toLocaleString('en-US')} ${known.name} groups are shown.`
			: undefined;
	const sql = [
		`${head},`,
		`g AS (SELECT ${[...dims, `${v} AS val`].join(', ')} FROM q WHERE ${v} IS NOT NULL)`,
		`SELECT ${[...groups.map((g) => quoteIdent(g.alias)), ...stats].join(', ')}`,
		`FROM g ${axisFilter}`,
		groups.length > 0 ? 'GROUP BY ALL' : '',
		'ORDER BY ALL'
	]
		.filter((line) => line !== '')
		.join('\n');
	const m = measure.channel;
	const m2 = m === 'x' ? 'x2' : 'y2';
	const title = measure.def.title ?? measure.def.field!;
	const groupEncoding = Object.fromEntries(
		groups
			.filter((g) => !['column', 'row', 'facet'].includes(g.channel))
			.map((g) => [
				g.channel,
				{
					field: g.alias,
					type: g.def.type,
					title: g.def.title ?? g.def.field,
					...(g.def.sort !== undefined ? { sort: g.def.sort } : {})
				}
			])
	);
	const scale = measure.def.scale ? { scale: measure.def.scale } : {};
	const tooltip = [
		...groups.map((g) => ({ field: g.alias, type: g.def.type, title: g.def.field })),
		...STATS.map(([key, , label]) => ({
			field: `__${key}`,
			type: 'quantitative',
			title: `${label} of ${measure.def.field}`
		}))
	];
	const layer = [
		{
			mark: { type: 'rule' },
			encoding: {
				[m]: { field: '__lo', type: 'quantitative', title, ...scale },
				[m2]: { field: '__hi' }
			}
		},
		{
			mark: { type: 'bar', size: 14 },
			encoding: {
				[m]: { field: '__q1', type: 'quantitative', title },
				[m2]: { field: '__q3' },
				tooltip
			}
		},
		{
			mark: { type: 'tick', color: 'white', size: 14 },
			encoding: { [m]: { field: '__mid', type: 'quantitative', title } }
		}
	];
	const facet = groups.find((g) => ['column', 'row', 'facet'].includes(g.channel));
	let renderSpec = renderBase(spec, groupEncoding, layer);
	if (facet) {
		const { $schema, data, title: chartTitle, ...inner } = renderSpec;
		const facetDef = {
			field: facet.alias,
			type: facet.def.type,
			title: facet.def.title ?? facet.def.field
		};
		renderSpec = {
			$schema,
			...(chartTitle !== undefined ? { title: chartTitle } : {}),
			data,
			...(facet.channel === 'facet'
				? { facet: facetDef, columns: facet.def.columns ?? 4 }
				: { facet: { [facet.channel]: facetDef } }),
			spec: inner
		};
	}
	return { ok: true, value: { sql, renderSpec, ...(note ? { note } : {}) } };
}
