/**
 * Runs a query in DuckDB and returns its rows with every value normalised for comparison:
 * numbers (including DECIMAL and HUGEINT) as JS numbers, dates as `YYYY-MM-DD`, timestamps as
 * ISO strings (midnight ones as dates), everything else but booleans as text.
 */
import { columnKind } from '../../../src/lib/core/profile/column-kind';
import { quoteIdent } from '../../../src/lib/core/sql/quote';
import type { NodeBindings } from '../../helpers/node-duckdb';
import type { Cell, ResultRows } from './types';

type Connection = ReturnType<NodeBindings['connect']>;

const RESULT_TABLE = '__quarry_eval_result';

export function queryRows(conn: Connection, sql: string): Record<string, unknown>[] {
	return conn
		.query(sql)
		.toArray()
		.map((row: { toJSON(): Record<string, unknown> }) => row.toJSON());
}

export function executeNormalized(conn: Connection, sql: string): ResultRows {
	const body = sql.trim().replace(/;\s*$/, '');
	conn.query(`DROP TABLE IF EXISTS ${RESULT_TABLE}`);
	conn.query(`CREATE TEMP TABLE ${RESULT_TABLE} AS ${body}`);
	try {
		const columns = queryRows(conn, `DESCRIBE ${RESULT_TABLE}`).map((r) => ({
			name: String(r.column_name),
			type: String(r.column_type)
		}));
		const select = columns.map((c, i) => `${normalizeExpr(c.name, c.type)} AS c${i}`).join(', ');
		return queryRows(conn, `SELECT ${select} FROM ${RESULT_TABLE}`).map((row) =>
			columns.map((_, i) => toCell(row[`c${i}`]))
		);
	} finally {
		conn.query(`DROP TABLE IF EXISTS ${RESULT_TABLE}`);
	}
}

function normalizeExpr(name: string, type: string): string {
	const c = quoteIdent(name);
	const kind = columnKind(type);
	if (kind === 'integer' || kind === 'number') return `CAST(${c} AS DOUBLE)`;
	if (kind === 'boolean') return c;
	if (kind === 'date') {
		if (type.toUpperCase() === 'DATE') return `strftime(${c}, '%Y-%m-%d')`;
		const ts = `CAST(${c} AS TIMESTAMP)`;
		return (
			`CASE WHEN CAST(${ts} AS TIME) = TIME '00:00:00' THEN strftime(${ts}, '%Y-%m-%d') ` +
			`ELSE strftime(${ts}, '%Y-%m-%dT%H:%M:%S') END`
		);
	}
	return `CAST(${c} AS VARCHAR)`;
}

function toCell(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
		return value;
	}
	return String(value);
}
