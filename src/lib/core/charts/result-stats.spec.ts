import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { chartResult } from '$test/charts/result';
import { buildResultStatsSql, parseResultStats } from './result-stats';
import { statsFromValues } from './stats-from-values';

let db: TestDb;

beforeAll(async () => {
	db = await openTestDb();
	db.loadVega('stocks.csv', 'stocks');
	db.loadVega('cars.json', 'cars');
	db.run(`CREATE TABLE t AS SELECT * FROM (VALUES
		(1, 'a', DATE '2020-01-01', '2020-01-05', '12.5', TRUE, NULL::INTEGER),
		(2, 'b', DATE '2020-03-01', 'not a date', 'x', FALSE, NULL),
		(3, 'a', NULL, '2021-02-01 10:00:00', '-3', NULL, NULL)
	) v(id, cat, d, ds, ns, flag, empty)`);
});

afterAll(() => db.close());

function byName<T extends { name: string }>(items: T[], name: string): T {
	return items.find((i) => i.name === name)!;
}

describe('buildResultStatsSql', () => {
	it('counts rows, nulls, distinct values and ranges of every column in one statement', () => {
		const { stats } = chartResult(db, 'SELECT * FROM t');
		expect(stats.map((s) => s.name)).toEqual(['id', 'cat', 'd', 'ds', 'ns', 'flag', 'empty']);
		expect(byName(stats, 'id')).toMatchObject({ rows: 3, nonNull: 3, distinct: 3, min: 1, max: 3 });
		expect(byName(stats, 'cat')).toMatchObject({ distinct: 2, min: 'a', max: 'b', avgLength: 1 });
		expect(byName(stats, 'd')).toMatchObject({ nonNull: 2, min: '2020-01-01', max: '2020-03-01' });
		expect(byName(stats, 'empty')).toMatchObject({ rows: 3, nonNull: 0, distinct: 0, min: null });
		expect(byName(stats, 'flag')).toMatchObject({ nonNull: 2, distinct: 2 });
	});

	it('measures how much of a text column reads as dates and as numbers', () => {
		const { stats } = chartResult(db, 'SELECT * FROM t');
		expect(byName(stats, 'ds').dateShare).toBeCloseTo(2 / 3);
		expect(byName(stats, 'ds').dateMin).toBe('2020-01-05 00:00:00');
		expect(byName(stats, 'ns').numberShare).toBeCloseTo(2 / 3);
		expect(byName(stats, 'cat').dateShare).toBe(0);
	});

	it('reads dates written as "Jan 1 2000" and gets their time range from the values', () => {
		const { stats } = chartResult(db, 'SELECT * FROM stocks');
		expect(byName(stats, 'date')).toMatchObject({
			dateShare: 1,
			dateMin: '2000-01-01 00:00:00',
			dateMax: '2010-03-01 00:00:00'
		});
	});

	it('runs over every wrappable form of query', () => {
		for (const sql of [
			'FROM cars',
			'TABLE cars',
			'(SELECT Origin FROM cars) UNION ALL (SELECT Origin FROM cars)',
			'VALUES (1, 2)',
			'SELECT count(*) AS n FROM cars -- how many?',
			'PIVOT cars ON Origin USING count(*) GROUP BY Cylinders;'
		]) {
			expect(chartResult(db, sql).rows, sql).toBeGreaterThan(0);
		}
	});

	it('quotes hostile column names', () => {
		const sql = `SELECT 1 AS "we""ird", 'x' AS "naïve ; -- col", 2 AS "select"`;
		const { stats } = chartResult(db, sql);
		expect(stats.map((s) => s.name)).toEqual(['we"ird', 'naïve ; -- col', 'select']);
		expect(stats[1]).toMatchObject({ rows: 1, nonNull: 1, distinct: 1, min: 'x' });
	});

	it('runs over columns of every kind of DuckDB type', () => {
		db.run(`CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')`);
		const sql = `SELECT i::TINYINT AS tiny, i::HUGEINT AS huge, (i / 3)::DECIMAL(10, 2) AS dec,
			i::FLOAT AS f, (i % 2 = 0) AS b, (['sad', 'ok', 'happy'])[i % 3 + 1]::mood AS m,
			TIME '10:00:00' + to_minutes(i) AS t, to_days(i) AS iv, uuid() AS u, 'x'::BLOB AS bl,
			(TIMESTAMP '2020-01-01' + to_hours(i))::TIMESTAMPTZ AS tz, [i, i] AS l, {'a': i} AS st,
			MAP {'k': i} AS mp, '101'::BIT AS bits, i::UBIGINT AS ub
			FROM range(30) r(i)`;
		const { stats, fields } = chartResult(db, sql);
		expect(stats.every((s) => s.rows === 30)).toBe(true);
		const roles = Object.fromEntries(fields.map((f) => [f.name, f.role]));
		expect(roles).toMatchObject({
			huge: 'measure',
			dec: 'measure',
			f: 'measure',
			b: 'category',
			m: 'category',
			tz: 'time',
			l: 'other',
			st: 'other',
			mp: 'other',
			bl: 'other',
			u: 'id'
		});
	});

	it('gives zero rows for an empty result and null for SQL it cannot wrap', () => {
		const { stats } = chartResult(db, 'SELECT * FROM cars WHERE false');
		expect(stats[0]).toMatchObject({ rows: 0, nonNull: 0, distinct: 0, min: null, max: null });
		expect(buildResultStatsSql('SHOW TABLES', [{ name: 'name', type: 'VARCHAR' }])).toBeNull();
		expect(buildResultStatsSql('SELECT 1', [])).toBeNull();
	});

	it('counts distinct values exactly when the result is known to be small', () => {
		const columns = [{ name: 'Origin', type: 'VARCHAR' }];
		const sql = buildResultStatsSql('FROM cars', columns, { rows: 406 })!;
		expect(sql).toContain('count(DISTINCT "Origin")');
		expect(parseResultStats(db.run(sql), columns)[0].distinct).toBe(3);
	});
});

describe('parseResultStats', () => {
	it('accepts numbers as bigint, number or string', () => {
		const columns = [{ name: 'n', type: 'BIGINT' }];
		const rows = [{ name: 'n', rows: 10n, non_null: '8', distinct: 9, min: '-5', max: 7n }];
		expect(parseResultStats(rows, columns)[0]).toEqual({
			name: 'n',
			type: 'BIGINT',
			rows: 10,
			nonNull: 8,
			distinct: 8,
			min: -5,
			max: 7
		});
	});
});

describe('statsFromValues', () => {
	it('matches the SQL statistics on the same rows', () => {
		const result = chartResult(db, 'SELECT * FROM t');
		const rows = db.run('SELECT id, cat, CAST(d AS VARCHAR) AS d, ds, ns, flag, empty FROM t');
		const values = result.columns.map((c) => rows.map((r) => r[c.name]));
		const fromValues = statsFromValues(result.columns, values);
		for (const name of ['id', 'cat', 'ds', 'ns', 'flag', 'empty']) {
			const sql = byName(result.stats, name);
			const js = byName(fromValues, name);
			expect(js, name).toMatchObject({
				rows: sql.rows,
				nonNull: sql.nonNull,
				distinct: sql.distinct
			});
			expect(js.dateShare ?? 0, name).toBeCloseTo(sql.dateShare ?? 0);
			expect(js.numberShare ?? 0, name).toBeCloseTo(sql.numberShare ?? 0);
		}
		expect(byName(fromValues, 'id')).toMatchObject({ min: 1, max: 3 });
		expect(byName(fromValues, 'ds')).toMatchObject({
			dateMin: '2020-01-05',
			dateMax: '2021-02-01 10:00:00'
		});
	});

	it('reads Date values, epoch numbers and bigints of time columns as timestamps', () => {
		const [stats] = statsFromValues(
			[{ name: 't', type: 'TIMESTAMP' }],
			[[new Date(Date.UTC(2020, 0, 2, 3, 4, 5)), Date.UTC(2021, 5, 1), null]]
		);
		expect(stats).toMatchObject({
			nonNull: 2,
			min: '2020-01-02 03:04:05',
			max: '2021-06-01 00:00:00'
		});
		const [big] = statsFromValues([{ name: 'n', type: 'HUGEINT' }], [[1n, 5n, 5n]]);
		expect(big).toMatchObject({ distinct: 2, min: 1, max: 5 });
	});

	it('counts nested values by their content', () => {
		const [stats] = statsFromValues([{ name: 'l', type: 'INTEGER[]' }], [[[1, 2], [1, 2], [3]]]);
		expect(stats).toMatchObject({ rows: 3, distinct: 2, min: null });
	});
});
