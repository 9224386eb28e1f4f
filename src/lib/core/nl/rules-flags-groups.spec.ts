/**
 * Yes/no columns as exports store them (0/1 whole numbers, `has_pool`), a superlative over a
 * column whose values repeat (the cities ranked by their average), and a superlative with no
 * column to rank by (refused, never a count of rows).
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const pick = (i: number, n: number) => (i * 7919) % n;

/** A labour survey: one row per worker, yes/no answers stored as 0 and 1. */
const SURVEY: TableSpec = {
	name: 'labour_survey',
	columns: [
		['sex', 'VARCHAR'],
		['age', 'BIGINT'],
		['hourly_pay', 'DOUBLE'],
		['union_member', 'BIGINT'],
		['married', 'BIGINT']
	],
	rows: Array.from({ length: 60 }, (_, i) => [
		pick(i, 2) ? 'male' : 'female',
		18 + pick(i, 50),
		5 + pick(i, 30) / 2,
		pick(i + 1, 3) === 0 ? 1 : 0,
		pick(i + 3, 2)
	])
};

/** House sales: many sales per city, a yes/no `has_pool`. */
const HOUSES: TableSpec = {
	name: 'house_sales',
	columns: [
		['price', 'DOUBLE'],
		['bedrooms', 'BIGINT'],
		['city', 'VARCHAR'],
		['has_pool', 'BOOLEAN']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		100000 + pick(i, 500) * 1000,
		1 + pick(i, 5),
		['Springfield', 'Shelbyville', 'Ogdenville'][pick(i + 5, 3)],
		pick(i, 5) === 0
	])
};

describe('a yes/no column of 0s and 1s', () => {
	it('keeps the rows where it is 1, said as an adjective or after "in a"', () => {
		expect(answer('average hourly pay of married women', ruleCatalog(SURVEY)).sql).toMatch(
			/"married" = 1\s+AND "sex" = 'female'/
		);
		expect(answer('how many workers are in a union', ruleCatalog(SURVEY)).sql).toContain(
			`WHERE "union_member" = 1`
		);
		expect(answer('how many workers are not married', ruleCatalog(SURVEY)).sql).toContain(
			`"married" <> 1`
		);
	});
	it('still averages as the share of yes', () => {
		expect(answer('average married', ruleCatalog(SURVEY)).sql).toContain(`avg("married")`);
	});
});

describe('a yes/no column named has_…', () => {
	it('is named by its noun', () => {
		expect(answer('how many houses have a pool', ruleCatalog(HOUSES)).sql).toContain(
			`"has_pool" = 'true'`
		);
		expect(answer('average price of houses without a pool', ruleCatalog(HOUSES)).sql).toContain(
			`"has_pool" <> 'true'`
		);
	});
});

describe('a superlative over repeated values', () => {
	it('ranks the values by their average', () => {
		expect(answer('most expensive city', ruleCatalog(HOUSES)).sql).toMatch(
			/SELECT "city", avg\("price"\)[\s\S]*QUALIFY rank\(\) OVER \(ORDER BY avg\("price"\) DESC NULLS LAST\) = 1/
		);
		expect(answer('the cheapest house in springfield', ruleCatalog(HOUSES)).sql).toMatch(
			/WHERE "city" = 'Springfield'\s+ORDER BY "price" ASC NULLS LAST\s+LIMIT 1/
		);
	});
	it('refuses when no column says what it measures', () => {
		expect(isRefusal(ask('the 5 largest houses', ruleCatalog(HOUSES)))).toBe(true);
	});
});

describe('names exports give their columns', () => {
	const built: TableSpec = {
		name: 'house_register',
		columns: [
			['year_built', 'BIGINT'],
			['years_of_schooling', 'BIGINT'],
			['price', 'DOUBLE']
		],
		rows: Array.from({ length: 30 }, (_, i) => [1900 + i * 4, 8 + (i % 9), 1000 * i])
	};
	it('reads the event of a year column before a time condition', () => {
		expect(answer('how many houses were built before 1950', ruleCatalog(built)).sql).toContain(
			`"year_built" < 1950`
		);
	});
	it('reads "years of schooling" across the "of" the name leaves out', () => {
		const lean: TableSpec = {
			...built,
			columns: built.columns.map(([n, t]) => [
				n === 'years_of_schooling' ? 'years_schooling' : n,
				t
			])
		};
		expect(answer('average price by years of schooling', ruleCatalog(lean)).sql).toMatch(
			/SELECT "years_schooling", avg\("price"\)/
		);
	});
});

describe('a survey of staff', () => {
	const STAFF: TableSpec = {
		name: 'staff_survey',
		columns: [
			['gender', 'VARCHAR'],
			['age', 'BIGINT'],
			['experience', 'BIGINT'],
			['salary', 'DOUBLE'],
			['remote', 'BIGINT']
		],
		rows: Array.from({ length: 30 }, (_, i) => [
			pick(i + 1, 2) ? 'male' : 'female',
			20 + pick(i, 45),
			pick(i, 40),
			30000 + pick(i, 50000),
			pick(i + 2, 2)
		])
	};
	it('reads "N years of <column>" as a bound on that column', () => {
		expect(
			answer('salary of people with more than 20 years of experience', ruleCatalog(STAFF)).sql
		).toContain(`"experience" > 20`);
	});
	it('reads an adverb after a verb as its yes/no column', () => {
		expect(answer('how many employees work remotely', ruleCatalog(STAFF)).sql).toContain(
			`WHERE "remote" = 1`
		);
	});
});

describe('aggregates joined by "and", and pay words', () => {
	const STAFF: TableSpec = {
		name: 'staff_list',
		columns: [
			['gender', 'VARCHAR'],
			['age', 'BIGINT'],
			['salary', 'DOUBLE']
		],
		rows: Array.from({ length: 20 }, (_, i) => [
			pick(i, 2) ? 'male' : 'female',
			20 + pick(i, 40),
			30000 + pick(i, 50000)
		])
	};
	it('computes every aggregate before one column', () => {
		const sql = answer('max and min salary', ruleCatalog(STAFF)).sql;
		expect(sql).toContain(`max("salary")`);
		expect(sql).toContain(`min("salary")`);
	});
	it('reads earn and paid as the salary', () => {
		expect(answer('how many women earn more than 50000', ruleCatalog(STAFF)).sql).toMatch(
			/"gender" = 'female'\s+AND "salary" > 50000/
		);
		expect(answer('how many people are paid over 60000', ruleCatalog(STAFF)).sql).toContain(
			`"salary" > 60000`
		);
	});
});

describe('values compared', () => {
	const STAFF: TableSpec = {
		name: 'staff_pay',
		columns: [
			['gender', 'VARCHAR'],
			['salary', 'DOUBLE']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			pick(i, 2) ? 'male' : 'female',
			30000 + pick(i, 50000)
		])
	};
	it('"A and B" or "A vs B" gives each value side by side, "A or B" both together', () => {
		for (const question of ['average salary of men and women', 'average salary of men vs women']) {
			expect(answer(question, ruleCatalog(STAFF)).sql, question).toMatch(
				/SELECT "gender", avg\("salary"\)[\s\S]*GROUP BY 1/
			);
		}
		expect(answer('average salary of men or women', ruleCatalog(STAFF)).sql).not.toContain(
			'GROUP BY'
		);
	});
});
