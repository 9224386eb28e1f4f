import { describe, expect, it } from 'vitest';
import { isCacheable, startsAsRead } from './cacheable';

describe('isCacheable', () => {
	it.each([
		'SELECT * FROM t',
		'  select a from t;',
		'WITH x AS (SELECT 1) SELECT * FROM x',
		'FROM t SELECT a',
		'VALUES (1), (2)',
		'TABLE t',
		'(SELECT 1) UNION (SELECT 2)',
		'PIVOT t ON a USING sum(b)',
		'DESCRIBE t',
		'SHOW t',
		'SUMMARIZE t',
		"SELECT 'insert into x; random()' AS note FROM t",
		'SELECT "update" FROM t'
	])('caches the read-only statement %s', (sql) => {
		expect(isCacheable(sql)).toBe(true);
	});

	it.each([
		'',
		'INSERT INTO t VALUES (1)',
		'CREATE TABLE x AS SELECT 1',
		'SELECT 1; SELECT 2',
		'SELECT 1; DROP TABLE t',
		'WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d',
		"COPY t TO 'x.csv'",
		'SET threads = 1',
		'PRAGMA version',
		'SELECT random() FROM t',
		'SELECT * FROM t USING SAMPLE 10',
		'select uuid()',
		'SELECT gen_random_uuid()',
		'SELECT now()',
		'SELECT current_date',
		'SELECT CURRENT_TIMESTAMP',
		"SELECT nextval('s')",
		"SELECT * FROM read_csv('x.csv')",
		'SELECT * FROM duckdb_tables()',
		'SELECT * FROM information_schema.tables',
		'SHOW TABLES',
		'SHOW ALL TABLES',
		'DESCRIBE',
		"SELECT 'open"
	])('does not cache %s', (sql) => {
		expect(isCacheable(sql)).toBe(false);
	});
});

describe('startsAsRead', () => {
	it('tells single reads from anything that may change a table', () => {
		expect(startsAsRead('(SELECT 1)')).toBe(true);
		expect(startsAsRead('SELECT random()')).toBe(true);
		expect(startsAsRead('DELETE FROM t')).toBe(false);
		expect(startsAsRead('SELECT 1; DROP TABLE t')).toBe(false);
		expect(startsAsRead("SELECT 'open")).toBe(false);
	});
});
