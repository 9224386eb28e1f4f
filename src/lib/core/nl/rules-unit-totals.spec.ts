/**
 * "average daily revenue", "highest monthly sales", "average births per month": over rows finer
 * than the unit, the amount is totalled per unit first and the aggregate taken over the totals.
 * Rows that already are units, and measurements such as a temperature, are not totalled. One
 * unit said as one ("on any single day", "a day", "in a day") reads as "per day" does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const DAYS = 60;
/** Three products sold each day over 60 days from 2021-01-01: several rows a day. */
const SALES: TableSpec = {
	name: 'shop_sales',
	humanName: 'Shop sales',
	columns: [
		['sold_on', 'DATE'],
		['product', 'VARCHAR'],
		['revenue', 'BIGINT'],
		['unit_price', 'DOUBLE']
	],
	rows: Array.from({ length: DAYS * 3 }, (_, i) => {
		const day = new Date(Date.UTC(2021, 0, 1 + Math.floor(i / 3)));
		return [
			day.toISOString().slice(0, 10),
			['tea', 'cake', 'soup'][i % 3],
			10 + (i % 7) * 5,
			2.5 + (i % 3)
		];
	})
};

/** One row a day with a day's rainfall and temperature at two places. */
const RAIN: TableSpec = {
	name: 'rain_gauges',
	humanName: 'Rain gauges',
	columns: [
		['date', 'DATE'],
		['station', 'VARCHAR'],
		['precipitation', 'DOUBLE'],
		['temperature', 'DOUBLE']
	],
	rows: Array.from({ length: DAYS * 2 }, (_, i) => {
		const day = new Date(Date.UTC(2021, 0, 1 + Math.floor(i / 2)));
		return [day.toISOString().slice(0, 10), i % 2 ? 'North' : 'South', (i % 5) * 1.5, 4 + (i % 9)];
	})
};

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	for (const spec of [SALES, RAIN]) db.run(createTableSql(spec));
});
afterAll(() => db.close());

const sales = { tables: [catalogTable(SALES)] };
const rain = { tables: [catalogTable(RAIN)] };

function dailyTotals(): Map<string, number> {
	const totals = new Map<string, number>();
	for (const [day, , revenue] of SALES.rows) {
		totals.set(String(day), (totals.get(String(day)) ?? 0) + Number(revenue));
	}
	return totals;
}

function only(sql: string): number {
	const [row] = db.run(sql);
	return Number(Object.values(row)[0]);
}

describe('an amount totalled per unit of time', () => {
	it('"average daily revenue" averages the totals of the days', () => {
		const totals = [...dailyTotals().values()];
		const expected = totals.reduce((a, b) => a + b, 0) / totals.length;
		for (const q of ['average daily revenue', 'average revenue per day']) {
			const result = answer(q, sales);
			expect(only(result.sql)).toBeCloseTo(expected, 6);
			expect(result.interpretation.some((x) => /daily totals/.test(x.meaning))).toBe(true);
		}
	});
	it('"highest monthly revenue" is the best month\'s total', () => {
		const months = new Map<string, number>();
		for (const [day, total] of dailyTotals()) {
			months.set(day.slice(0, 7), (months.get(day.slice(0, 7)) ?? 0) + total);
		}
		expect(only(answer('highest monthly revenue', sales).sql)).toBe(Math.max(...months.values()));
	});
	it('keeps the groups and the conditions of the question', () => {
		const result = answer('average daily revenue by product in january 2021', sales);
		const rows = db.run(result.sql);
		expect(rows.map((r) => r.product)).toEqual(['cake', 'soup', 'tea']);
		const tea = SALES.rows.filter((r) => r[1] === 'tea' && String(r[0]) < '2021-02-01');
		const expected = tea.reduce((a, r) => a + Number(r[2]), 0) / 31;
		expect(Number(Object.values(rows[2]).at(-1))).toBeCloseTo(expected, 6);
	});
	it('"total monthly revenue" gives each month its total', () => {
		const months = new Map<string, number>();
		for (const [day, total] of dailyTotals()) {
			months.set(day.slice(0, 7), (months.get(day.slice(0, 7)) ?? 0) + total);
		}
		const rows = db.run(answer('total monthly revenue', sales).sql);
		expect(rows.map((r) => Number(Object.values(r).at(-1)))).toEqual([...months.values()]);
	});
});

describe('the most said of one unit of time', () => {
	it('"most revenue in a single day" is the best day\'s total', () => {
		const best = Math.max(...dailyTotals().values());
		for (const q of [
			'most revenue in a single day',
			"what's the most revenue we've taken in a day"
		]) {
			expect(only(answer(q, sales).sql)).toBe(best);
		}
	});
	it('"least revenue in one day" is the worst day\'s total', () => {
		expect(only(answer('least revenue in one day', sales).sql)).toBe(
			Math.min(...dailyTotals().values())
		);
	});
	it('"lowest revenue on any single day" is the worst day\'s total too', () => {
		expect(only(answer('lowest revenue on any single day', sales).sql)).toBe(
			Math.min(...dailyTotals().values())
		);
	});
	it('"average revenue a day", "… in a day" are the average of the days\' totals', () => {
		const totals = [...dailyTotals().values()];
		const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
		for (const q of ['average revenue a day', 'average revenue we take in a day']) {
			expect(only(answer(q, sales).sql)).toBeCloseTo(mean, 6);
		}
	});
	it('a day said as a condition is no unit ("average revenue on a day when …")', () => {
		const said = ask('average revenue on a day when soup sold', sales);
		expect(isRefusal(said) ? '' : said.sql).not.toContain('"totals"');
	});
});

describe('rows counted per unit of time', () => {
	it('"average number of sales per day" averages the counts of the days', () => {
		for (const q of [
			'average number of shop sales per day',
			'how many shop sales per day on average'
		]) {
			expect(only(answer(q, sales).sql)).toBe(3);
		}
	});
	it('"median number of sales per month" is the median of the months\' counts', () => {
		// January 93 rows, February 84, March 3
		expect(only(answer('median number of shop sales per month', sales).sql)).toBe(84);
	});
	it('counts readings of several stations a day per day', () => {
		expect(only(answer('average number of rain gauges per day', rain).sql)).toBe(2);
	});
});

describe('what is not totalled', () => {
	it('a measurement such as a price is averaged over the rows', () => {
		const sql = answer('average daily unit price', sales).sql;
		expect(sql).not.toContain('sum(');
		const prices = SALES.rows.map((r) => Number(r[3]));
		expect(only(sql)).toBeCloseTo(prices.reduce((a, b) => a + b, 0) / prices.length, 6);
	});
	it('rainfall at two places a day is not added across the places', () => {
		const daily = answer('average daily precipitation', rain).sql;
		expect(daily).not.toContain('sum(');
		// a month's rainfall over two stations has no single reading: the engine asks
		expect(isRefusal(ask('average monthly precipitation', rain))).toBe(true);
	});
});
