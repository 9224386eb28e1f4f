import { describe, expect, it } from 'vitest';
import { wrapSql } from './wrap-sql';

describe('wrapSql', () => {
	it.each([
		['SELECT 1', 'SELECT 1'],
		['  select * from t ;  ', 'select * from t'],
		['WITH a AS (SELECT 1) SELECT * FROM a;;', 'WITH a AS (SELECT 1) SELECT * FROM a'],
		['VALUES (1), (2)', 'VALUES (1), (2)'],
		['FROM t', 'FROM t'],
		['TABLE t', 'TABLE t'],
		['(SELECT 1) UNION ALL (SELECT 2)', '(SELECT 1) UNION ALL (SELECT 2)'],
		['PIVOT t ON a USING sum(b)', 'PIVOT t ON a USING sum(b)'],
		['-- top\nSELECT 1 -- trailing; comment', 'SELECT 1'],
		['SELECT 1 /* ; */', 'SELECT 1'],
		["SELECT ';' AS x", "SELECT ';' AS x"],
		["SELECT 'it''s; fine'", "SELECT 'it''s; fine'"],
		['SELECT 1 AS "a;b"', 'SELECT 1 AS "a;b"'],
		["SELECT E'\\'; x'", "SELECT E'\\'; x'"],
		['SELECT $$a;b$$', 'SELECT $$a;b$$'],
		['SELECT $t$ ; $t$ AS v', 'SELECT $t$ ; $t$ AS v']
	])('wraps %j', (sql, body) => {
		expect(wrapSql(sql)).toBe(body);
	});

	it.each([
		'SELECT 1; SELECT 2',
		'SHOW TABLES',
		'DESCRIBE t',
		'PRAGMA version',
		'SET threads = 1',
		'CREATE TABLE t AS SELECT 1',
		'INSERT INTO t VALUES (1)',
		"COPY t TO 'x.csv'",
		'EXPLAIN SELECT 1',
		'',
		'  ;  -- nothing',
		'((('
	])('refuses %j', (sql) => {
		expect(wrapSql(sql)).toBeNull();
	});
});
