/**
 * One DuckDB statement that profiles every column of a table: one result row per column (see
 * parse-profile.ts for how the rows are read).
 *
 * Scans: one for the counts and ranges of all columns together (`stats`), one for the
 * histograms of all numeric columns together (`hist`, which needs the ranges first), and one
 * GROUP BY per column that lists its most frequent values.
 */
import { quoteIdent, quoteString } from '../sql/quote';
import { columnKind, type ColumnKind } from './column-kind';

export interface ProfileSqlOptions {
	/** How many most frequent values to keep per column (default 20). */
	topN?: number;
	/** Row count, if known: above APPROXIMATE_DISTINCT_ABOVE rows distinct counts are estimated. */
	rowCount?: number;
}

/** Exact distinct counts up to this many rows; HyperLogLog estimates above it. */
export const APPROXIMATE_DISTINCT_ABOVE = 1_000_000;
/** Numeric columns with at most this many distinct values also list their most frequent values. */
export const CATEGORICAL_NUMBER_MAX_DISTINCT = 50;
/** Bars of a numeric histogram; integer columns spanning fewer values get one bar per value. */
export const HISTOGRAM_BINS = 20;
const DEFAULT_TOP_N = 20;
const TOP_VALUES_TYPE = 'STRUCT("value" VARCHAR, "count" BIGINT)[]';

const KINDS_WITH_TOP_VALUES: ReadonlySet<ColumnKind> = new Set(['text', 'boolean', 'date']);

interface Column {
	name: string;
	type: string;
	kind: ColumnKind;
	/** Index-based aliases keep the generated names free of user text. */
	index: number;
}

export function buildProfileSql(
	quotedTable: string,
	columns: Array<{ name: string; type: string }>,
	options: ProfileSqlOptions = {}
): string {
	if (columns.length === 0) throw new RangeError('Cannot profile a table without columns');
	const topN = options.topN ?? DEFAULT_TOP_N;
	if (!Number.isInteger(topN) || topN < 0) throw new RangeError(`topN must be a whole number ≥ 0`);
	const isApproximate = (options.rowCount ?? 0) > APPROXIMATE_DISTINCT_ABOVE;
	const cols: Column[] = columns.map((c, index) => ({ ...c, kind: columnKind(c.type), index }));
	const numeric = cols.filter(isNumeric);

	const ctes = [`stats AS MATERIALIZED (${statsSql(quotedTable, cols, isApproximate)})`];
	const from = ['stats'];
	if (numeric.length > 0) {
		ctes.push(`bins AS MATERIALIZED (SELECT ${numeric.map(binsSql).join(', ')} FROM stats)`);
		ctes.push(`hist AS MATERIALIZED (${histSql(quotedTable, numeric)})`);
		from.push('bins', 'hist');
	}
	const rows = cols.map((c) => rowSql(quotedTable, c, topN, from.join(', ')));
	return `WITH ${ctes.join(',\n')}\n${rows.join('\nUNION ALL\n')}`;
}

function isNumeric(column: Column): boolean {
	return column.kind === 'integer' || column.kind === 'number';
}

function hasRange(column: Column): boolean {
	return column.kind !== 'nested' && column.kind !== 'boolean';
}

function statsSql(table: string, cols: Column[], isApproximate: boolean): string {
	const parts = ['COUNT(*) AS n'];
	for (const column of cols) {
		const c = quoteIdent(column.name);
		const i = column.index;
		parts.push(`COUNT(${c}) AS nn_${i}`);
		parts.push(
			`${isApproximate ? `approx_count_distinct(${c})` : `COUNT(DISTINCT ${c})`} AS d_${i}`
		);
		if (hasRange(column)) parts.push(`MIN(${c}) AS lo_${i}`, `MAX(${c}) AS hi_${i}`);
	}
	return `SELECT ${parts.join(', ')} FROM ${table}`;
}

/**
 * Per numeric column: the number of bars (b_i) and their width (w_i). Integer columns spanning
 * fewer than HISTOGRAM_BINS values get one bar per value; a column holding one value, one bar.
 * No histogram (NULL) without finite bounds: all NULL, or infinities or NaN among the values.
 */
function binsSql(column: Column): string {
	const i = column.index;
	const lo = `CAST(lo_${i} AS DOUBLE)`;
	const span = `(CAST(hi_${i} AS DOUBLE) - ${lo})`;
	const isFinite = `isfinite(${lo}) AND isfinite(CAST(hi_${i} AS DOUBLE))`;
	const [bins, width] =
		column.kind === 'integer'
			? [
					`CASE WHEN ${span} < ${HISTOGRAM_BINS} THEN ${span} + 1 ELSE ${HISTOGRAM_BINS} END`,
					`CASE WHEN ${span} < ${HISTOGRAM_BINS} THEN 1 ELSE ${span} / ${HISTOGRAM_BINS} END`
				]
			: [
					`CASE WHEN ${span} = 0 THEN 1 ELSE ${HISTOGRAM_BINS} END`,
					`CASE WHEN ${span} = 0 THEN 1 ELSE ${span} / ${HISTOGRAM_BINS} END`
				];
	const end =
		column.kind === 'integer'
			? `CASE WHEN ${span} < ${HISTOGRAM_BINS} THEN CAST(hi_${i} AS DOUBLE) + 1 ELSE CAST(hi_${i} AS DOUBLE) END`
			: `CAST(hi_${i} AS DOUBLE)`;
	return [
		`CASE WHEN ${isFinite} THEN CAST(${bins} AS INTEGER) END AS b_${i}`,
		`CASE WHEN ${isFinite} THEN ${width} END AS w_${i}`,
		`CASE WHEN ${isFinite} THEN ${lo} END AS s_${i}`,
		`CASE WHEN ${isFinite} THEN ${end} END AS e_${i}`
	].join(', ');
}

/** Counts per bar for every numeric column, in one scan: a map from bar index to count. */
function histSql(table: string, numeric: Column[]): string {
	const parts = numeric.map((column) => {
		const i = column.index;
		const c = quoteIdent(column.name);
		const bar = `LEAST(FLOOR((CAST(${c} AS DOUBLE) - s_${i}) / w_${i}), b_${i} - 1)`;
		// LEAST skips NULLs, so NULL values are filtered out rather than put in the last bar.
		return `histogram(CAST(${bar} AS INTEGER)) FILTER (WHERE ${c} IS NOT NULL) AS h_${i}`;
	});
	return `SELECT ${parts.join(', ')} FROM ${table}, bins`;
}

function rowSql(table: string, column: Column, topN: number, from: string): string {
	const i = column.index;
	const range = hasRange(column);
	const numeric = isNumeric(column);
	return [
		`SELECT ${quoteString(column.name)} AS column_name,`,
		`  ${quoteString(column.kind)} AS column_kind,`,
		`  n AS row_count,`,
		`  nn_${i} AS non_null_count,`,
		`  d_${i} AS distinct_count,`,
		`  ${range ? `CAST(lo_${i} AS VARCHAR)` : 'NULL'} AS min_value,`,
		`  ${range ? `CAST(hi_${i} AS VARCHAR)` : 'NULL'} AS max_value,`,
		`  ${topValuesSql(table, column, topN)} AS top_values,`,
		`  ${numeric ? `b_${i}` : 'NULL'} AS hist_bins,`,
		`  ${numeric ? `s_${i}` : 'NULL'} AS hist_start,`,
		`  ${numeric ? `w_${i}` : 'NULL'} AS hist_width,`,
		`  ${numeric ? `e_${i}` : 'NULL'} AS hist_end,`,
		`  ${numeric ? `map_entries(h_${i})` : 'NULL'} AS histogram`,
		`FROM ${from}`
	].join('\n');
}

/**
 * The topN most frequent non-NULL values with their counts, most frequent first. Numbers only
 * when they have few distinct values (the GROUP BY then sees no rows for the others).
 */
function topValuesSql(table: string, column: Column, topN: number): string {
	const isListed = KINDS_WITH_TOP_VALUES.has(column.kind) || isNumeric(column);
	if (!isListed || topN === 0) return `CAST([] AS ${TOP_VALUES_TYPE})`;
	const c = quoteIdent(column.name);
	const few = isNumeric(column)
		? ` AND (SELECT d_${column.index} FROM stats) <= ${CATEGORICAL_NUMBER_MAX_DISTINCT}`
		: '';
	const counted =
		`SELECT ${c} AS v, COUNT(*) AS cnt FROM ${table} WHERE ${c} IS NOT NULL${few} ` +
		`GROUP BY ${c} ORDER BY cnt DESC, v LIMIT ${topN}`;
	return (
		`(SELECT COALESCE(list({'value': CAST(v AS VARCHAR), 'count': cnt} ORDER BY cnt DESC, v), ` +
		`CAST([] AS ${TOP_VALUES_TYPE})) FROM (${counted}))`
	);
}
