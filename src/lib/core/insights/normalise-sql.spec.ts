import { describe, expect, it } from 'vitest';
import { normaliseSql } from './normalise-sql';

describe('normaliseSql', () => {
	it('replaces string and number literals and lower-cases keywords', () => {
		expect(normaliseSql("SELECT * FROM t WHERE city = 'Oslo' AND n > 10")).toBe(
			'select * from t where city = ? and n > ?'
		);
		expect(normaliseSql("select *  from T\n where CITY='Bergen' and N>2.5e3")).toBe(
			'select * from t where city = ? and n > ?'
		);
	});

	it('keeps quotes inside strings inside the literal', () => {
		expect(normaliseSql("SELECT 'it''s -- not a comment' AS x")).toBe('select ? as x');
		expect(normaliseSql("SELECT E'a\\'b' AS x")).toBe('select ? as x');
		expect(normaliseSql("SELECT $$ a ' b $$, $tag$ x $tag$")).toBe('select ?, ?');
	});

	it('keeps quoted identifiers as they are, including doubled quotes and case', () => {
		expect(normaliseSql('SELECT "My ""Col""" FROM "T 1" WHERE a = 1')).toBe(
			'select "My ""Col""" from "T 1" where a = ?'
		);
	});

	it('drops line and block comments, even with quotes in them', () => {
		expect(normaliseSql("SELECT a -- it's 5\nFROM t /* 'x' 7 */ WHERE b = 2")).toBe(
			'select a from t where b = ?'
		);
	});

	it('does not mistake digits inside names for numbers', () => {
		expect(normaliseSql('SELECT col1 FROM t2 LIMIT 5')).toBe('select col1 from t2 limit ?');
	});

	it('tells apart queries that differ in more than literals', () => {
		expect(normaliseSql('SELECT a FROM t WHERE x = 1')).not.toBe(
			normaliseSql('SELECT b FROM t WHERE x = 1')
		);
		expect(normaliseSql('SELECT count(*) FROM t;')).toBe('select count (*) from t');
	});

	it('survives unterminated strings and comments', () => {
		expect(normaliseSql("SELECT 'open")).toBe('select ?');
		expect(normaliseSql('SELECT 1 /* open')).toBe('select ?');
	});
});
