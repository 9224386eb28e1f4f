import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VEGA_LITE_SCHEMA, type ChartSpec } from '$lib/core/charts';
import type { ColumnInfo } from '$lib/engine/engine-api';
import { DuckDBStandIn, deferred } from '$test/duckdb-engine';
import { Charts } from './charts.svelte';
import { decodeArrow } from './decode-arrow';

let engine: DuckDBStandIn;
let charts: Charts;

beforeAll(async () => {
	engine = new DuckDBStandIn();
	await engine.start();
	const csv = readFileSync(resolve('node_modules/vega-datasets/data/seattle-weather.csv'));
	const ingested = await engine.ingest({
		jobId: 'weather',
		file: new File([csv], 'seattle-weather.csv'),
		fileName: 'seattle-weather.csv',
		format: 'csv',
		tableName: 'weather'
	});
	if (!ingested.ok) throw new Error(ingested.error.message);
	charts = new Charts({ engine, choiceStore: { getItem: () => null, setItem: () => {} } });
});

/** A query result the way the query page has it: DuckDB column types and the decoded rows. */
async function result(sql: string) {
	const described = await engine.query({ queryId: 'describe', sql: `DESCRIBE (${sql})` });
	const data = await engine.query({ queryId: 'data', sql });
	if (!described.ok || !data.ok) throw new Error('query failed');
	const types = await decodeArrow(described.value.arrow);
	const columns: ColumnInfo[] = types.toArray().map((row) => ({
		name: String(row.column_name),
		type: String(row.column_type)
	}));
	return { sql, columns, table: await decodeArrow(data.value.arrow), isComplete: true };
}

describe('ChartAdvisor', () => {
	it('reads the result in DuckDB and recommends charts that name its fields', async () => {
		const advisor = charts.createAdvisor();
		await advisor.analyse(await result('SELECT date, temp_max, weather FROM weather'));
		expect(advisor.error).toBeNull();
		expect(advisor.isLoading).toBe(false);
		const advice = advisor.advice!;
		expect(advice.fields.map((f) => [f.name, f.role])).toEqual([
			['date', 'time'],
			['temp_max', 'measure'],
			['weather', 'category']
		]);
		expect(advice.fields.find((f) => f.name === 'weather')?.distinct).toBe(5);
		const suggestions = advice.recommendation.suggestions;
		expect(suggestions.length).toBeGreaterThan(1);
		expect(suggestions[0].reason).not.toBe('');
		const used = JSON.stringify(suggestions.map((s) => s.spec.encoding));
		expect(used).toMatch(/temp_max/);
	});

	it('uses the rows in memory when the SQL cannot be re-run as a subquery', async () => {
		const advisor = charts.createAdvisor();
		const input = await result('SELECT weather, count(*) AS days FROM weather GROUP BY 1');
		// Two statements cannot be wrapped; the result in memory is complete.
		await advisor.analyse({ ...input, sql: `SELECT 1; ${input.sql}` });
		expect(advisor.error).toBeNull();
		expect(advisor.advice?.fields.map((f) => [f.name, f.distinct])).toEqual([
			['weather', 5],
			['days', 5]
		]);
	});

	it('says why when neither DuckDB nor the rows can give statistics', async () => {
		const advisor = charts.createAdvisor();
		const input = await result('SELECT weather FROM weather');
		await advisor.analyse({ ...input, sql: `SELECT 1; ${input.sql}`, isComplete: false });
		expect(advisor.advice).toBeNull();
		expect(advisor.error?.message).toMatch(/cannot be charted/);
	});

	it("shows the engine's error as a message instead of throwing", async () => {
		const advisor = charts.createAdvisor();
		const input = await result('SELECT weather FROM weather');
		await advisor.analyse({ ...input, sql: 'SELECT weather FROM no_such_table' });
		expect(advisor.advice).toBeNull();
		expect(advisor.error?.code).toBe('sql-error');
		expect(advisor.error?.message).toMatch(/no_such_table/);
	});

	it('keeps only the newest analysis when an older one finishes later', async () => {
		const advisor = charts.createAdvisor();
		const older = await result('SELECT weather FROM weather');
		const newer = await result('SELECT temp_max, wind FROM weather');
		const gate = deferred();
		engine.gate = () => gate.promise; // holds the older analysis in the engine
		const first = advisor.analyse(older);
		await Promise.resolve();
		engine.gate = undefined;
		await advisor.analyse(newer);
		gate.resolve();
		await first;
		expect(advisor.advice?.fields.map((f) => f.name)).toEqual(['temp_max', 'wind']);
		expect(advisor.isLoading).toBe(false);
	});
});

describe('ChartRenderer', () => {
	const bars: ChartSpec = {
		$schema: VEGA_LITE_SCHEMA,
		mark: 'bar',
		encoding: {
			x: { field: 'weather', type: 'nominal' },
			y: { field: 'temp_max', type: 'quantitative', aggregate: 'mean' }
		}
	};

	it('aggregates in DuckDB and inlines the few resulting rows as plain JSON', async () => {
		const renderer = charts.createRenderer();
		await renderer.load('SELECT * FROM weather', bars);
		expect(renderer.error).toBeNull();
		const data = renderer.data!;
		// 1,461 days become 5 bars.
		expect(data.rows).toHaveLength(5);
		const spec = data.renderSpec as { data: { values: unknown[] }; $schema: string };
		expect(spec.data.values).toEqual(data.rows);
		expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
		expect(JSON.parse(JSON.stringify(data.renderSpec))).toEqual(data.renderSpec);
		const sun = data.rows.find((row) => Object.values(row).includes('sun'));
		const mean = Object.values(sun ?? {}).find((v) => typeof v === 'number') as number;
		const check = await engine.query({
			queryId: 'check',
			sql: `SELECT avg(temp_max) AS m FROM weather WHERE weather = 'sun'`
		});
		if (!check.ok) throw new Error(check.error.message);
		const expected = Number((await decodeArrow(check.value.arrow)).get(0)?.m);
		expect(mean).toBeCloseTo(expected, 6);
	});

	it('bins and counts in DuckDB for a histogram', async () => {
		const renderer = charts.createRenderer();
		const histogram: ChartSpec = {
			$schema: VEGA_LITE_SCHEMA,
			mark: 'bar',
			encoding: {
				x: { field: 'temp_max', type: 'quantitative', bin: true },
				y: { type: 'quantitative', aggregate: 'count' }
			}
		};
		await renderer.load('SELECT * FROM weather', histogram);
		expect(renderer.error).toBeNull();
		const rows = renderer.data!.rows;
		expect(rows.length).toBeGreaterThan(3);
		expect(rows.length).toBeLessThan(60);
		// The render spec reads the count from the column the chart query computed.
		const y = (renderer.data!.renderSpec as { encoding: { y: { field: string } } }).encoding.y;
		const total = rows.reduce((sum, row) => sum + Number(row[y.field]), 0);
		// Every day falls in exactly one bin: the counts add up to the row count.
		expect(total).toBe(1461);
	});

	it('re-opens a chart without its result: learns the fields first and words the note', async () => {
		const renderer = charts.createRenderer();
		const sql = `SELECT 'shop ' || (i % 120) AS shop, i AS sales FROM range(2400) r(i)`;
		const perShop: ChartSpec = {
			$schema: VEGA_LITE_SCHEMA,
			mark: 'bar',
			encoding: {
				x: { field: 'shop', type: 'nominal', sort: '-y' },
				y: { field: 'sales', type: 'quantitative', aggregate: 'sum' }
			}
		};
		// No fields or row count given, as the gallery opens a saved chart.
		await renderer.load(sql, perShop);
		expect(renderer.error).toBeNull();
		expect(renderer.data!.rows).toHaveLength(50);
		expect(renderer.data!.note).toMatch(/50/);
		expect(renderer.data!.note).toMatch(/120/);
	});

	it('turns a field the result lacks into a message, not an exception', async () => {
		const renderer = charts.createRenderer();
		const broken: ChartSpec = {
			...bars,
			encoding: { ...bars.encoding, x: { field: 'nope', type: 'nominal' } }
		};
		await renderer.load('SELECT * FROM weather', broken);
		expect(renderer.data).toBeNull();
		expect(renderer.error?.message).toMatch(/nope/);
		expect(renderer.isLoading).toBe(false);
	});

	it('ignores an older chart that finishes after a newer one', async () => {
		const renderer = charts.createRenderer();
		const gate = deferred();
		engine.gate = () => gate.promise;
		const first = renderer.load('SELECT * FROM weather', bars);
		await Promise.resolve();
		engine.gate = undefined;
		const byWind: ChartSpec = {
			...bars,
			encoding: { ...bars.encoding, y: { field: 'wind', type: 'quantitative', aggregate: 'max' } }
		};
		await renderer.load('SELECT * FROM weather', byWind);
		gate.resolve();
		await first;
		expect(renderer.error).toBeNull();
		expect(JSON.stringify(renderer.data?.renderSpec)).toMatch(/wind/);
		expect(JSON.stringify(renderer.data?.renderSpec)).not.toMatch(/temp_max/);
	});
});
