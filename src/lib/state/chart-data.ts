/**
 * The engine work behind charts, as plain functions over an EnginePort: a result's column
 * statistics → fields → recommendation, and a chart's own query (aggregation, binning and
 * time units done in DuckDB) → plain rows → a render spec with the rows inlined.
 *
 * Given the result cache, a chart's queries go through it (result-cache-query.ts): a chart
 * re-opened over unchanged data is drawn without running anything. A saved chart re-opened
 * counts one lookup (its own query); the column and statistics queries behind it, and the chart
 * of a result on screen (part of showing that result, already counted), are looked up uncounted.
 */
import type { Table } from 'apache-arrow';
import {
	buildChartQuery,
	buildResultStatsSql,
	parseResultStats,
	recommendCharts,
	statsFromValues,
	summarizeFields,
	withRows,
	wrapSql,
	type ChartQueryOptions
} from '$lib/core/charts';
import type {
	ChartSpec,
	FieldSummary,
	Recommendation,
	ResultColumnStats,
	VegaLiteSpec
} from '$lib/core/charts/types';
import type { ColumnInfo, EngineError, Result } from '$lib/engine/engine-api';
import { decodeArrow } from './decode-arrow';
import type { EnginePort } from './engine-port';
import type { FindOptions } from './result-cache.svelte';
import {
	queryThroughCache,
	type CachedQueryResult,
	type ResultCacheQueryDeps
} from './result-cache-query';
import { tableToColumns, tableToRows, type PlainRow } from './chart-rows';

/** A query result as the chart advisor needs it. */
export interface ResultInput {
	sql: string;
	columns: ColumnInfo[];
	/** The decoded result, used when the SQL cannot be wrapped for statistics. */
	table?: Table;
	/** True when `table` holds every row of the result (not cut at a row limit). */
	isComplete: boolean;
}

export interface ResultAdvice {
	fields: FieldSummary[];
	/** Rows in the result, as DuckDB counted them. */
	rows: number;
	recommendation: Recommendation;
}

export interface ChartData {
	/** The chart's rows as vega reads them. */
	rows: PlainRow[];
	columns: string[];
	/** Standard vega-lite with `data.values` inlined: renders unchanged anywhere. */
	renderSpec: VegaLiteSpec;
	/** A caveat to show with the chart (sampling, cut categories). */
	note?: string;
	/** The SQL that computed the rows. */
	sql: string;
	/** Set when the rows came from the result cache: how old they are. */
	cache?: { hit: true; ageMs: number };
}

/** The result cache, for the chart's queries; without it every query runs. */
export type ChartCache = ResultCacheQueryDeps | undefined;

/** The lookups behind a chart, or a result's chart: not counted. */
export const SUPPORT: FindOptions = { source: 'chart', isCounted: false };
/** A saved chart's own query: one counted lookup per chart re-opened. */
export const REOPENED: FindOptions = { source: 'chart' };

/** Rows a chart query may return at most; buildChartQuery keeps far fewer. */
const MAX_CHART_ROWS = 100_000;

/** Column statistics of a result: in DuckDB when the SQL can be wrapped, else from the rows. */
export async function resultStats(
	engine: EnginePort,
	input: ResultInput,
	queryId: string,
	cache?: ChartCache
): Promise<Result<ResultColumnStats[]>> {
	// A complete result in memory gives the exact row count: distinct counts can then be exact.
	const rows = input.table && input.isComplete ? input.table.numRows : undefined;
	const statsSql = buildResultStatsSql(
		input.sql,
		input.columns,
		rows === undefined ? {} : { rows }
	);
	if (statsSql !== null) {
		const rows = await queryRows(engine, statsSql, queryId, cache, SUPPORT);
		if (!rows.ok) return rows;
		return { ok: true, value: parseResultStats(rows.value.rows, input.columns) };
	}
	if (input.table && input.isComplete) {
		return { ok: true, value: statsFromValues(input.columns, tableToColumns(input.table)) };
	}
	return fail('internal', 'This result cannot be charted: its SQL cannot be re-run as a subquery.');
}

/** Fields and ranked chart suggestions for a result. */
export async function adviseResult(
	engine: EnginePort,
	input: ResultInput,
	queryId: string,
	cache?: ChartCache
): Promise<Result<ResultAdvice>> {
	const stats = await resultStats(engine, input, queryId, cache);
	if (!stats.ok) return stats;
	const fields = summarizeFields(stats.value);
	const rows = stats.value[0]?.rows ?? 0;
	return { ok: true, value: { fields, rows, recommendation: recommendCharts(fields, { rows }) } };
}

/**
 * The fields and row count of `sql`'s result without the result at hand (a saved chart being
 * re-opened): its columns from a zero-row run, then the same statistics as for a result.
 */
export async function describeSql(
	engine: EnginePort,
	sql: string,
	queryId: string,
	cache?: ChartCache
): Promise<Result<{ fields: FieldSummary[]; rows: number }>> {
	const body = wrapSql(sql);
	if (body === null)
		return fail('sql-error', 'Only a single query (SELECT, WITH, FROM…) can be charted.');
	let head: Result<{ columns: ColumnInfo[] }>;
	try {
		const request = { queryId, sql: `SELECT * FROM (\n${body}\n) LIMIT 0`, maxRows: 0 };
		head = await runQuery(engine, request, cache, SUPPORT);
	} catch (err) {
		return fail('internal', err instanceof Error ? err.message : String(err));
	}
	if (!head.ok) return head;
	const advice = await adviseResult(
		engine,
		{ sql, columns: head.value.columns, isComplete: false },
		queryId,
		cache
	);
	if (!advice.ok) return advice;
	return { ok: true, value: { fields: advice.value.fields, rows: advice.value.rows } };
}

/** Run a chart's query over `sql` and inline its rows into the render spec. */
export async function loadChartData(
	engine: EnginePort,
	sql: string,
	spec: ChartSpec,
	queryId: string,
	options: ChartQueryOptions = {},
	cache?: ChartCache,
	lookup: FindOptions = SUPPORT
): Promise<Result<ChartData>> {
	const built = buildChartQuery(sql, spec, options);
	if (!built.ok) return fail('sql-error', built.message);
	const { sql: chartSql, renderSpec, note } = built.value;
	const result = await queryRows(engine, chartSql, queryId, cache, lookup);
	if (!result.ok) return result;
	const { rows, columns, fromCache } = result.value;
	return {
		ok: true,
		value: {
			rows,
			columns,
			renderSpec: withRows(renderSpec, rows),
			...(note ? { note } : {}),
			sql: chartSql,
			...(fromCache ? { cache: fromCache } : {})
		}
	};
}

async function queryRows(
	engine: EnginePort,
	sql: string,
	queryId: string,
	cache: ChartCache,
	lookup: FindOptions
): Promise<
	Result<{ rows: PlainRow[]; columns: string[]; fromCache?: CachedQueryResult['cache'] }>
> {
	try {
		const request = { queryId, sql, maxRows: MAX_CHART_ROWS };
		const response = await runQuery(engine, request, cache, lookup);
		if (!response.ok) return response;
		const table = await decodeArrow(response.value.arrow);
		const fromCache = response.value.cache;
		return {
			ok: true,
			value: {
				rows: tableToRows(table),
				columns: response.value.columns.map((c) => c.name),
				...(fromCache ? { fromCache } : {})
			}
		};
	} catch (err) {
		return fail('internal', err instanceof Error ? err.message : String(err));
	}
}

/** One query, through the result cache when there is one. */
function runQuery(
	engine: EnginePort,
	request: { queryId: string; sql: string; maxRows: number },
	cache: ChartCache,
	lookup: FindOptions
): Promise<Result<CachedQueryResult>> {
	return cache ? queryThroughCache(engine, cache, request, lookup) : engine.query(request);
}

function fail(code: EngineError['code'], message: string): { ok: false; error: EngineError } {
	return { ok: false, error: { code, message } };
}
