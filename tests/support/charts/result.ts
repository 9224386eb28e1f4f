/**
 * Test support for chart specs: a query result's columns, statistics and fields as Quarry
 * computes them, over real DuckDB.
 */
import { buildResultStatsSql, parseResultStats } from '$lib/core/charts/result-stats';
import { summarizeFields } from '$lib/core/charts/fields';
import type { FieldSummary, ResultColumnStats } from '$lib/core/charts/types';
import type { TestDb } from '../nl/duckdb-catalog';

export interface ChartResult {
	sql: string;
	columns: Array<{ name: string; type: string }>;
	stats: ResultColumnStats[];
	fields: FieldSummary[];
	rows: number;
}

/** Run the stats SQL for `sql` and summarise its fields. */
export function chartResult(db: TestDb, sql: string): ChartResult {
	const columns = db
		.run(`DESCRIBE ${sql}`)
		.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
	const statsSql = buildResultStatsSql(sql, columns);
	if (statsSql === null) throw new Error(`Cannot wrap ${sql}`);
	const stats = parseResultStats(db.run(statsSql), columns);
	return { sql, columns, stats, fields: summarizeFields(stats), rows: stats[0]?.rows ?? 0 };
}

export function field(result: ChartResult, name: string): FieldSummary {
	const found = result.fields.find((f) => f.name === name);
	if (!found) throw new Error(`No field ${name}`);
	return found;
}
