/**
 * Statistics of a query result's columns, for chart recommendation: computed in DuckDB by one
 * statement over the user's SQL (one scan), or in JS from the rows when the SQL cannot be wrapped.
 */
import { columnKind } from '../profile/column-kind';
import { quoteIdent, quoteString } from '../sql/quote';
import { textNumberSql, textTimestampSql } from './time-text';
import type { ResultColumnStats } from './types';
import { wrapSql } from './wrap-sql';

export { wrapSql } from './wrap-sql';

export interface ResultColumn {
	name: string;
	type: string;
}

/** Text values read as dates or numbers are counted in the first this many rows only: TRY_CAST is slow. */
export const TEXT_SAMPLE_ROWS = 10_000;
/** Exact distinct counts up to this many rows (when known); HyperLogLog estimates above it. */
export const EXACT_DISTINCT_ROWS = 1_000_000;

interface ColumnShape {
	isOpaque: boolean;
	isText: boolean;
}

function shapeOf(column: ResultColumn): ColumnShape {
	const kind = columnKind(column.type);
	const t = column.type.trim().toUpperCase();
	const isOpaque = kind === 'nested' || /^(BLOB|BYTEA|BIT|VARBINARY|UNION|MAP)/.test(t);
	return { isOpaque, isText: kind === 'text' && !isOpaque && !/^(UUID|INTERVAL|TIME\b)/.test(t) };
}

/**
 * Over the first TEXT_SAMPLE_ROWS rows: exact distinct counts (`x<i>`, used when the whole
 * result fits in the sample), and for text the shares that read as timestamps (`d<i>`) and
 * numbers (`n<i>`) and the time range of the former (`a<i>`, `b<i>`).
 */
function sampleSelect(columns: ResultColumn[]): string {
	const parts = columns.flatMap((column, i) => {
		const { isOpaque, isText } = shapeOf(column);
		const c = quoteIdent(column.name);
		const distinct = isOpaque ? [] : [`count(DISTINCT ${c}) AS x${i}`];
		if (!isText) return distinct;
		const share = (expr: string, alias: string) =>
			`CAST(count(${expr}) AS DOUBLE) / CAST(greatest(count(${c}), 1) AS DOUBLE) AS ${alias}${i}`;
		const time = textTimestampSql(c);
		return [
			...distinct,
			share(time, 'd'),
			share(textNumberSql(c), 'n'),
			`min(${time}) AS a${i}`,
			`max(${time}) AS b${i}`
		];
	});
	return `SELECT ${['count(*) AS sample_rows', ...parts].join(', ')} FROM (SELECT * FROM q LIMIT ${TEXT_SAMPLE_ROWS})`;
}

/** The whole-result aggregates of one column (in `a`), named `<stat><i>`. */
function columnAggregates(column: ResultColumn, i: number, isExact: boolean): string[] {
	const c = quoteIdent(column.name);
	const { isOpaque, isText } = shapeOf(column);
	if (isOpaque) return [`count(${c}) AS nn${i}`];
	return [
		`count(${c}) AS nn${i}`,
		`${isExact ? `count(DISTINCT ${c})` : `approx_count_distinct(${c})`} AS ad${i}`,
		`CAST(min(${c}) AS VARCHAR) AS mn${i}`,
		`CAST(max(${c}) AS VARCHAR) AS mx${i}`,
		...(isText ? [`avg(length(${c})) AS al${i}`] : [])
	];
}

/** One column's statistics as a struct over the single rows of `a` and `h`. */
function columnStruct(column: ResultColumn, i: number, isExact: boolean): string {
	const { isOpaque, isText } = shapeOf(column);
	const distinct = isOpaque
		? 'NULL'
		: isExact
			? `ad${i}`
			: `CASE WHEN r <= sample_rows THEN x${i} ELSE ad${i} END`;
	const range = (name: string) => (isOpaque ? 'NULL' : name);
	const text = (expr: string) => (isText ? expr : 'NULL');
	const fields = [
		`'name': ${quoteString(column.name)}`,
		`'rows': CAST(r AS DOUBLE)`,
		`'non_null': CAST(nn${i} AS DOUBLE)`,
		`'distinct': CAST(${distinct} AS DOUBLE)`,
		`'min': CAST(${range(`mn${i}`)} AS VARCHAR)`,
		`'max': CAST(${range(`mx${i}`)} AS VARCHAR)`,
		`'avg_length': CAST(${text(`al${i}`)} AS DOUBLE)`,
		`'date_share': CAST(${text(`d${i}`)} AS DOUBLE)`,
		`'number_share': CAST(${text(`n${i}`)} AS DOUBLE)`,
		// ISO text sorts in time order, so its min and max are its time range; other date
		// spellings do not, and their range is taken from the sampled rows.
		`'date_min': CAST(${text(`coalesce(TRY_CAST(mn${i} AS TIMESTAMP), a${i})`)} AS VARCHAR)`,
		`'date_max': CAST(${text(`coalesce(TRY_CAST(mx${i} AS TIMESTAMP), b${i})`)} AS VARCHAR)`
	];
	return `{${fields.join(', ')}}`;
}

export interface ResultStatsOptions {
	/** The result's row count when known: up to EXACT_DISTINCT_ROWS rows, distinct counts are exact. */
	rows?: number;
}

/**
 * One DuckDB statement over `sql` returning one row per column (in `columns` order) with the
 * columns `name, rows, non_null, distinct, min, max, avg_length, date_share, number_share,
 * date_min, date_max`. It scans the result once, plus its first TEXT_SAMPLE_ROWS rows for what is slow to
 * compute: whether text reads as dates or numbers, and exact distinct counts (used when the
 * whole result fits in those rows). Larger results get HyperLogLog distinct counts unless
 * `options.rows` says they are small enough to count exactly. Null when `sql` cannot be wrapped.
 */
export function buildResultStatsSql(
	sql: string,
	columns: ResultColumn[],
	options: ResultStatsOptions = {}
): string | null {
	const body = wrapSql(sql);
	if (body === null || columns.length === 0) return null;
	const isExact = options.rows !== undefined && options.rows <= EXACT_DISTINCT_ROWS;
	const aggregates = columns.flatMap((column, i) => columnAggregates(column, i, isExact));
	const structs = columns.map((column, i) => columnStruct(column, i, isExact)).join(',\n    ');
	return [
		`WITH q AS NOT MATERIALIZED (\n${body}\n),`,
		`h AS MATERIALIZED (${sampleSelect(columns)}),`,
		`a AS MATERIALIZED (SELECT ${['count(*) AS r', ...aggregates].join(', ')} FROM q),`,
		`s AS (SELECT [\n    ${structs}\n  ] AS stats FROM a, h)`,
		`SELECT unnest(stats, recursive := true) FROM s`
	].join('\n');
}

function toNumber(value: unknown): number {
	if (typeof value === 'number') return value;
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'string' && value.trim() !== '') return Number(value);
	return 0;
}

function optionalNumber(value: unknown): number | undefined {
	return value === null || value === undefined ? undefined : toNumber(value);
}

function rangeValue(value: unknown, type: string): number | string | null {
	if (value === null || value === undefined) return null;
	const kind = columnKind(type);
	if (kind === 'integer' || kind === 'number') {
		const n = toNumber(value);
		return Number.isFinite(n) ? n : String(value);
	}
	return String(value);
}

/** Read the rows of buildResultStatsSql (numbers may arrive as bigint, number or string). */
export function parseResultStats(
	rows: Record<string, unknown>[],
	columns: ResultColumn[]
): ResultColumnStats[] {
	return columns.map((column, i) => {
		const row = rows.find((r) => r.name === column.name) ?? rows[i] ?? {};
		const stats: ResultColumnStats = {
			name: column.name,
			type: column.type,
			rows: toNumber(row.rows),
			nonNull: toNumber(row.non_null),
			distinct: Math.min(toNumber(row.distinct), toNumber(row.non_null)),
			min: rangeValue(row.min, column.type),
			max: rangeValue(row.max, column.type)
		};
		const avgLength = optionalNumber(row.avg_length);
		if (avgLength !== undefined) stats.avgLength = avgLength;
		const dateShare = optionalNumber(row.date_share);
		if (dateShare !== undefined) stats.dateShare = dateShare;
		const numberShare = optionalNumber(row.number_share);
		if (numberShare !== undefined) stats.numberShare = numberShare;
		if (typeof row.date_min === 'string') stats.dateMin = row.date_min;
		if (typeof row.date_max === 'string') stats.dateMax = row.date_max;
		return stats;
	});
}
