/**
 * One DuckDB statement that profiles every column of a table in a single round-trip:
 * one result row per column (see ProfileRow in parse-profile.ts for its shape).
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
const DEFAULT_TOP_N = 20;
const TOP_VALUES_TYPE = 'STRUCT("value" VARCHAR, "count" BIGINT)[]';

/** Kinds whose most frequent values are listed (integers are trimmed later when not categorical). */
const KINDS_WITH_TOP_VALUES: ReadonlySet<ColumnKind> = new Set(['text', 'boolean', 'integer']);

export function buildProfileSql(
	quotedTable: string,
	columns: Array<{ name: string; type: string }>,
	options: ProfileSqlOptions = {}
): string {
	if (columns.length === 0) throw new RangeError('Cannot profile a table without columns');
	const topN = options.topN ?? DEFAULT_TOP_N;
	if (!Number.isInteger(topN) || topN < 0) throw new RangeError(`topN must be a whole number ≥ 0`);
	const isApproximate = (options.rowCount ?? 0) > APPROXIMATE_DISTINCT_ABOVE;
	const selects = columns.map((column) =>
		columnSelect(quotedTable, column, columnKind(column.type), topN, isApproximate)
	);
	return selects.join('\nUNION ALL\n');
}

function columnSelect(
	table: string,
	column: { name: string; type: string },
	kind: ColumnKind,
	topN: number,
	isApproximate: boolean
): string {
	const c = quoteIdent(column.name);
	const distinct = isApproximate ? `approx_count_distinct(${c})` : `COUNT(DISTINCT ${c})`;
	const hasRange = kind !== 'nested' && kind !== 'boolean';
	const min = hasRange ? `CAST(MIN(${c}) AS VARCHAR)` : 'NULL';
	const max = hasRange ? `CAST(MAX(${c}) AS VARCHAR)` : 'NULL';
	const top =
		KINDS_WITH_TOP_VALUES.has(kind) && topN > 0
			? topValuesSql(table, c, topN)
			: `CAST([] AS ${TOP_VALUES_TYPE})`;
	return [
		`SELECT ${quoteString(column.name)} AS column_name,`,
		`  ${quoteString(kind)} AS column_kind,`,
		`  COUNT(*) AS row_count,`,
		`  COUNT(${c}) AS non_null_count,`,
		`  ${distinct} AS distinct_count,`,
		`  ${min} AS min_value,`,
		`  ${max} AS max_value,`,
		`  ${top} AS top_values`,
		`FROM ${table}`
	].join('\n');
}

function topValuesSql(table: string, c: string, topN: number): string {
	const counted =
		`SELECT ${c} AS v, COUNT(*) AS n FROM ${table} WHERE ${c} IS NOT NULL ` +
		`GROUP BY ${c} ORDER BY n DESC, v LIMIT ${topN}`;
	return (
		`(SELECT COALESCE(list({'value': CAST(v AS VARCHAR), 'count': n} ORDER BY n DESC, v), ` +
		`CAST([] AS ${TOP_VALUES_TYPE})) FROM (${counted}))`
	);
}
