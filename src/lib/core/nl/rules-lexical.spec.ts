import { describe, expect, it } from 'vitest';
import { isRefusal } from './types';
import { ADMISSIONS, LEAGUE, OCCUPATIONS, READINGS, ruleCatalog } from '$test/nl/rule-tables';
import { answer, ask } from '$test/nl/ask';

describe('an attribute the table does not have', () => {
	it('refuses "what was the <attribute> in <place>" instead of listing the rows', () => {
		const result = ask('what was the humidity in Oslo', ruleCatalog(READINGS));
		expect(isRefusal(result)).toBe(true);
		if (isRefusal(result)) expect(result.reason).toContain('humidity');
	});
	it('still reads a verb before a condition', () => {
		expect(answer('gas measured in Oslo', ruleCatalog(READINGS)).sql).toContain(`"place" = 'Oslo'`);
	});
});

describe('tables whose rows are counts', () => {
	const catalog = ruleCatalog(OCCUPATIONS);
	it('sums the count column for "how many", with the filters still applied', () => {
		const result = answer('how many women were nurses in 1950', catalog);
		expect(result.sql).toBe(
			'SELECT sum("count") AS "total_count"\nFROM "occupations"\n' +
				`WHERE "sex" = 'women'\n  AND "job" = 'Nurse'\n  AND "year" = 1950`
		);
		expect(result.interpretation.map((i) => i.meaning)).toContain(
			'rows are counts: summing "count"'
		);
	});
	it('ranks groups by the summed count', () => {
		const sql = answer('top 2 jobs', catalog).sql;
		expect(sql).toContain('sum("count") AS "total_count"');
		expect(sql).toContain('ORDER BY "total_count" DESC');
	});
	it('counts rows when the table carries no count column', () => {
		expect(answer('how many rows per ward', ruleCatalog(ADMISSIONS)).sql).toContain('count(*)');
	});
});

describe('nouns that name the rows', () => {
	it('reads person nouns as the rows of a table of people', () => {
		expect(answer('how many patients by ward', ruleCatalog(ADMISSIONS)).sql).toBe(
			'SELECT "ward", count(*) AS "count"\nFROM "admissions"\nGROUP BY 1\nORDER BY 1'
		);
	});
	it('filters a gender column by the value a gender noun names', () => {
		expect(answer('how many women', ruleCatalog(ADMISSIONS)).sql).toContain(
			`WHERE "gender" = 'Female'`
		);
		expect(answer('average age of men', ruleCatalog(ADMISSIONS)).sql).toContain(
			`WHERE "gender" = 'Male'`
		);
	});
	it('sums the count column when people are counted over a table of counts', () => {
		expect(answer('number of workers by job', ruleCatalog(OCCUPATIONS)).sql).toContain(
			'sum("count")'
		);
	});
	it('reads contest nouns as the rows of a table of teams and scores', () => {
		expect(answer('how many games', ruleCatalog(LEAGUE)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "league"'
		);
		expect(answer('matches per month', ruleCatalog(LEAGUE)).sql).toContain('count(*)');
	});
	it('does not read person nouns into a table with no sign of people', () => {
		expect(isRefusal(ask('how many patients', ruleCatalog(LEAGUE)))).toBe(true);
	});
});

describe('adjectives that imply a measure', () => {
	const catalog = ruleCatalog(READINGS);
	it('reads "hottest day" as the row with the highest temperature', () => {
		expect(answer('hottest day', catalog).sql).toBe(
			'SELECT *\nFROM "readings"\nORDER BY "temp_max" DESC NULLS LAST\nLIMIT 1'
		);
	});
	it('reads "warmest year" as the year with the highest average temperature', () => {
		const sql = answer('warmest year', catalog).sql;
		expect(sql).toContain('avg("temp_max")');
		expect(sql).toContain('DESC');
		expect(sql).toContain('QUALIFY rank() OVER');
	});
	it('reads "coldest 3 years" as the three lowest yearly averages', () => {
		const sql = answer('coldest 3 years', catalog).sql;
		expect(sql).toContain('ORDER BY "average_temp_max" ASC');
		expect(sql).toContain('LIMIT 3');
	});
	it('refuses when no column fits the adjective', () => {
		expect(isRefusal(ask('hottest day', ruleCatalog(LEAGUE)))).toBe(true);
	});
});

describe('ages said as bounds', () => {
	const catalog = ruleCatalog(ADMISSIONS);
	it('filters the age column for "65 or older" and "over 50"', () => {
		expect(answer('how many people were 65 or older', catalog).sql).toContain(`"age" >= 65`);
		expect(answer('how many patients over 50', catalog).sql).toContain(`"age" > 50`);
		expect(answer('patients 30 or younger', catalog).sql).toContain(`"age" <= 30`);
	});
	it('leaves a bound on a named column alone', () => {
		expect(
			answer('how many games with 2 or more home score', ruleCatalog(LEAGUE)).sql
		).not.toContain('age');
	});
	it('does not reach for an age column in a table the question is not about', () => {
		const result = ask('how many games over 50', ruleCatalog(LEAGUE, ADMISSIONS));
		if (!isRefusal(result)) expect(result.sql).not.toContain('"age"');
	});
});

describe('a measure named by two words where one names the column', () => {
	it('accounts for the generic head word ("gas price" with a gas column)', () => {
		const result = answer('average gas price by year', ruleCatalog(READINGS));
		expect(result.sql).toContain('avg("gas")');
		expect(result.confidence).toBe(1);
	});
	it('does not absorb a word that is not a generic head', () => {
		expect(isRefusal(ask('average gas humidity by year', ruleCatalog(READINGS)))).toBe(true);
	});
});
