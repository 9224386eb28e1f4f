import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { chartResult } from '$test/charts/result';
import { compileAsJson } from '$test/charts/compile';
import { buildChartQuery } from './chart-query';
import { withRows } from './chart-render';
import { recommendCharts } from './recommend';
import { VEGA_LITE_SCHEMA, type ChartQuery, type ChartSpec } from './types';

let db: TestDb;

beforeAll(async () => {
	db = await openTestDb();
	db.loadVega('cars.json', 'cars');
	db.loadVega('seattle-weather.csv', 'weather');
	db.run(
		`CREATE TABLE yearly AS SELECT 1950 + (i % 12) * 5 AS "Year", i % 4 AS region, i * 1.5 AS total FROM range(48) r(i)`
	);
});

afterAll(() => db.close());

function spec(mark: ChartSpec['mark'], encoding: ChartSpec['encoding']): ChartSpec {
	return { $schema: VEGA_LITE_SCHEMA, mark, encoding, width: 'container' };
}

/** Run a chart's SQL and compile its render spec with the rows, as the app renders it. */
function draw(q: ChartQuery): Record<string, unknown>[] {
	const rows = db.run(q.sql);
	expect(compileAsJson(withRows(q.renderSpec, rows)).spec).toBeDefined();
	return rows;
}

describe('time axes and missing field types', () => {
	it('draw a line over calendar years, the numbers read as years (not epoch milliseconds)', () => {
		const result = chartResult(db, 'SELECT "Year", sum(total) AS total FROM yearly GROUP BY 1');
		const top = recommendCharts(result.fields, { rows: result.rows }).suggestions[0];
		expect(top.kind).toBe('line');
		const built = buildChartQuery(result.sql, top.spec, {
			fields: result.fields,
			rows: result.rows
		});
		if (!built.ok) throw new Error(built.message);
		const rows = draw(built.value);
		const years = rows.map((row) => Object.values(row).find((v) => typeof v === 'string'));
		expect(years).toContain('1950-01-01T00:00:00');
		expect(years).toContain('2005-01-01T00:00:00');
		expect(rows).toHaveLength(12);
	});

	it('without field types it still runs: time read from any type, top categories always kept', () => {
		const q = buildChartQuery(
			'FROM weather',
			spec('line', {
				x: { field: 'date', type: 'temporal', timeUnit: 'yearmonth' },
				y: { field: 'temp_max', type: 'quantitative', aggregate: 'mean' },
				color: { field: 'weather', type: 'nominal' }
			})
		);
		expect(q.ok).toBe(true);
		if (q.ok) expect(draw(q.value).length).toBeGreaterThan(48);
		const raw = buildChartQuery(
			'FROM cars',
			spec('point', {
				x: { field: 'Horsepower', type: 'quantitative' },
				y: { field: 'Acceleration', type: 'quantitative' }
			})
		);
		if (raw.ok) expect(draw(raw.value)).toHaveLength(406);
	});
});
