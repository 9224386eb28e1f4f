/**
 * Times named in lists and spans: "the 1940s" is ten years, "in 1990 and 2010" or "January vs
 * July" is either (and an aggregate of them is given for each), and "how many years" of a table
 * with several rows a year counts its distinct years. A table named for its one number ("US
 * infant mortality" of `infant_mortality_rate`) names that number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';
import { loadWordNet } from './word-net';

/** A rate per group and year: two rows a year. */
const RATES: TableSpec = {
	name: 'infant_mortality',
	humanName: 'US infant mortality',
	columns: [
		['race', 'VARCHAR'],
		['year', 'BIGINT'],
		['infant_mortality_rate', 'DOUBLE']
	],
	rows: Array.from({ length: 80 }, (_, i) => [
		i % 2 ? 'black' : 'white',
		1930 + Math.floor(i / 2),
		150 - i * (i % 2 ? 1.5 : 1)
	])
};

/** Monthly counts for two industries over three years. */
const IDLE: TableSpec = {
	name: 'idle_by_trade',
	humanName: 'Idle by trade',
	columns: [
		['date', 'DATE'],
		['trade', 'VARCHAR'],
		['idle', 'BIGINT']
	],
	rows: Array.from({ length: 72 }, (_, i) => {
		const month = Math.floor(i / 2);
		const date = `${2001 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
		return [date, i % 2 ? 'Farming' : 'Mining', 100 + (month % 12) * 10 + (i % 2)];
	})
};

let db: TestDb;
beforeAll(async () => {
	await loadWordNet();
	db = await openTestDb();
	for (const spec of [RATES, IDLE]) db.run(createTableSql(spec));
});
afterAll(() => db.close());

const rates = { tables: [catalogTable(RATES)] };
const idle = { tables: [catalogTable(IDLE)] };

function column(sql: string, name?: string): unknown[] {
	return db.run(sql).map((r) => (name ? r[name] : Object.values(r).at(-1)));
}

describe('a decade', () => {
	it('"the 1940s" is 1940 to 1949', () => {
		const sql = answer('average infant mortality for black infants in the 1940s', rates).sql;
		expect(sql).toContain('"year" BETWEEN 1940 AND 1949');
		const black = RATES.rows.filter(
			(r) => r[0] === 'black' && (r[1] as number) >= 1940 && (r[1] as number) <= 1949
		);
		const mean = black.reduce((a, r) => a + (r[2] as number), 0) / black.length;
		expect(Number(column(sql)[0])).toBeCloseTo(mean, 6);
	});
});

describe('two points in time', () => {
	it('"in 1950 and 1960" lists rows of either year', () => {
		const sql = answer('infant mortality rate of white infants in 1950 and 1960', rates).sql;
		expect(column(sql, 'year').sort()).toEqual([1950, 1960]);
	});
	it('"January vs July" gives the aggregate of each month', () => {
		const rows = db.run(answer('farming: average idle in January vs July', idle).sql);
		expect(rows).toHaveLength(2);
		expect(rows.map((r) => Number(Object.values(r).at(-1)))).toEqual([101, 161]);
	});
});

describe('counting years', () => {
	it('counts the distinct years of a table with several rows a year', () => {
		expect(column(answer('how many years of data are there', rates).sql)).toEqual([40]);
		const over = answer('in how many years was the black infant mortality rate over 100', rates);
		const expected = RATES.rows.filter((r) => r[0] === 'black' && (r[2] as number) > 100).length;
		expect(column(over.sql)).toEqual([expected]);
	});
	it("asks when the condition may be one row or the year's total", () => {
		expect(isRefusal(ask('how many years had more than 2000 idle', idle))).toBe(true);
	});
});

describe('a table named for its one number', () => {
	it('reads the name as the number, not as the rows', () => {
		const sql = answer('which year had the highest infant mortality for white infants', rates).sql;
		expect(sql).toContain('"infant_mortality_rate"');
		expect(column(sql, 'year')).toEqual([1930]);
	});
});

describe('a share of a column of counts', () => {
	it('"what share of the idle were in farming" divides the totals, not the rows', () => {
		const sql = answer('what share of the idle were in farming in 2002', idle).sql;
		const year = IDLE.rows.filter((r) => String(r[0]).startsWith('2002'));
		const farming = year.filter((r) => r[1] === 'Farming');
		const total = (rows: typeof year) => rows.reduce((a, r) => a + (r[2] as number), 0);
		expect(Number(column(sql)[0])).toBeCloseTo(total(farming) / total(year), 6);
	});
});

describe('a noun after a noun', () => {
	it('is the head of a compound, not a verb: "trade rate in 2002" is not the trades', () => {
		expect(isRefusal(ask('trade rate in 2002', idle))).toBe(true);
		// a verb after a plural noun only introduces its condition
		expect(isRefusal(ask('trades listed in 2002', idle))).toBe(false);
	});
	it('a measure\'s own kind of figure places it: "median idle count for farming"', () => {
		expect(answer('median idle count for farming', idle).sql).toContain('median("idle")');
	});
});

describe('a time superlative before a quantity', () => {
	it('"latest idle numbers for each trade" is each trade\'s value at its newest date', () => {
		const rows = db.run(answer('latest idle numbers for each trade', idle).sql);
		const newest = IDLE.rows.slice(-2);
		expect(rows.map((r) => [r.trade, r.idle])).toEqual(
			newest.map((r) => [r[1], r[2]]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))
		);
	});
	it('"the earliest idle figure for farming" is its first month\'s', () => {
		const rows = db.run(answer('the earliest idle figure for farming', idle).sql);
		expect(rows.map((r) => r.idle)).toEqual([IDLE.rows[1][2]]);
	});
});

describe('a change between two points in time', () => {
	const rateIn = (race: string, year: number) =>
		RATES.rows.find((r) => r[0] === race && r[1] === year)![2] as number;
	it('"how much did the rate fall between 1930 and 1960" subtracts the second from the first', () => {
		const sql = answer(
			'how much did the infant mortality rate for black infants fall between 1930 and 1960',
			rates
		).sql;
		const [row] = db.run(sql);
		expect(Number(row.fall)).toBeCloseTo(rateIn('black', 1930) - rateIn('black', 1960), 6);
	});
	it('"percentage decrease" is the fall as a share of the first', () => {
		const sql = answer(
			'percentage decrease in white infant mortality from 1930 to 1960',
			rates
		).sql;
		const [row] = db.run(sql);
		const [a, b] = [rateIn('white', 1930), rateIn('white', 1960)];
		expect(Number(row.percent_change)).toBeCloseTo((100 * (a - b)) / a, 6);
	});
	it('"change in total idle from January 2001 to January 2003" compares the two months', () => {
		const [row] = db.run(
			answer('change in total idle from January 2001 to January 2003', idle).sql
		);
		const month = (d: string) =>
			IDLE.rows.filter((r) => r[0] === d).reduce((a, r) => a + (r[2] as number), 0);
		expect(Number(row.change)).toBe(month('2003-01-01') - month('2001-01-01'));
	});
	it('a total over the span stays a total', () => {
		expect(answer('total idle between 2001 and 2002', idle).sql).toContain('BETWEEN 2001 AND 2002');
	});
});

describe('the difference between two values of a column', () => {
	it('"the gap between black and white infant mortality in 1950" is the first minus the second', () => {
		const [row] = db.run(
			answer('what was the gap between black and white infant mortality in 1950', rates).sql
		);
		const at = (race: string) =>
			RATES.rows.find((r) => r[0] === race && r[1] === 1950)![2] as number;
		expect(Number(row.difference)).toBeCloseTo(at('black') - at('white'), 6);
	});
});

describe('"compare" with a list', () => {
	it('gives the listed values side by side, with confidence', () => {
		const rows = db.run(answer('compare average idle in 2001 and 2003 for farming', idle).sql);
		expect(rows.map((r) => r.year)).toEqual([2001, 2003]);
		// with nothing listed, "compare" is not understood
		expect(isRefusal(ask('compare idle', idle))).toBe(true);
	});
});

describe('spans and units said loosely', () => {
	it('"between June and August 2002": the first month is of the year said last', () => {
		expect(answer('average idle for farming between June and August 2002', idle).sql).toContain(
			`"date" >= DATE '2002-06-01' AND "date" < DATE '2002-09-01'`
		);
	});
	it('"idle people" of a column counting people places "people"', () => {
		const result = ask('which trade had the most idle people in 2002', idle);
		expect(isRefusal(result) ? result.reason : result.sql).toContain('sum("idle")');
	});
});

describe('an aggregate of the table the question names', () => {
	it('"when was construction unemployment highest" ranks the number the table is named for', () => {
		const jobless: TableSpec = {
			name: 'industry_unemployment',
			humanName: 'Unemployed by industry',
			columns: [
				['date', 'DATE'],
				['industry', 'VARCHAR'],
				['unemployed', 'BIGINT']
			],
			rows: IDLE.rows.map((r) => [r[0], r[1] === 'Farming' ? 'Construction' : 'Mining', r[2]])
		};
		const sql = answer('when was construction unemployment highest', {
			tables: [catalogTable(jobless)]
		}).sql;
		expect(sql).toContain('ORDER BY "unemployed" DESC');
	});
});

describe('a column named like a change', () => {
	it('stays that column: "average change between 2001 and 2002" averages `change`', () => {
		const moves: TableSpec = {
			name: 'price_moves',
			humanName: 'Price moves',
			columns: [
				['date', 'DATE'],
				['change', 'DOUBLE']
			],
			rows: Array.from({ length: 30 }, (_, i) => [`${2001 + (i % 3)}-0${1 + (i % 9)}-10`, i - 15])
		};
		const sql = answer('average change between 2001 and 2002', {
			tables: [catalogTable(moves)]
		}).sql;
		expect(sql).toContain('avg("change")');
		expect(sql).toContain('BETWEEN 2001 AND 2002');
	});
});
