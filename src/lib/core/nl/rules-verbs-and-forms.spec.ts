/**
 * Verbs and word forms: a verb that crosses a bound ("topped", "fell below"), a participle a
 * column's name shortens ("adjusted" → `Adj Close`), "rank the X by", and "the first trading day".
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

/** A stock's daily prices over two years. */
const QUOTES: TableSpec = {
	name: 'quotes',
	humanName: 'Stock prices',
	columns: [
		['Date', 'DATE'],
		['Open', 'DOUBLE'],
		['Close', 'DOUBLE'],
		['Adj Close', 'DOUBLE'],
		['Volume', 'BIGINT']
	],
	rows: Array.from({ length: 60 }, (_, i) => {
		const day = new Date(Date.UTC(2016, 11, 20 + i)).toISOString().slice(0, 10);
		return [day, 100 + i, 101 + i, 99 + i, 40_000_000 + i * 1_000_000];
	})
};

const catalog = ruleCatalog(QUOTES);

describe('verbs that cross a bound', () => {
	it('read as comparisons', () => {
		expect(answer('days when volume topped 60 million', catalog).sql).toContain(
			'"Volume" > 60000000'
		);
		expect(answer('days when the close fell below 120', catalog).sql).toContain('"Close" < 120');
	});
});

describe('word forms', () => {
	it('a participle the column name shortens', () => {
		expect(answer('average adjusted close', catalog).sql).toContain('avg("Adj Close")');
	});
	it('"rank the X by" past the article', () => {
		const gems: TableSpec = {
			name: 'gems',
			humanName: 'Diamonds',
			columns: [
				['cut', 'VARCHAR'],
				['price', 'INTEGER']
			],
			rows: Array.from({ length: 30 }, (_, i) => [['Ideal', 'Good', 'Fair'][i % 3], 500 + i * 40])
		};
		const sql = answer('rank the cuts by average price', ruleCatalog(gems)).sql;
		expect(sql).toContain('SELECT "cut", avg("price")');
		expect(sql).toMatch(/ORDER BY "average_price" DESC/);
	});
	it('"the first trading day" of a year is its earliest date', () => {
		const sql = answer('opening price on the first trading day of 2017', catalog).sql;
		expect(sql).toContain('year("Date") = 2017');
		expect(sql).toMatch(/ORDER BY "Date" ASC NULLS LAST\s+LIMIT 1/);
	});
});

describe('records', () => {
	it('"all-time high" and "record low" are the extremes', () => {
		expect(answer('what was the all-time high close', catalog).sql).toContain('max("Close")');
		expect(answer('record low volume', catalog).sql).toContain('min("Volume")');
	});
});

describe('acronyms and glued flags', () => {
	const zones: TableSpec = {
		name: 'zones',
		humanName: 'Time zones',
		columns: [
			['value', 'VARCHAR'],
			['offset', 'DOUBLE'],
			['isdst', 'BOOLEAN']
		],
		rows: Array.from({ length: 20 }, (_, i) => [`Zone ${i}`, i - 10, i % 3 === 0])
	};
	it('"daylight saving" names an `isdst` column, with or without "time"', () => {
		const catalog = ruleCatalog(zones);
		expect(answer('highest offset without daylight saving', catalog).sql).toMatch(
			/WHERE "isdst" <> '?true'?/
		);
		expect(answer('lowest offset of zones with daylight saving time', catalog).sql).toMatch(
			/WHERE "isdst" = '?true'?/
		);
	});
});

describe('one column against another', () => {
	it('compares them row by row', () => {
		expect(answer('number of days the stock closed higher than it opened', catalog).sql).toContain(
			'WHERE "Close" > "Open"'
		);
		expect(answer('days when close was lower than open', catalog).sql).toContain(
			'WHERE "Close" < "Open"'
		);
	});
	it('still compares with a number when one follows', () => {
		expect(answer('days where the close was greater than 110', catalog).sql).toContain(
			'"Close" > 110'
		);
	});
});

describe('verbs that only link a subject to its value', () => {
	const homes: TableSpec = {
		name: 'homes',
		humanName: 'Households',
		columns: [
			['household', 'VARCHAR'],
			['heating', 'VARCHAR'],
			['members', 'INTEGER']
		],
		rows: Array.from({ length: 24 }, (_, i) => [
			`H${i}`,
			['Gas', 'Heat pump', 'Wood'][i % 3],
			1 + (i % 5)
		])
	};
	const catalog = ruleCatalog(homes);
	it('"use", "took" and "won" leave the reading as it is', () => {
		expect(answer('how many households use heat pump heating', catalog).sql).toContain(
			`WHERE "heating" = 'Heat pump'`
		);
		expect(answer('average members of households that used wood heating', catalog).sql).toContain(
			`WHERE "heating" = 'Wood'`
		);
		expect(answer('count households that took gas heating', catalog).sql).toContain(
			`WHERE "heating" = 'Gas'`
		);
		expect(answer('households that won more than 3 members', catalog).sql).toContain(
			'"members" > 3'
		);
	});
});

describe('a kind word before "of"', () => {
	it('classifies, even when the table is named with it', () => {
		const engines: TableSpec = {
			name: 'engine_types',
			humanName: 'Engine types',
			columns: [
				['model', 'VARCHAR'],
				['engine', 'VARCHAR']
			],
			rows: Array.from({ length: 30 }, (_, i) => [`M${i}`, ['Diesel', 'Petrol', 'Electric'][i % 3]])
		};
		const catalog = ruleCatalog(engines);
		for (const q of ['how many types of engine are there', 'how many different kinds of engine']) {
			expect(answer(q, catalog).sql).toContain('count(DISTINCT "engine")');
		}
	});
});
