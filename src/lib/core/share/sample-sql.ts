/**
 * SQL for a link's inline samples: reading a sample as text when a link is made, and building
 * a temporary table from a link's sample when it is opened. Names and cells from a link are
 * quoted; a column type is written into SQL only when it is one of DuckDB's plain types below,
 * otherwise the column is kept as text.
 */
import { quoteIdent, quoteLiteral } from '../sql/quote';
import type { ShareColumn, ShareDataset } from './types';

const PLAIN_TYPES = new Set([
	'BOOLEAN',
	'TINYINT',
	'SMALLINT',
	'INTEGER',
	'BIGINT',
	'HUGEINT',
	'UTINYINT',
	'USMALLINT',
	'UINTEGER',
	'UBIGINT',
	'UHUGEINT',
	'FLOAT',
	'DOUBLE',
	'VARCHAR',
	'DATE',
	'TIME',
	'TIMESTAMP',
	'TIMESTAMP WITH TIME ZONE',
	'TIMESTAMP_S',
	'TIMESTAMP_MS',
	'TIMESTAMP_NS',
	'INTERVAL',
	'UUID',
	'BLOB'
]);
const DECIMAL = /^DECIMAL\((\d{1,2}),(\d{1,2})\)$/;

/** The type a temporary table gives a link's column: its own when plain, else VARCHAR. */
export function safeColumnType(type: string): string {
	const upper = type.trim().toUpperCase();
	if (PLAIN_TYPES.has(upper)) return upper;
	const decimal = DECIMAL.exec(upper.replaceAll(' ', ''));
	if (
		decimal &&
		Number(decimal[1]) >= 1 &&
		Number(decimal[1]) <= 38 &&
		Number(decimal[2]) <= Number(decimal[1])
	) {
		return `DECIMAL(${decimal[1]},${decimal[2]})`;
	}
	return 'VARCHAR';
}

/** The first `limit` rows of a table with every column as DuckDB's text form. */
export function sampleSelectSql(
	tableName: string,
	columns: readonly ShareColumn[],
	limit: number
): string {
	const list = columns.map(
		(c) => `CAST(${quoteIdent(c.name)} AS VARCHAR) AS ${quoteIdent(c.name)}`
	);
	return `SELECT ${list.join(', ')} FROM ${quoteIdent(tableName)} LIMIT ${Math.max(0, Math.floor(limit))}`;
}

/**
 * A statement that creates a table named like the link's dataset from its sample (no rows
 * when it has none). It lives only in the engine's memory (each query may use its own
 * connection, so it is not a DuckDB TEMP table): nothing is stored, and it is gone after a
 * reload or an engine restart.
 */
export function sampleTableSql(dataset: ShareDataset): string {
	const rows = dataset.sample?.rows ?? [];
	const aliases = dataset.columns.map((_, i) => `c${i}`);
	const select = dataset.columns
		.map((c, i) => `CAST(${aliases[i]} AS ${safeColumnType(c.type)}) AS ${quoteIdent(c.name)}`)
		.join(', ');
	const values =
		rows.length === 0
			? `(VALUES (${aliases.map(() => 'NULL::VARCHAR').join(', ')})) AS v(${aliases.join(', ')}) LIMIT 0`
			: `(VALUES ${rows
					.map((row) => `(${row.map((cell) => `${quoteLiteral(cell)}::VARCHAR`).join(', ')})`)
					.join(', ')}) AS v(${aliases.join(', ')})`;
	return `CREATE OR REPLACE TABLE ${quoteIdent(dataset.tableName)} AS SELECT ${select} FROM ${values}`;
}
