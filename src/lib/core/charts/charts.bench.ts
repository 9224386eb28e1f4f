/**
 * Speed of chart statistics and chart SQL on 3,000,000 flight-like rows, and of drawing the
 * chart from what the SQL returns. Run: npx vitest bench --run src/lib/core/charts
 * (Node DuckDB has no Parquet reader, so the rows are generated, shaped like flights-3m.)
 */
import { bench, describe } from 'vitest';
import { parse, View } from 'vega';
import { openTestDb } from '$test/nl/duckdb-catalog';
import { chartResult } from '$test/charts/result';
import { compileAsJson } from '$test/charts/compile';
import { buildChartQuery } from './chart-query';
import { withRows } from './chart-render';
import { buildResultStatsSql } from './result-stats';
import { VEGA_LITE_SCHEMA, type ChartSpec } from './types';

const db = await openTestDb();
db.run(`CREATE TABLE flights AS SELECT
	TIMESTAMP '2001-01-01' + to_minutes((i * 7919) % 525600) AS "date",
	CAST((i * 31) % 400 AS INTEGER) - 60 AS delay,
	CAST(100 + (i * 17) % 2500 AS INTEGER) AS distance,
	'A' || ((i * 13) % 300)::VARCHAR AS origin,
	'C' || ((i * 7) % 20)::VARCHAR AS carrier
	FROM range(3000000) r(i)`);
const sql = 'SELECT * FROM flights';
const result = chartResult(db, sql);
const statsSql = buildResultStatsSql(sql, result.columns)!;

function chart(encoding: ChartSpec['encoding'], mark: ChartSpec['mark'] = 'bar'): ChartSpec {
	return {
		$schema: VEGA_LITE_SCHEMA,
		mark: { type: mark as 'bar', tooltip: true },
		encoding,
		width: 600
	};
}

const charts: Record<string, ChartSpec> = {
	'bar: mean delay by carrier': chart({
		x: { field: 'carrier', type: 'nominal', sort: '-y' },
		y: { field: 'delay', type: 'quantitative', aggregate: 'mean' }
	}),
	'bar: count by origin (top 50 of 300)': chart({
		y: { field: 'origin', type: 'nominal', sort: '-x' },
		x: { aggregate: 'count', type: 'quantitative' }
	}),
	'histogram of distance': chart({
		x: { field: 'distance', type: 'quantitative', bin: { maxbins: 30 } },
		y: { aggregate: 'count', type: 'quantitative' }
	}),
	'line: mean delay by day': chart(
		{
			x: { field: 'date', type: 'temporal', timeUnit: 'yearmonthdate' },
			y: { field: 'delay', type: 'quantitative', aggregate: 'mean' }
		},
		'line'
	),
	'scatter: 5,000-point sample': chart(
		{ x: { field: 'distance', type: 'quantitative' }, y: { field: 'delay', type: 'quantitative' } },
		'point'
	)
};

const options = { iterations: 5, warmupIterations: 1, time: 0 };

describe('3,000,000 rows', () => {
	bench('result statistics SQL', () => void db.run(statsSql), options);
	for (const [name, spec] of Object.entries(charts)) {
		const built = buildChartQuery(sql, spec, { fields: result.fields, rows: result.rows });
		if (!built.ok) throw new Error(built.message);
		const rows = db.run(built.value.sql);
		bench(`${name}: chart SQL`, () => void db.run(built.value.sql), options);
		bench(
			`${name}: compile and draw ${rows.length} rows (vega, SVG)`,
			async () => {
				const compiled = compileAsJson(withRows(built.value.renderSpec, rows));
				await new View(parse(compiled.spec), { renderer: 'none' }).toSVG();
			},
			options
		);
	}
});
