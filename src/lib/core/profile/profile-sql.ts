/**
 * One DuckDB statement that profiles every column of a table: one result row per column (see
 * parse-profile.ts for how the rows are read).
 *
 * Scans: one for the counts and ranges of all columns together (`stats`), one for the
 * histograms of all numeric columns together (`hist`, which needs the ranges first), and one
 * for the most frequent values of all columns together (`tops`).
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
/** Text columns with at most this many distinct values list them all (ColumnProfile.values). */
export const VALUE_DICTIONARY_MAX_DISTINCT = 1000;
/** …as long as their values take at most this many characters together. */
export const VALUE_DICTIONARY_MAX_CHARS = 65_536;
const DEFAULT_TOP_N = 20;
const TOP_VALUES_TYPE = 'STRUCT("value" VARCHAR, "count" BIGINT)[]';
const HISTOGRAM_TYPE = 'STRUCT("key" INTEGER, "value" UBIGINT)[]';

const KINDS_WITH_TOP_VALUES: ReadonlySet<ColumnKind> = new Set(['text', 'boolean', 'date']);

interface Column {
	name: string;
	type: string;
	kind: ColumnKind;
	/** Index-based aliases keep the generated names free of user text. */
	index: number;
}

/**
 * Columns profiled per statement. One statement over a thousand columns (a wide survey export)
 * runs DuckDB out of memory while it plans; a few hundred at a time profile in well under a
 * second each.
 */
export const PROFILE_BATCH_COLUMNS = 200;

/**
 * The statements that profile every column of a table, PROFILE_BATCH_COLUMNS columns each:
 * run them in turn and hand all their rows to parseProfileRows.
 */
export function buildProfileStatements(
	quotedTable: string,
	columns: Array<{ name: string; type: string }>,
	options: ProfileSqlOptions = {}
): string[] {
	if (columns.length === 0) throw new RangeError('Cannot profile a table without columns');
	const statements: string[] = [];
	for (let start = 0; start < columns.length; start += PROFILE_BATCH_COLUMNS) {
		const batch = columns.slice(start, start + PROFILE_BATCH_COLUMNS);
		statements.push(buildProfileSql(quotedTable, batch, options));
	}
	return statements;
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
	const listed = cols.filter((c) => KINDS_WITH_TOP_VALUES.has(c.kind) || isNumeric(c));
	const hasTops = topN > 0 && listed.length > 0;
	const texts = cols.filter((c) => c.kind === 'text');
	const hasValues = texts.length > 0;
	if (hasTops || hasValues) {
		ctes.push(`counts AS MATERIALIZED (${valueCountsSql(quotedTable, hasTops ? listed : texts)})`);
	}
	if (hasTops) ctes.push(`tops AS (${topValuesSql(topN)})`);
	if (hasValues) ctes.push(`dict AS (${dictionarySql(texts)})`);
	ctes.push(
		`cols AS (SELECT UNNEST([${cols.map(columnStruct).join(',\n')}]) AS p FROM ${from.join(', ')})`
	);
	const top = hasTops
		? `COALESCE(tops.top_values, CAST([] AS ${TOP_VALUES_TYPE}))`
		: `CAST([] AS ${TOP_VALUES_TYPE})`;
	const values = hasValues ? 'dict.vals' : 'CAST(NULL AS VARCHAR[])';
	let join = hasTops ? ` LEFT JOIN tops ON tops.k = CAST(cols.p['i'] AS VARCHAR)` : '';
	if (hasValues) join += ` LEFT JOIN dict ON dict.k = CAST(cols.p['i'] AS VARCHAR)`;
	// One statement, one row per column: a UNION ALL of one SELECT per column took DuckDB
	// seconds to plan for 150 columns.
	return (
		`WITH ${ctes.join(',\n')}\n` +
		`SELECT UNNEST(cols.p), ${top} AS top_values, ${values} AS value_list ` +
		`FROM cols${join} ORDER BY cols.p['i']`
	);
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

/** A column's figures as one struct; every column's struct has the same type. */
function columnStruct(column: Column): string {
	const i = column.index;
	const range = hasRange(column);
	const numeric = isNumeric(column);
	const fields: Array<[string, string]> = [
		['i', `${i}`],
		['column_name', quoteString(column.name)],
		['column_kind', quoteString(column.kind)],
		['row_count', 'n'],
		['non_null_count', `nn_${i}`],
		['distinct_count', `CAST(d_${i} AS BIGINT)`],
		['min_value', range ? `CAST(lo_${i} AS VARCHAR)` : 'CAST(NULL AS VARCHAR)'],
		['max_value', range ? `CAST(hi_${i} AS VARCHAR)` : 'CAST(NULL AS VARCHAR)'],
		['hist_bins', numeric ? `b_${i}` : 'CAST(NULL AS INTEGER)'],
		['hist_start', numeric ? `s_${i}` : 'CAST(NULL AS DOUBLE)'],
		['hist_width', numeric ? `w_${i}` : 'CAST(NULL AS DOUBLE)'],
		['hist_end', numeric ? `e_${i}` : 'CAST(NULL AS DOUBLE)'],
		['histogram', numeric ? `map_entries(h_${i})` : `CAST(NULL AS ${HISTOGRAM_TYPE})`]
	];
	return `{${fields.map(([key, value]) => `'${key}': ${value}`).join(', ')}}`;
}

/**
 * Every distinct non-NULL value of every listed column with its count, in one scan: the columns
 * are unpivoted to (column index, value) pairs and counted together. Numbers are listed only
 * when they have few distinct values (the others contribute only NULLs, which UNPIVOT drops).
 */
function valueCountsSql(table: string, listed: Column[]): string {
	const values = listed.map((column) => {
		const text = `CAST(${quoteIdent(column.name)} AS VARCHAR)`;
		const value = isNumeric(column)
			? `CASE WHEN d_${column.index} <= ${CATEGORICAL_NUMBER_MAX_DISTINCT} THEN ${text} END`
			: text;
		return `${value} AS "${column.index}"`;
	});
	const pairs = `UNPIVOT (SELECT ${values.join(', ')} FROM ${table}, stats) ON COLUMNS(*) INTO NAME k VALUE v`;
	return `SELECT k, v, COUNT(*) AS cnt FROM (${pairs}) GROUP BY k, v`;
}

/** The topN most frequent values of every counted column, most frequent first; ties by value. */
function topValuesSql(topN: number): string {
	const ranked = `SELECT k, v, cnt FROM counts QUALIFY row_number() OVER (PARTITION BY k ORDER BY cnt DESC, v) <= ${topN}`;
	return (
		`SELECT k, list({'value': v, 'count': cnt} ORDER BY cnt DESC, v) AS top_values ` +
		`FROM (${ranked}) GROUP BY k`
	);
}

/**
 * All distinct values of each text column, sorted, for columns with at most
 * VALUE_DICTIONARY_MAX_DISTINCT of them taking at most VALUE_DICTIONARY_MAX_CHARS characters.
 */
function dictionarySql(texts: Column[]): string {
	const keys = texts.map((c) => quoteString(String(c.index))).join(', ');
	return (
		`SELECT k, list(v ORDER BY v) AS vals FROM counts WHERE k IN (${keys}) GROUP BY k ` +
		`HAVING COUNT(*) <= ${VALUE_DICTIONARY_MAX_DISTINCT} AND SUM(length(v)) <= ${VALUE_DICTIONARY_MAX_CHARS}`
	);
}
