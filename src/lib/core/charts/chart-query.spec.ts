import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { chartResult, type ChartResult } from '$test/charts/result';
import { compileAsJson } from '$test/charts/compile';
import { buildChartQuery, type ChartQueryOptions } from './chart-query';
import { withRows } from './chart-render';
import { recommendCharts } from './recommend';
import { VEGA_LITE_SCHEMA, type ChartSpec, type ChartQuery } from './types';

let db: TestDb;

beforeAll(async () => {
	db = await openTestDb();
	db.loadVega('stocks.csv', 'stocks');
	db.loadVega('cars.json', 'cars');
	db.loadVega('seattle-weather.csv', 'weather');
	db.loadVega('movies.json', 'movies');
	db.loadVega('penguins.json', 'penguins');
	db.loadVega('birdstrikes.csv', 'birdstrikes');
	db.loadVega('flights-2k.json', 'flights');
	db.run(
		`CREATE TABLE many AS SELECT 'item ' || i AS item, i % 3 AS grp, (i * 37 % 1000) - 500 AS profit FROM range(10000) r(i)`
	);
});

afterAll(() => db.close());

function spec(mark: ChartSpec['mark'], encoding: ChartSpec['encoding']): ChartSpec {
	return { $schema: VEGA_LITE_SCHEMA, mark, encoding, width: 'container' };
}

function query(result: ChartResult, chart: ChartSpec, options: ChartQueryOptions = {}): ChartQuery {
	const built = buildChartQuery(result.sql, chart, {
		fields: result.fields,
		rows: result.rows,
		...options
	});
	if (!built.ok) throw new Error(built.message);
	return built.value;
}

/** Run a chart's SQL and compile its render spec with the rows, as the app renders it. */
function draw(q: ChartQuery): Record<string, unknown>[] {
	const rows = db.run(q.sql);
	const compiled = compileAsJson(withRows(q.renderSpec, rows));
	expect(compiled.spec).toBeDefined();
	return rows;
}

describe('every recommended chart runs in DuckDB and compiles in vega-lite', () => {
	it.each([
		'SELECT * FROM stocks',
		'FROM cars',
		'FROM weather',
		'SELECT * FROM movies',
		'FROM penguins',
		'FROM birdstrikes',
		'FROM flights',
		'FROM many',
		'SELECT Origin, count(*) AS n FROM cars GROUP BY 1',
		'SELECT max(Horsepower) AS top FROM cars',
		`SELECT i::HUGEINT AS huge, (i / 3)::DECIMAL(10, 2) AS dec, (i % 4 = 0) AS b,
			(TIMESTAMP '2020-01-01' + to_hours(i))::TIMESTAMPTZ AS tz, i % 5 AS rating
			FROM range(300) r(i)`
	])('%s', (sql) => {
		const result = chartResult(db, sql);
		const { suggestions } = recommendCharts(result.fields, { rows: result.rows });
		expect(suggestions.length).toBeGreaterThan(0);
		for (const s of suggestions) {
			const rows = draw(query(result, s.spec));
			expect(rows.length, s.id).toBeGreaterThan(0);
			expect(rows.length, s.id).toBeLessThanOrEqual(Math.max(5_000, result.rows));
			for (const value of Object.values(rows[0])) expect(typeof value, s.id).not.toBe('bigint');
		}
	});
});

describe('buildChartQuery numbers', () => {
	it('binned counts sum to the row count and bins have nice edges', () => {
		const result = chartResult(db, 'FROM cars');
		const q = query(
			result,
			spec('bar', {
				x: { field: 'Horsepower', type: 'quantitative', bin: { maxbins: 10 } },
				y: { aggregate: 'count', type: 'quantitative' }
			})
		);
		const rows = draw(q);
		const total = rows.reduce((sum, r) => sum + Number(r.__y), 0);
		expect(total).toBe(Number(db.run('SELECT count(Horsepower) AS n FROM cars')[0].n));
		for (const r of rows) expect(Number(r.__x_end) - Number(r.__x)).toBe(20);
		expect(q.renderSpec.encoding).toMatchObject({
			x: { field: '__x', bin: { binned: true }, title: 'Horsepower (binned)' },
			x2: { field: '__x_end' },
			y: { field: '__y', title: 'Count of rows' }
		});
	});

	it('bins computed from the statistics and in SQL agree', () => {
		const result = chartResult(db, 'FROM penguins');
		const histogram = spec('bar', {
			x: { field: 'Flipper Length (mm)', type: 'quantitative', bin: { maxbins: 15 } },
			y: { aggregate: 'count', type: 'quantitative' }
		});
		const known = query(result, histogram);
		const built = buildChartQuery(result.sql, histogram);
		expect(built.ok && built.value.sql).toContain('min(TRY_CAST("Flipper Length (mm)" AS DOUBLE))');
		expect(known.sql).not.toContain('min(');
		expect(built.ok && db.run(built.value.sql)).toEqual(draw(known));
		const stepped = query(result, {
			...histogram,
			encoding: {
				...histogram.encoding,
				x: { field: 'Flipper Length (mm)', type: 'quantitative', bin: { step: 7 } }
			}
		});
		for (const r of draw(stepped)) expect(Number(r.__x_end) - Number(r.__x)).toBe(7);
	});

	it('group means match direct SQL and titles stay readable', () => {
		const result = chartResult(db, 'FROM cars');
		const q = query(
			result,
			spec('bar', {
				x: { field: 'Origin', type: 'nominal', sort: '-y' },
				y: { field: 'Miles_per_Gallon', type: 'quantitative', aggregate: 'mean' }
			})
		);
		const rows = draw(q);
		const direct = db.run(
			'SELECT Origin AS o, avg(Miles_per_Gallon) AS m FROM cars GROUP BY 1 ORDER BY 1'
		);
		expect(rows.map((r) => [r.__x, r.__y])).toEqual(direct.map((r) => [r.o, r.m]));
		expect(q.renderSpec.encoding).toMatchObject({
			y: { title: 'Mean of Miles_per_Gallon' },
			x: { sort: '-y', title: 'Origin' }
		});
	});

	it('every aggregate runs and matches DuckDB', () => {
		const result = chartResult(db, 'FROM penguins');
		const direct =
			db.run(`SELECT count(*) AS count, sum("Body Mass (g)") AS sum, median("Body Mass (g)") AS median,
			min("Body Mass (g)") AS min, max("Body Mass (g)") AS max, count(DISTINCT "Body Mass (g)") AS distinct,
			quantile_cont("Body Mass (g)", 0.25) AS q1, quantile_cont("Body Mass (g)", 0.75) AS q3,
			stddev_samp("Body Mass (g)") AS stdev FROM penguins`)[0];
		for (const aggregate of [
			'count',
			'sum',
			'median',
			'min',
			'max',
			'distinct',
			'q1',
			'q3',
			'stdev'
		] as const) {
			const q = query(
				result,
				spec('text', { text: { field: 'Body Mass (g)', type: 'quantitative', aggregate } })
			);
			expect(Number(draw(q)[0].__text), aggregate).toBeCloseTo(Number(direct[aggregate]), 6);
		}
	});

	it('time units truncate in DuckDB and come back as local ISO timestamps', () => {
		const result = chartResult(db, 'SELECT * FROM stocks');
		const q = query(
			result,
			spec('line', {
				x: { field: 'date', type: 'temporal', timeUnit: 'year' },
				y: { field: 'price', type: 'quantitative', aggregate: 'max' },
				color: { field: 'symbol', type: 'nominal' }
			})
		);
		const rows = draw(q);
		const [aapl2000] = db.run(
			`SELECT max(price) AS m FROM stocks WHERE symbol = 'AAPL' AND year(strptime(date, '%b %d %Y')) = 2000`
		);
		expect(rows[0]).toEqual({ __x: '2000-01-01T00:00:00', __y: aapl2000.m, __color: 'AAPL' });
		expect(q.renderSpec.encoding).toMatchObject({
			x: { field: '__x', type: 'temporal', timeUnit: 'year' }
		});
		for (const unit of [
			'yearquarter',
			'yearweek',
			'yearmonthdatehours',
			'yearmonthdatehoursminutes',
			'quarter',
			'month',
			'day',
			'date',
			'hours'
		] as const) {
			const byUnit = query(
				result,
				spec('bar', {
					x: { field: 'date', type: 'temporal', timeUnit: unit },
					y: { aggregate: 'count', type: 'quantitative' }
				})
			);
			const unitRows = draw(byUnit);
			expect(
				unitRows.reduce((sum, r) => sum + Number(r.__y), 0),
				unit
			).toBe(560);
			expect(String(unitRows[0].__x), unit).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
		}
		const months = draw(
			query(
				result,
				spec('bar', {
					x: { field: 'date', type: 'temporal', timeUnit: 'month' },
					y: { aggregate: 'count', type: 'quantitative' }
				})
			)
		);
		expect(months).toHaveLength(12);
		const weekdays = draw(
			query(
				result,
				spec('bar', {
					x: { field: 'date', type: 'temporal', timeUnit: 'day' },
					y: { aggregate: 'count', type: 'quantitative' }
				})
			)
		);
		const saturday = db.run(
			`SELECT count(*) AS n FROM stocks WHERE dayofweek(strptime(date, '%b %d %Y')) = 6`
		)[0].n;
		expect(weekdays.find((r) => r.__x === '2006-01-07T00:00:00')?.__y).toBe(saturday);
	});

	it('keeps the top categories of a crowded axis and says so', () => {
		const result = chartResult(db, 'FROM many');
		const q = query(
			result,
			spec('bar', {
				y: { field: 'item', type: 'nominal', sort: '-x' },
				x: { field: 'profit', type: 'quantitative' }
			})
		);
		const rows = draw(q);
		expect(rows).toHaveLength(50);
		expect(Math.min(...rows.map((r) => Number(r.__x)))).toBe(
			Number(db.run('SELECT profit FROM many ORDER BY profit DESC LIMIT 1 OFFSET 49')[0].profit)
		);
		expect(q.note).toBe('The 50 largest of 10,000 item values are shown.');
	});

	it('samples raw points over maxPoints with a fixed seed, and says so', () => {
		const result = chartResult(db, 'FROM many');
		const chart = spec('point', {
			x: { field: 'grp', type: 'quantitative' },
			y: { field: 'profit', type: 'quantitative' }
		});
		const q = query(result, chart, { maxPoints: 1000 });
		expect(q.sql).toContain('USING SAMPLE reservoir(1000 ROWS) REPEATABLE (42)');
		expect(q.note).toBe('A random sample of 1,000 of 10,000 points.');
		expect(draw(q)).toHaveLength(1000);
		expect(draw(q)).toEqual(draw(q));
		expect(query(result, chart).note).toBe('A random sample of 5,000 of 10,000 points.');
		const small = query(
			chartResult(db, 'FROM cars'),
			spec('point', {
				x: { field: 'Horsepower', type: 'quantitative' },
				y: { field: 'Acceleration', type: 'quantitative' }
			})
		);
		expect(small.sql).not.toContain('SAMPLE');
		expect(small.note).toBeUndefined();
	});

	it('boxplots: five numbers per group drawn as rule, bar and tick', () => {
		const result = chartResult(db, 'FROM cars');
		const chart = spec(
			{ type: 'boxplot', extent: 'min-max' },
			{ x: { field: 'Origin', type: 'nominal' }, y: { field: 'Horsepower', type: 'quantitative' } }
		);
		const q = query(result, chart);
		const rows = draw(q);
		const direct =
			db.run(`SELECT Origin AS o, min(Horsepower) AS lo, quantile_cont(Horsepower, 0.25) AS q1, median(Horsepower) AS mid,
			quantile_cont(Horsepower, 0.75) AS q3, max(Horsepower) AS hi FROM cars GROUP BY 1 ORDER BY 1`);
		expect(rows.map((r) => [r.__x, r.__lo, r.__q1, r.__mid, r.__q3, r.__hi])).toEqual(
			direct.map((r) => [r.o, r.lo, r.q1, r.mid, r.q3, r.hi])
		);
		const layer = q.renderSpec.layer as Array<{ mark: { type: string } }>;
		expect(layer.map((l) => l.mark.type)).toEqual(['rule', 'bar', 'tick']);
		const faceted = query(result, {
			...chart,
			encoding: { ...chart.encoding, column: { field: 'Cylinders', type: 'ordinal' } }
		});
		draw(faceted);
		expect(faceted.renderSpec).toHaveProperty('spec.layer');
		const noMeasure = buildChartQuery(
			'FROM cars',
			spec('boxplot', { x: { field: 'Origin', type: 'nominal' } })
		);
		expect(noMeasure).toEqual({
			ok: false,
			message: 'A boxplot needs a number on the x or y axis.'
		});
	});

	it('facets group too, and small multiples compile', () => {
		const result = chartResult(db, 'SELECT * FROM stocks');
		const q = query(
			result,
			spec('line', {
				x: { field: 'date', type: 'temporal', timeUnit: 'year' },
				y: { field: 'price', type: 'quantitative', aggregate: 'mean' },
				facet: { field: 'symbol', type: 'nominal', columns: 3 }
			})
		);
		const [cells] = db.run(
			`SELECT count(DISTINCT (symbol, year(strptime(date, '%b %d %Y')))) AS n FROM stocks`
		);
		expect(draw(q)).toHaveLength(Number(cells.n));
		const rows = draw(
			query(
				result,
				spec('bar', {
					x: { field: 'symbol', type: 'nominal' },
					y: { aggregate: 'count', type: 'quantitative' },
					row: { field: 'price', type: 'quantitative', bin: true },
					tooltip: [
						{ field: 'symbol', type: 'nominal' },
						{ aggregate: 'count', type: 'quantitative' }
					]
				})
			)
		);
		expect(rows.reduce((sum, r) => sum + Number(r.__y), 0)).toBe(560);
	});

	it('hostile field names are quoted in SQL and aliased for vega', () => {
		const sql = `SELECT i % 4 AS "we""ird.name[0]", i * 1.0 AS "naïve ; -- value" FROM range(100) r(i)`;
		const result = chartResult(db, sql);
		const q = query(
			result,
			spec('bar', {
				x: { field: 'we"ird.name[0]', type: 'nominal' },
				y: { field: 'naïve ; -- value', type: 'quantitative', aggregate: 'sum' }
			})
		);
		const rows = draw(q);
		expect(rows.map((r) => r.__y)).toEqual([1200, 1225, 1250, 1275]);
		expect(q.renderSpec.encoding).toMatchObject({
			x: { title: 'we"ird.name[0]' },
			y: { title: 'Sum of naïve ; -- value' }
		});
	});

	it('works on SQL ending in a comment and refuses what it cannot chart', () => {
		const result = chartResult(db, 'SELECT Origin, Horsepower FROM cars -- the fast ones');
		draw(
			query(
				result,
				spec('bar', {
					x: { field: 'Origin', type: 'nominal' },
					y: { field: 'Horsepower', type: 'quantitative', aggregate: 'max' }
				})
			)
		);
		const bar = spec('bar', { x: { field: 'nope', type: 'nominal' } });
		expect(buildChartQuery('FROM cars', bar, { fields: result.fields })).toEqual({
			ok: false,
			message: 'The chart uses "nope", which is not a column of the result.'
		});
		expect(buildChartQuery('SHOW TABLES', bar)).toEqual({
			ok: false,
			message: 'Only a single query (SELECT, WITH, FROM…) can be charted.'
		});
		expect(buildChartQuery('FROM cars', spec('bar', {}))).toEqual({
			ok: false,
			message: 'The chart has no encodings to draw.'
		});
	});
});
