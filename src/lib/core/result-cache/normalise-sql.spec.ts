import { describe, expect, it } from 'vitest';
import { normaliseSql } from './normalise-sql';
import { tokenize } from './sql-tokens';
import { openNodeDuckDB } from '../../../../tests/helpers/node-duckdb';

describe('normaliseSql', () => {
	it('drops comments, collapses whitespace and trailing semicolons', () => {
		expect(normaliseSql('  SELECT  a,\n\tb -- the columns\nFROM t /* all */ ;; ')).toBe(
			'select a, b from t'
		);
	});

	it('gives statements that differ only in layout and keyword case the same text', () => {
		const a = normaliseSql('select City, sum(x) AS Total\nfrom Sales where x > 1 order by 2');
		const b = normaliseSql('SELECT City,   sum(x) as Total FROM Sales WHERE x > 1 ORDER BY 2;');
		expect(a).toBe(b);
	});

	it('keeps the case of names, whose case a result column keeps', () => {
		expect(normaliseSql('SELECT 1 AS Total')).not.toBe(normaliseSql('SELECT 1 AS total'));
		expect(normaliseSql('SELECT City FROM t')).toBe('select City from t');
		expect(normaliseSql('SELECT 1 AS Select')).toBe('select 1 as Select');
		expect(normaliseSql('SELECT t.Order FROM t')).toBe('select t.Order from t');
	});

	it('leaves string literals and quoted names as written', () => {
		expect(normaliseSql("SELECT 'A  --  B' AS \"X  Y\" FROM t WHERE s = 'it''s /* no */'")).toBe(
			"select 'A  --  B' as \"X  Y\" from t where s = 'it''s /* no */'"
		);
		expect(normaliseSql("SELECT E'a\\'  FROM' , $q$ SELECT  $q$")).toBe(
			"select E'a\\'  FROM' , $q$ SELECT  $q$"
		);
	});

	it('keeps whether tokens were apart, so operators keep their meaning', () => {
		expect(normaliseSql('SELECT 1 - -1')).toBe('select 1 - -1');
		expect(normaliseSql('SELECT a/**/b FROM t')).toBe('select a b from t');
		expect(normaliseSql('SELECT a /* x /* nested */ y */ FROM t')).toBe('select a from t');
	});

	it('refuses text whose literal, quoted name or comment is not closed', () => {
		expect(normaliseSql("SELECT 'open")).toBeNull();
		expect(normaliseSql('SELECT "open')).toBeNull();
		expect(normaliseSql('SELECT 1 /* open')).toBeNull();
		expect(normaliseSql('SELECT $x$ open')).toBeNull();
	});
});

describe('tokenize', () => {
	it('reads parameters and numbers as single tokens', () => {
		expect(tokenize('a=$1 AND b=1.5e3')?.map((t) => t.text)).toEqual([
			'a',
			'=',
			'$',
			'1',
			'AND',
			'b',
			'=',
			'1.5e3'
		]);
	});
});

describe('normaliseSql on DuckDB', () => {
	it('gives text whose result has the same column names and rows as the original', async () => {
		const db = await openNodeDuckDB();
		const conn = db.connect();
		conn.query("CREATE TABLE Sales AS SELECT 'Oslo' AS City, 10 AS x UNION ALL SELECT 'Lima', 20");
		const statements = [
			'SELECT City, SUM(x) AS Total FROM Sales GROUP BY City ORDER BY City',
			"select CASE WHEN x > 10 THEN 'big' ELSE NULL END, x::VARCHAR FROM Sales ORDER BY x",
			'SELECT COUNT(*) AS "N  n", TRUE, NULL, [1, 2] FROM Sales -- count\n;',
			'WITH Big AS (SELECT * FROM Sales WHERE x > 1) SELECT Big.City AS Where_ FROM Big ORDER BY 1'
		];
		for (const sql of statements) {
			const original = conn.query(sql);
			const normalised = conn.query(normaliseSql(sql) ?? '');
			expect(normalised.schema.fields.map((f) => f.name)).toEqual(
				original.schema.fields.map((f) => f.name)
			);
			expect(String(normalised.toArray().map((r) => JSON.stringify(r.toJSON(), big)))).toBe(
				String(original.toArray().map((r) => JSON.stringify(r.toJSON(), big)))
			);
		}
		conn.close();
	});
});

function big(_key: string, value: unknown): unknown {
	return typeof value === 'bigint' ? value.toString() : value;
}
