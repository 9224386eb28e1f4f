import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeBindings } from '../../../../tests/helpers/node-duckdb';
import { buildProfileSql, buildProfileStatements, PROFILE_BATCH_COLUMNS } from './profile-sql';
import { parseProfileRows } from './parse-profile';

let db: NodeBindings;

/** Arrow rows as the Node bindings return them. */
type ArrowRow = { toJSON(): Record<string, unknown> };

function profileOf(table: string, options?: { topN?: number; rowCount?: number }) {
	const conn = db.connect();
	try {
		const rowsOf = (sql: string): Record<string, unknown>[] =>
			conn
				.query(sql)
				.toArray()
				.map((r: ArrowRow) => r.toJSON());
		const columns = rowsOf(`DESCRIBE ${table}`).map((r) => ({
			name: String(r.column_name),
			type: String(r.column_type)
		}));
		return parseProfileRows(rowsOf(buildProfileSql(table, columns, options)));
	} finally {
		conn.close();
	}
}

beforeAll(async () => {
	db = await openNodeDuckDB();
	const conn = db.connect();
	conn.query(`CREATE TABLE "trip log" (
		"city name" VARCHAR, "my ""odd"" col" VARCHAR, fare DOUBLE, seats INTEGER,
		day DATE, seen TIMESTAMP, paid BOOLEAN)`);
	conn.query(`INSERT INTO "trip log" VALUES
		('Seattle', 'O''Hare', 12.5, 2, DATE '2014-03-01', TIMESTAMP '2014-03-01 08:30:00', true),
		('Seattle', NULL, 7.25, 4, DATE '2014-01-15', NULL, false),
		('Boston', 'x', NULL, 4, DATE '2015-12-31', TIMESTAMP '2015-12-31 23:59:59', true),
		('Austin', 'x', 30, NULL, NULL, TIMESTAMP '2013-06-01 00:00:00', NULL),
		(NULL, 'y', -3.5, 4, DATE '2014-07-04', NULL, true)`);
	conn.query(
		`CREATE TABLE wide AS SELECT range AS id, range % 3 AS bucket, range / 7 AS ratio FROM range(100)`
	);
	conn.query(`CREATE TABLE empty (a INTEGER, b VARCHAR, c DOUBLE, d DATE)`);
	conn.query(`CREATE TABLE blanks AS SELECT NULL::INTEGER AS a, NULL::VARCHAR AS b, NULL::DOUBLE AS c
		FROM range(3)`);
	conn.query(`CREATE TABLE odd AS SELECT * FROM (VALUES (1.5::DOUBLE, 7), ('inf'::DOUBLE, 7),
		(2.5, 7), (NULL, 7)) AS v(x, same)`);
	conn.close();
});

afterAll(() => {
	db?.reset();
});

describe('column profiles from DuckDB', () => {
	it('counts distinct values and the share of missing ones', () => {
		const p = profileOf('"trip log"');
		expect(p['city name'].distinctCount).toBe(3);
		expect(p['city name'].nullShare).toBeCloseTo(0.2);
		expect(p['fare'].nullShare).toBeCloseTo(0.2);
		expect(p['seen'].nullShare).toBeCloseTo(0.4);
		expect(p['paid'].distinctCount).toBe(2);
	});

	it('gives numeric ranges as numbers and date ranges as ISO strings', () => {
		const p = profileOf('"trip log"');
		expect(p['fare'].min).toBe(-3.5);
		expect(p['fare'].max).toBe(30);
		expect(p['seats'].min).toBe(2);
		expect(p['day'].min).toBe('2014-01-15');
		expect(p['day'].max).toBe('2015-12-31');
		expect(p['seen'].min).toBe('2013-06-01T00:00:00');
		expect(p['seen'].max).toBe('2015-12-31T23:59:59');
	});

	it('lists the most frequent text values first, with counts, and handles quotes', () => {
		const p = profileOf('"trip log"');
		expect(p['city name'].topValues).toEqual([
			{ value: 'Seattle', count: 2 },
			{ value: 'Austin', count: 1 },
			{ value: 'Boston', count: 1 }
		]);
		expect(p['my "odd" col'].topValues[0]).toEqual({ value: 'x', count: 2 });
		expect(p['my "odd" col'].topValues.map((t) => t.value)).toContain("O'Hare");
		expect(p['paid'].topValues[0]).toEqual({ value: true, count: 3 });
		expect(p['seats'].topValues).toEqual([
			{ value: 4, count: 3 },
			{ value: 2, count: 1 }
		]);
		expect(p['day'].topValues[0]).toEqual({ value: '2014-01-15', count: 1 });
	});

	it('counts missing values', () => {
		const p = profileOf('"trip log"');
		expect(p['city name'].nullCount).toBe(1);
		expect(p['seen'].nullCount).toBe(2);
		expect(p['paid'].nullCount).toBe(1);
	});

	it('draws equal-width histograms over [min, max] for doubles, counting every value once', () => {
		const h = profileOf('"trip log"')['fare'].histogram!;
		expect(h).toHaveLength(20);
		expect(h[0]).toEqual({ start: -3.5, end: expect.closeTo(-1.825, 6), count: 1 });
		expect(h[19].end).toBe(30);
		expect(h[19].count).toBe(1);
		expect(h.reduce((sum, b) => sum + b.count, 0)).toBe(4);
		expect(profileOf('"trip log"')['city name'].histogram).toBeUndefined();
	});

	it('gives integers spanning few values one bar per value', () => {
		const h = profileOf('"trip log"')['seats'].histogram!;
		expect(h).toEqual([
			{ start: 2, end: 3, count: 1 },
			{ start: 3, end: 4, count: 0 },
			{ start: 4, end: 5, count: 3 }
		]);
	});

	it('keeps only the top N values and drops them for high-cardinality numbers', () => {
		const p = profileOf('wide', { topN: 2 });
		expect(p['bucket'].topValues).toEqual([
			{ value: 0, count: 34 },
			{ value: 1, count: 33 }
		]);
		expect(p['id'].distinctCount).toBe(100);
		expect(p['id'].topValues).toEqual([]);
		expect(p['ratio'].topValues).toEqual([]);
	});

	it('bins wide integer ranges into 20 bars that cover every row', () => {
		const h = profileOf('wide')['id'].histogram!;
		expect(h).toHaveLength(20);
		expect(h[0]).toEqual({ start: 0, end: 4.95, count: 5 });
		expect(h[19]).toMatchObject({ end: 99, count: 5 });
		expect(h.reduce((sum, b) => sum + b.count, 0)).toBe(100);
	});

	it('estimates distinct counts for very large tables and stays close', () => {
		const p = profileOf('wide', { rowCount: 5_000_000 });
		expect(p['id'].distinctCount).toBeGreaterThan(90);
		expect(p['id'].distinctCount).toBeLessThan(110);
	});

	it('profiles an empty table: no rows, no values, no histograms', () => {
		const p = profileOf('empty');
		for (const name of ['a', 'b', 'c', 'd']) {
			expect(p[name]).toEqual({
				distinctCount: 0,
				nullShare: 0,
				nullCount: 0,
				min: null,
				max: null,
				topValues: []
			});
		}
	});

	it('profiles columns that are all NULL', () => {
		const p = profileOf('blanks');
		expect(p['a']).toEqual({
			distinctCount: 0,
			nullShare: 1,
			nullCount: 3,
			min: null,
			max: null,
			topValues: []
		});
		expect(p['c'].histogram).toBeUndefined();
	});

	it('draws no histogram when the range is not finite, and one bar for a single value', () => {
		const p = profileOf('odd');
		expect(p['x'].histogram).toBeUndefined();
		expect(p['x'].max).toBe('inf');
		expect(p['same'].histogram).toEqual([{ start: 7, end: 8, count: 4 }]);
	});

	it('profiles 120 columns in one statement, in order, with decimals binned like doubles', () => {
		const conn = db.connect();
		const cols = Array.from({ length: 120 }, (_, i) =>
			i % 2 === 0
				? `CAST(range / 4 AS DECIMAL(6,2)) AS "n ""${i}"""`
				: `'v' || (range % 3) AS "t ${i}"`
		);
		conn.query(`CREATE TABLE many AS SELECT ${cols.join(', ')} FROM range(12)`);
		conn.close();
		const p = profileOf('many');
		expect(Object.keys(p)).toHaveLength(120);
		expect(p['n "0"']).toMatchObject({ min: 0, max: 2.75, distinctCount: 12 });
		expect(p['n "118"'].histogram?.reduce((sum, b) => sum + b.count, 0)).toBe(12);
		expect(p['t 119'].topValues).toEqual([
			{ value: 'v0', count: 4 },
			{ value: 'v1', count: 4 },
			{ value: 'v2', count: 4 }
		]);
	});

	it('lists every distinct text value, sorted, beyond the top values', () => {
		const p = profileOf('"trip log"', { topN: 1 });
		expect(p['city name'].topValues).toEqual([{ value: 'Seattle', count: 2 }]);
		expect(p['city name'].values).toEqual(['Austin', 'Boston', 'Seattle']);
		expect(p['my "odd" col'].values).toEqual(["O'Hare", 'x', 'y']);
		expect(p.fare.values).toBeUndefined();
		expect(p.day.values).toBeUndefined();
	});

	it('leaves out the value list of text columns with too many or too long values', () => {
		const conn = db.connect();
		conn.query(`CREATE TABLE value_lists AS SELECT 'place ' || range AS place,
			repeat('x', 100) || (range % 700) AS long_text, 'k' || (range % 1000) AS code
			FROM range(1001)`);
		conn.close();
		const p = profileOf('value_lists');
		expect(p.place.distinctCount).toBe(1001);
		expect(p.place.values).toBeUndefined();
		expect(p.long_text.values).toBeUndefined();
		expect(p.code.values).toHaveLength(1000);
		expect(p.code.topValues).toHaveLength(20);
	});

	it('refuses a table with no columns instead of writing broken SQL', () => {
		expect(() => buildProfileSql('"t"', [])).toThrow(/without columns/);
	});
});

describe('a wide table (a survey export with a thousand columns)', () => {
	it('is profiled a few hundred columns per statement, every column once', () => {
		const conn = db.connect();
		try {
			const answers = Array.from({ length: 1100 }, (_, i) =>
				i % 2 === 0 ? `(range + ${i}) % 5 AS q${i}` : `CAST(range % 3 AS VARCHAR) AS a${i}`
			);
			conn.query(`CREATE TABLE survey AS SELECT ${answers.join(', ')} FROM range(60)`);
			const columns = conn
				.query('DESCRIBE survey')
				.toArray()
				.map((r: ArrowRow) => r.toJSON())
				.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
			const statements = buildProfileStatements('survey', columns, { rowCount: 60 });
			expect(statements).toHaveLength(Math.ceil(1100 / PROFILE_BATCH_COLUMNS));
			const rows = statements.flatMap((sql) =>
				conn
					.query(sql)
					.toArray()
					.map((r: ArrowRow) => r.toJSON())
			);
			const p = parseProfileRows(rows);
			expect(Object.keys(p)).toHaveLength(1100);
			expect(p['q0'].distinctCount).toBe(5);
			expect(p['a1099'].topValues.map((t) => t.value).sort()).toEqual(['0', '1', '2']);
			expect(p['q1098'].max).toBe(4);
		} finally {
			conn.close();
		}
	});

	it('refuses a table without columns', () => {
		expect(() => buildProfileStatements('t', [])).toThrow(RangeError);
	});
});
