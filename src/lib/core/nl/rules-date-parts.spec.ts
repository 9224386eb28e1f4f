/**
 * Tables that store a date in parts (whole-number year, month and day columns, as statistics
 * exports do) answer time questions like tables with a DATE column, and a count column named by
 * a plural noun ("accidents") adds up per period.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const rows: number[][] = [];
for (let d = 0; d < 800; d++) {
	const date = new Date(Date.UTC(2015, 0, 1 + d));
	rows.push([
		date.getUTCFullYear(),
		date.getUTCMonth() + 1,
		date.getUTCDate(),
		((date.getUTCDay() + 6) % 7) + 1,
		20 + (d % 13)
	]);
}

/** One row per day; the day of the week numbered 1 (Monday) to 7 as the file has it. */
const DAILY: TableSpec = {
	name: 'road_accidents_daily',
	columns: [
		['year', 'BIGINT'],
		['month', 'BIGINT'],
		['day', 'BIGINT'],
		['weekday', 'BIGINT'],
		['accidents', 'BIGINT']
	],
	rows
};

/** Yearly rows: the year column alone. */
const YEARLY: TableSpec = {
	name: 'harvests',
	columns: [
		['year', 'BIGINT'],
		['tonnes', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [2000 + i, 100 + i])
};

describe('a date stored in parts', () => {
	it('filters a month of a year on the date the parts make', () => {
		const sql = answer('total accidents in march 2016', ruleCatalog(DAILY)).sql;
		expect(sql).toContain(
			`make_date(CAST("year" AS BIGINT), CAST("month" AS BIGINT), CAST("day" AS BIGINT))`
		);
		expect(sql).toContain(`>= DATE '2016-03-01'`);
		expect(sql).toContain(`< DATE '2016-04-01'`);
	});
	it('filters a whole year on the year column', () => {
		expect(answer('how many accidents in 2016', ruleCatalog(DAILY)).sql).toContain(
			`WHERE "year" = 2016`
		);
	});
	it('groups by the stored month and day of the week, offering calendar months', () => {
		const month = answer('which month had the most accidents', ruleCatalog(DAILY));
		expect(month.sql).toMatch(/SELECT "month" AS "month_of_year", sum\("accidents"\)/);
		const group = month.interpretation.find((i) => i.kind === 'group');
		const calendar = group?.alternatives?.find((a) => a.meaning.startsWith('calendar month'));
		expect(calendar?.answer.sql).toContain(`date_trunc('month', make_date(`);
		expect(answer('total accidents by weekday', ruleCatalog(DAILY)).sql).toMatch(
			/SELECT "weekday", sum\("accidents"\)/
		);
	});
	it('totals a count column named by a plural noun per period', () => {
		expect(answer('accidents per year', ruleCatalog(DAILY)).sql).toMatch(
			/SELECT "year", sum\("accidents"\)[\s\S]*GROUP BY 1/
		);
	});
});

describe('a column of years alone', () => {
	it('refuses a month of a year instead of an empty range', () => {
		expect(isRefusal(ask('total tonnes in march 2005', ruleCatalog(YEARLY)))).toBe(true);
		expect(answer('total tonnes in 2005', ruleCatalog(YEARLY)).sql).toContain(`"year" = 2005`);
	});
});

describe('time units ranked', () => {
	it('"the day with the most …" and "the 3 days with the most …" rank the units', () => {
		expect(answer('the month with the most accidents', ruleCatalog(DAILY)).sql).toMatch(
			/"month"[\s\S]*sum\("accidents"\)[\s\S]*QUALIFY rank\(\) OVER \(ORDER BY sum\("accidents"\) DESC NULLS LAST\) = 1/
		);
		expect(answer('the 3 days with the fewest accidents', ruleCatalog(DAILY)).sql).toMatch(
			/sum\("accidents"\)[\s\S]*ASC NULLS LAST, 1\s+LIMIT 3/
		);
	});
});
