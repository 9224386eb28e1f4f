import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { chartResult } from '$test/charts/result';
import { MAX_SUGGESTIONS, recommendCharts } from './recommend';
import { describeChart } from './spec-edit';
import type { ChartSuggestion, FieldDef } from './types';

let db: TestDb;

beforeAll(async () => {
	db = await openTestDb();
	db.loadVega('stocks.csv', 'stocks');
	db.loadVega('cars.json', 'cars');
	db.loadVega('seattle-weather.csv', 'weather');
	db.loadVega('movies.json', 'movies');
	db.run(
		`CREATE TABLE many AS SELECT 'item ' || i AS item, (i * 37 % 1000) - 500 AS profit FROM range(10000) r(i)`
	);
});

afterAll(() => db.close());

function recommend(sql: string) {
	const result = chartResult(db, sql);
	return recommendCharts(result.fields, { rows: result.rows });
}

function enc(s: ChartSuggestion, channel: 'x' | 'y' | 'color' | 'text'): FieldDef | undefined {
	const def = s.spec.encoding[channel];
	return Array.isArray(def) ? undefined : def;
}

describe('recommendCharts over vega-datasets', () => {
	it('stocks: a line of price by date, one line per symbol', () => {
		const [top] = recommend('SELECT * FROM stocks').suggestions;
		expect(top.kind).toBe('line');
		expect(enc(top, 'x')).toMatchObject({ field: 'date', type: 'temporal', timeUnit: 'yearmonth' });
		expect(enc(top, 'y')).toMatchObject({ field: 'price', aggregate: 'mean' });
		expect(enc(top, 'color')).toMatchObject({ field: 'symbol', type: 'nominal' });
		expect(top.reason).toBe(
			'date is a time from 2000-01-01 to 2010-03-01 with one row per date, one line per symbol (5); price is a measure'
		);
	});

	it('cars: a scatter of two measures coloured by Origin, Horsepower × Miles_per_Gallon among them', () => {
		const { suggestions } = recommend('FROM cars');
		expect(suggestions[0].kind).toBe('scatter');
		const hp = suggestions.find(
			(s) =>
				s.id === 'scatter:Miles_per_Gallon:Horsepower' ||
				s.id === 'scatter:Horsepower:Miles_per_Gallon'
		);
		expect(hp).toBeDefined();
		expect(enc(hp!, 'color')).toMatchObject({ field: 'Origin' });
		expect(hp!.reason).toContain('coloured by Origin (3 values)');
	});

	it('a count by category: a bar sorted by value', () => {
		const [top] = recommend(
			'SELECT Origin, count(*) AS cars FROM cars GROUP BY Origin'
		).suggestions;
		expect(top.kind).toBe('bar');
		expect(enc(top, 'x')).toMatchObject({ field: 'Origin', sort: '-y' });
		expect(enc(top, 'y')).toEqual({ field: 'cars', type: 'quantitative' });
		expect(top.reason).toBe(
			'Origin has 3 values, one row per Origin; cars is a measure (73 to 254)'
		);
	});

	it('seattle weather: a line over time first, scatters and bars by weather follow', () => {
		const { suggestions } = recommend('SELECT * FROM weather');
		expect(suggestions[0].kind).toBe('line');
		const kinds = new Set(suggestions.map((s) => s.kind));
		for (const kind of [
			'scatter',
			'bar',
			'boxplot',
			'histogram',
			'area',
			'small-multiples'
		] as const) {
			expect(kinds.has(kind), kind).toBe(true);
		}
	});

	it('movies: two categories and a measure give heatmaps, stacked and grouped bars', () => {
		const { suggestions } = recommend(
			'SELECT "MPAA Rating", "Major Genre", "IMDB Rating" FROM movies'
		);
		const kinds = new Set(suggestions.map((s) => s.kind));
		for (const kind of ['heatmap', 'stacked-bar', 'grouped-bar', 'bar', 'boxplot'] as const) {
			expect(kinds.has(kind), kind).toBe(true);
		}
		const heatmap = suggestions.find((s) => s.kind === 'heatmap')!;
		expect(heatmap.spec.mark).toEqual({ type: 'rect', tooltip: true });
	});

	it('one number: a big number', () => {
		const { suggestions } = recommend('SELECT avg(Horsepower) AS hp FROM cars');
		expect(suggestions).toHaveLength(1);
		expect(suggestions[0]).toMatchObject({ kind: 'big-number', label: 'Number: hp' });
		expect(suggestions[0].spec.mark).toMatchObject({ type: 'text' });
	});

	it('every suggestion is standard vega-lite without data, sorted best first', () => {
		const { suggestions } = recommend('FROM cars');
		for (const s of suggestions) {
			expect(s.spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
			expect(s.spec).not.toHaveProperty('data');
			expect(s.spec.mark).toMatchObject({ tooltip: true });
		}
		expect(suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
		const scores = suggestions.map((s) => s.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
	});
});

describe('describeChart of recommended charts', () => {
	it('names the fields each chart shows', () => {
		for (const s of recommend('FROM cars').suggestions) {
			const sentence = describeChart(s.spec);
			expect(sentence, s.id).toMatch(/^[A-Z].*\.$/);
			const fields = Object.values(s.spec.encoding)
				.flat()
				.map((d) => d?.field)
				.filter((f): f is string => f !== undefined);
			for (const f of fields) expect(sentence, s.id).toContain(f);
		}
	});
});

describe('recommendCharts edge cases', () => {
	it('10,000 categories: horizontal bars of the top ones', () => {
		const [top] = recommend('FROM many').suggestions;
		expect(top.kind).toBe('bar');
		expect(enc(top, 'y')).toMatchObject({ field: 'item', sort: '-x' });
		expect(top.reason).toContain('10,000 values (the top 50 are shown)');
	});

	it('negative values: histograms and bars still fit', () => {
		const { suggestions } = recommend(
			'SELECT i % 7 AS grp, (i * 13 % 200) - 150.5 AS change FROM range(500) r(i)'
		);
		expect(suggestions.map((s) => s.kind)).toEqual(
			expect.arrayContaining(['bar', 'histogram', 'boxplot'])
		);
		expect(suggestions.find((s) => s.kind === 'histogram')!.reason).toContain('-150.5 to 48.5');
	});

	it('free text, ids, all nulls, no rows: no chart and why', () => {
		const text = recommend(
			`SELECT 'A long review of product ' || i || ' that goes on and on for a while' AS review FROM range(100) r(i)`
		);
		expect(text).toEqual({ suggestions: [], noChartReason: 'Only free text: nothing to plot.' });
		expect(
			recommend('SELECT NULL::INTEGER AS a, NULL::VARCHAR AS b FROM range(5)').noChartReason
		).toBe('Every value is empty: nothing to plot.');
		expect(recommend('SELECT * FROM cars WHERE false').noChartReason).toBe(
			'The result has no rows: nothing to plot.'
		);
		expect(recommend(`SELECT 'x' AS name`).noChartReason).toBe(
			'The result is one row without a number: nothing to plot.'
		);
		expect(recommend('SELECT i AS id, i::VARCHAR AS code FROM range(50) r(i)').noChartReason).toBe(
			'No column is a number, a time or a category with repeated values: nothing to plot.'
		);
		expect(recommendCharts([], { rows: 3 }).noChartReason).toBe(
			'The result has no columns: nothing to plot.'
		);
	});

	it('mixed types: numbers stored as text with words among them stay categories', () => {
		const { suggestions } = recommend(
			`SELECT CASE WHEN i % 3 = 0 THEN 'n/a' ELSE (i % 4)::VARCHAR END AS mixed, i * 1.5 AS v FROM range(60) r(i)`
		);
		expect(suggestions[0]).toMatchObject({ kind: 'bar', id: 'bar:mixed:v' });
	});

	it('a time with no measure: a line of counts', () => {
		const { suggestions } = recommend(
			`SELECT DATE '2020-01-01' + (i % 40)::INTEGER AS day FROM range(400) r(i)`
		);
		expect(suggestions[0]).toMatchObject({ kind: 'line', label: 'Line: count of rows by day' });
	});
});

describe('reasons', () => {
	it('print statistics with a few significant digits, not raw floating point', async () => {
		const { readable } = await import('./recommend-context');
		expect(readable(5.573076923076924)).toBe('5.573');
		expect(readable(19.86153846153846)).toBe('19.86');
		expect(readable(1234567.891)).toBe('1,234,568');
		expect(readable(-0.000123)).toBe('-0.000123');
		expect(readable(0.51234)).toBe('0.5123');
		expect(readable(42)).toBe('42');
		expect(readable('2020-01-01')).toBe('2020-01-01');
		expect(readable(null)).toBe('null');
	});
});
