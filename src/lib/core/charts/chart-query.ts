/**
 * Chart SQL: DuckDB computes exactly what a chart draws (groups, aggregates, bins, time units,
 * the top categories, a sample of raw points), so vega only ever gets a small table.
 */
import { quoteIdent } from '../sql/quote';
import { boxplotQuery } from './chart-boxplot';
import {
	aggregateExpr,
	categoryExpr,
	iso,
	niceStep,
	niceStepExpr,
	numberExpr,
	timestampExpr,
	timeUnitExpr,
	type ColumnTypes
} from './chart-exprs';
import { aggregateTitle, channelEntries, markType, renderBase, type Entry } from './chart-render';
import type { ChartQuery, ChartSpec, FieldDef, FieldSummary, VegaLiteSpec } from './types';
import { wrapSql } from './wrap-sql';

export const DEFAULT_MAX_POINTS = 5_000;
export const DEFAULT_MAX_CATEGORIES = 50;
const DEFAULT_MAXBINS = 20;
const SAMPLE_SEED = 42;

export interface ChartQueryOptions {
	/** Raw point charts over more rows than this draw a random sample (default 5,000). */
	maxPoints?: number;
	/** Nominal axes with more values than this keep the top ones (default 50). */
	maxCategories?: number;
	/** The result's fields (from summarizeFields): checks names, reads types, words the notes. */
	fields?: FieldSummary[];
	/** The result's row count, when known. */
	rows?: number;
}

export type ChartQueryResult = { ok: true; value: ChartQuery } | { ok: false; message: string };

/** Parts of the SQL being built. */
export interface SqlParts {
	ctes: string[];
	selects: string[];
	filters: string[];
	notes: string[];
	/** Aliases of timestamp columns, written as local ISO text in the outer query. */
	times: string[];
}

function count(n: number): string {
	return Math.round(n).toLocaleString('en-US');
}

/** The bin step of a channel: a literal when the range is known, else read from a CTE. */
function binStep(
	entry: Entry,
	types: ColumnTypes,
	fields: FieldSummary[] | undefined,
	parts: SqlParts
): string {
	const def = entry.def;
	const bin = typeof def.bin === 'object' ? def.bin : {};
	if (bin.step && bin.step > 0) return String(bin.step);
	const maxbins = Math.max(1, Math.min(500, Math.round(bin.maxbins ?? DEFAULT_MAXBINS)));
	const known = fields?.find((f) => f.name === def.field);
	if (typeof known?.min === 'number' && typeof known.max === 'number') {
		return String(niceStep(known.min, known.max, maxbins));
	}
	const name = `b_${entry.key}`;
	const n = numberExpr(def.field!, types);
	const step = niceStepExpr('lo', 'hi', maxbins);
	parts.ctes.push(
		`${name} AS (SELECT ${step} AS step FROM (SELECT min(${n}) AS lo, max(${n}) AS hi FROM q))`
	);
	return `(SELECT step FROM ${name})`;
}

/** The value a dimension channel is grouped by (and drawn at). */
function dimensionExpr(
	entry: Entry,
	types: ColumnTypes,
	fields: FieldSummary[] | undefined,
	parts: SqlParts
): string {
	const def = entry.def;
	const field = def.field!;
	if (def.bin && !(typeof def.bin === 'object' && def.bin.binned)) {
		const step = binStep(entry, types, fields, parts);
		const n = numberExpr(field, types);
		parts.filters.push(`${n} IS NOT NULL`);
		const start = `floor(${n} / ${step}) * ${step}`;
		parts.selects.push(`${start} + ${step} AS ${quoteIdent(entry.alias2!)}`);
		return start;
	}
	if (def.type === 'temporal') {
		const ts = timestampExpr(field, types);
		parts.filters.push(`${ts} IS NOT NULL`);
		// Grouped as timestamps; written as text after grouping (strftime on every row is slow).
		parts.times.push(entry.alias);
		return def.timeUnit ? timeUnitExpr(ts, def.timeUnit) : ts;
	}
	if (def.type === 'quantitative') return numberExpr(field, types);
	return categoryExpr(field, types);
}

/** Keep the top `limit` values of a nominal axis with too many values, ranked by what is drawn. */
function topCategories(
	entry: Entry,
	expr: string,
	rank: string,
	limit: number,
	fields: FieldSummary[] | undefined,
	parts: SqlParts
): void {
	const known = fields?.find((f) => f.name === entry.def.field);
	if (known && known.distinct <= limit) return;
	const name = `top_${entry.key}`;
	parts.ctes.push(
		`${name} AS (SELECT ${expr} AS k FROM q GROUP BY 1 ORDER BY ${rank} DESC NULLS LAST, 1 LIMIT ${limit})`
	);
	parts.filters.push(`${expr} IN (SELECT k FROM ${name})`);
	if (known) {
		parts.notes.push(
			`The ${count(limit)} largest of ${count(known.distinct)} ${entry.def.field} values are shown.`
		);
	}
}

function rankFor(entry: Entry, entries: Entry[], types: ColumnTypes): string {
	const other = entries.find(
		(e) => (e.channel === 'x' || e.channel === 'y' || e.channel === 'theta') && e !== entry
	);
	if (!other) return 'count(*)';
	if (other.def.aggregate) return aggregateExpr(other.def, types);
	if (other.def.type === 'quantitative' && other.def.field) {
		return `sum(${numberExpr(other.def.field, types)})`;
	}
	return 'count(*)';
}

function unknownField(spec: ChartSpec, fields: FieldSummary[] | undefined): string | null {
	if (!fields) return null;
	const names = new Set(fields.map((f) => f.name));
	for (const def of Object.values(spec.encoding).flat()) {
		if (def && def.field !== undefined && !names.has(def.field)) {
			return `The chart uses "${def.field}", which is not a column of the result.`;
		}
	}
	return null;
}

/** SQL computing what `spec` draws over the result of `sql`, and the spec that draws its rows. */
export function buildChartQuery(
	sql: string,
	spec: ChartSpec,
	options: ChartQueryOptions = {}
): ChartQueryResult {
	const body = wrapSql(sql);
	if (body === null) {
		return { ok: false, message: 'Only a single query (SELECT, WITH, FROM…) can be charted.' };
	}
	const unknown = unknownField(spec, options.fields);
	if (unknown) return { ok: false, message: unknown };
	const entries = channelEntries(spec);
	if (entries.length === 0) return { ok: false, message: 'The chart has no encodings to draw.' };
	const types: ColumnTypes = new Map((options.fields ?? []).map((f) => [f.name, f.duckType]));
	const maxPoints = options.maxPoints ?? DEFAULT_MAX_POINTS;
	const maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
	const parts: SqlParts = { ctes: [], selects: [], filters: [], notes: [], times: [] };
	const head = `WITH q AS NOT MATERIALIZED (\n${body}\n)`;
	if (markType(spec) === 'boxplot') {
		return boxplotQuery(head, spec, entries, types, {
			parts,
			maxCategories,
			fields: options.fields
		});
	}
	const isAggregated = entries.some((e) => e.def.aggregate || (e.def.bin && !isBinned(e.def)));
	for (const entry of entries) {
		const alias = quoteIdent(entry.alias);
		if (entry.def.aggregate || entry.def.field === undefined) {
			parts.selects.push(`${aggregateExpr(entry.def, types)} AS ${alias}`);
			continue;
		}
		const expr = dimensionExpr(entry, types, options.fields, parts);
		parts.selects.push(`${expr} AS ${alias}`);
		const isNominal = entry.def.type === 'nominal' || entry.def.type === 'ordinal';
		if (isNominal && entry.channel !== 'tooltip' && !entry.def.timeUnit) {
			topCategories(
				entry,
				expr,
				rankFor(entry, entries, types),
				maxCategories,
				options.fields,
				parts
			);
		}
	}
	const where = parts.filters.length > 0 ? `\nWHERE ${parts.filters.join('\n  AND ')}` : '';
	// Raw marks draw one mark per row: too many rows make a sample, unless a crowded axis was
	// already cut to its top categories.
	const isAxisCut = entries.some(
		(e) =>
			(e.channel === 'x' || e.channel === 'y') &&
			parts.ctes.some((c) => c.startsWith(`top_${e.key} `))
	);
	const isSampled =
		!isAggregated && !isAxisCut && (options.rows === undefined || options.rows > maxPoints);
	if (isSampled && options.rows !== undefined) {
		parts.notes.push(`A random sample of ${count(maxPoints)} of ${count(options.rows)} points.`);
	}
	const from = isSampled
		? `(SELECT * FROM q${where}) AS s USING SAMPLE reservoir(${maxPoints} ROWS) REPEATABLE (${SAMPLE_SEED})`
		: `q${where}`;
	const select = parts.selects.join(',\n  ');
	const group = isAggregated ? '\nGROUP BY ALL' : '';
	const ctes = parts.ctes.map((c) => `,\n${c}`).join('');
	const inner = `SELECT\n  ${select}\nFROM ${from}${group}`;
	const formats = parts.times.map((alias) => `${iso(quoteIdent(alias))} AS ${quoteIdent(alias)}`);
	const outer =
		formats.length > 0 ? `SELECT * REPLACE (${formats.join(', ')})\nFROM (${inner}) AS c` : inner;
	const query = `${head}${ctes}\n${outer}\nORDER BY ALL`;
	const renderSpec: VegaLiteSpec = renderBase(spec, renderEncoding(entries));
	const note = parts.notes.length > 0 ? parts.notes.join(' ') : undefined;
	return { ok: true, value: { sql: query, renderSpec, ...(note ? { note } : {}) } };
}

function isBinned(def: FieldDef): boolean {
	return typeof def.bin === 'object' && def.bin.binned === true;
}

/** The encoding of the render spec: every channel reads its computed column. */
function renderEncoding(entries: Entry[]): Record<string, unknown> {
	const encoding: Record<string, unknown> = {};
	const tooltips: unknown[] = [];
	for (const entry of entries) {
		const { field: _field, aggregate: _aggregate, bin, ...rest } = entry.def;
		const def: Record<string, unknown> = {
			...rest,
			field: entry.alias,
			title: entry.def.title ?? aggregateTitle(entry.def)
		};
		if (entry.def.aggregate || entry.def.field === undefined) def.type = 'quantitative';
		if (bin && !isBinned(entry.def)) {
			def.bin = { binned: true };
			const end = entry.channel === 'x' ? 'x2' : entry.channel === 'y' ? 'y2' : null;
			if (end) encoding[end] = { field: entry.alias2 };
		} else if (bin) {
			def.bin = bin;
		}
		if (entry.channel === 'tooltip') tooltips.push(def);
		else encoding[entry.channel] = def;
	}
	if (tooltips.length > 0) encoding.tooltip = tooltips;
	return encoding;
}
