/**
 * Days of the week and dates kept in parts: "on Sundays", "Mondays and Fridays" and "weekends"
 * are conditions on the date's ISO weekday; a share with only a time condition is the share of
 * that time; a table of a row a day (its date in year, month and day columns) counts days as
 * rows; "the most … ever" is one row's record.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { isRefusal } from './types';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

const day = (i: number) => new Date(Date.UTC(2021, 0, 1 + i));

/** A shop's visitors, one row a day. */
const VISITS: TableSpec = {
	name: 'visits',
	humanName: 'Shop visits',
	columns: [
		['day', 'DATE'],
		['visitors', 'INTEGER']
	],
	rows: Array.from({ length: 60 }, (_, i) => [day(i).toISOString().slice(0, 10), 100 + (i % 9)])
};

/** Daily deliveries stored as year, month and day numbers. */
const DELIVERIES: TableSpec = {
	name: 'deliveries',
	humanName: 'Deliveries',
	columns: [
		['year', 'INTEGER'],
		['month', 'INTEGER'],
		['day', 'INTEGER'],
		['parcels', 'INTEGER']
	],
	rows: Array.from({ length: 400 }, (_, i) => {
		const d = day(i);
		return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 500 + ((i * 37) % 300)];
	})
};

describe('days of the week of a date', () => {
	it('reads a day name, plural or not, as its ISO weekday', () => {
		const catalog = ruleCatalog(VISITS);
		expect(answer('average visitors on sundays', catalog).sql).toMatch(
			/WHERE isodow\("day"\) IN \(7\)/
		);
		expect(answer('total visitors on Mondays and Fridays', catalog).sql).toContain(
			'isodow("day") IN (1, 5)'
		);
	});
	it('reads weekends and weekdays without a column of day names', () => {
		const catalog = ruleCatalog(VISITS);
		expect(answer('total visitors on weekends', catalog).sql).toContain('isodow("day") IN (6, 7)');
		expect(answer('average visitors on weekdays', catalog).sql).toContain(
			'isodow("day") IN (1, 2, 3, 4, 5)'
		);
	});
	it('works on a date kept in year, month and day columns', () => {
		const sql = answer('average parcels on saturdays', ruleCatalog(DELIVERIES)).sql;
		expect(sql).toContain('isodow(make_date(');
		expect(sql).toContain('IN (6)');
	});
});

describe('a share of a time', () => {
	it('is the part of the whole that falls in it', () => {
		const catalog = ruleCatalog(DELIVERIES);
		expect(answer('what percentage of parcels were on weekends', catalog).sql).toMatch(
			/sum\("parcels"\) FILTER \(WHERE isodow\(.*\) IN \(6, 7\)\) \/ sum\("parcels"\)/
		);
		expect(answer('share of all parcels in 2021', catalog).sql).toMatch(
			/sum\("parcels"\) FILTER \(WHERE "year" = 2021\) \/ sum\("parcels"\)/
		);
	});
});

describe('a row a day', () => {
	it('counts days as rows when the date is kept in parts', () => {
		const sql = answer('how many days had more than 700 parcels', ruleCatalog(DELIVERIES)).sql;
		expect(sql).toContain('count(*)');
		expect(sql).toContain('"parcels" > 700');
	});
	it('"the most … ever" is the record of one row', () => {
		expect(answer('most visitors ever on a Monday', ruleCatalog(VISITS)).sql).toContain(
			'max("visitors")'
		);
	});
});

describe('time units ranked', () => {
	it('"top 5 days by …" and "months ranked by …" group by the unit', () => {
		const catalog = ruleCatalog(VISITS);
		const top = answer('top 5 days by number of visitors', catalog).sql;
		expect(top).toMatch(/GROUP BY 1\s+ORDER BY "total_visitors" DESC NULLS LAST, 1\s+LIMIT 5/);
		expect(top).toContain('sum("visitors")');
		expect(answer('months ranked by total visitors', catalog).sql).toMatch(
			/date_trunc\('month', "day"\)[\s\S]*ORDER BY "total_visitors" DESC/
		);
	});
	it('a date kept in parts groups "per month" by its own month column', () => {
		expect(answer('parcels per month in 2021', ruleCatalog(DELIVERIES)).sql).toMatch(
			/SELECT "month" AS "month_of_year", sum\("parcels"\)[\s\S]*WHERE "year" = 2021/
		);
	});
});

describe('"per day" over rows that are days', () => {
	it('is the figure over the rows', () => {
		const sql = answer('median visitors per day', ruleCatalog(VISITS)).sql;
		expect(sql).toContain('median("visitors")');
		expect(sql).not.toContain('GROUP BY');
	});
	it('never drops a second time unit: it says which word it could not place', () => {
		const result = ask('median visitors per day for each month', ruleCatalog(VISITS));
		expect(isRefusal(result) && result.unknownWords).toEqual(['month']);
	});
});

describe('a ranking "on average"', () => {
	it('ranks the groups by their average', () => {
		const sql = answer('which month has the most parcels on average', ruleCatalog(DELIVERIES)).sql;
		expect(sql).toContain('avg("parcels")');
		expect(sql).toMatch(
			/QUALIFY rank\(\) OVER \(ORDER BY avg\("parcels"\) DESC NULLS LAST\) = 1\s+ORDER BY "average_parcels" DESC NULLS LAST, 1$/
		);
	});
});

describe('a count named over a span of time', () => {
	it('is totalled, with the list of its rows offered', () => {
		const result = answer('parcels in March 2021', ruleCatalog(DELIVERIES));
		expect(result.sql).toContain('sum("parcels")');
		const offered = result.interpretation.flatMap((i) => i.alternatives ?? []);
		expect(
			offered.some((a) => /^SELECT "?\w/.test(a.answer.sql) && !a.answer.sql.includes('sum('))
		).toBe(true);
	});
});

describe('"the busiest day for …"', () => {
	it('ranks the days by that amount', () => {
		const sql = answer('what was the busiest day for visitors', ruleCatalog(VISITS)).sql;
		expect(sql).toMatch(
			/QUALIFY rank\(\) OVER \(ORDER BY sum\("visitors"\) DESC NULLS LAST\) = 1\s+ORDER BY "total_visitors" DESC NULLS LAST, 1$/
		);
	});
});

describe('counting a time unit', () => {
	it('counts rows only when the rows are such units', () => {
		expect(answer('how many days does the data cover', ruleCatalog(VISITS)).sql).toContain(
			'count(*)'
		);
		const years = ask('how many years does the data cover', ruleCatalog(VISITS));
		expect(isRefusal(years) ? years.unknownWords : years.sql).toContain('years');
		expect(isRefusal(ask('how many months had more than 105 visitors', ruleCatalog(VISITS)))).toBe(
			true
		);
	});
});
