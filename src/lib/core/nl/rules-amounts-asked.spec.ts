/**
 * Amounts asked for as a whole: "… altogether", and an amount named first and limited
 * ("sessions from outside france") are totals; money in a column named with its currency adds
 * up. "How many different" of a value, rows grouped by an identifier, and a stored length beside
 * two dates are no sure reading of something else. Money spent is what a statement pays out;
 * an acronym among a column's words has a plural ("SUVs"). "What's X" of many rows a condition
 * only sorts is unsure; a phrase spells no column whose name one of its words shortens. "The most"
 * of a column of words is no order of those words.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A bank statement: money out in pounds, a category, how it was paid. */
const BANK: TableSpec = {
	name: 'bank_transactions',
	humanName: 'Bank transactions',
	columns: [
		['txn_id', 'VARCHAR'],
		['Transaction Date', 'DATE'],
		['Category', 'VARCHAR'],
		['pmt_type', 'VARCHAR'],
		['Paid Out (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`T${i}`,
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Rent', 'Groceries', 'Eating Out'][i % 3],
		['Direct Debit', 'Card'][i % 2],
		20 + 5 * i
	])
};

/** Daily web analytics: sessions by country. */
const SITE: TableSpec = {
	name: 'site_analytics',
	humanName: 'Site analytics',
	columns: [
		['Date', 'DATE'],
		['Country', 'VARCHAR'],
		['Sessions', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2024-0${1 + (i % 9)}-0${1 + (i % 8)}`,
		['United Kingdom', 'France', 'Spain'][i % 3],
		30 + (i % 4)
	])
};

/** Car rentals: a pickup, a return and the days stored. */
const RENTALS: TableSpec = {
	name: 'car_rentals',
	humanName: 'Car rentals',
	columns: [
		['rental_id', 'VARCHAR'],
		['Pickup Time', 'TIMESTAMP'],
		['Return Time', 'TIMESTAMP'],
		['Model', 'VARCHAR'],
		['customerType', 'VARCHAR'],
		['days', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`R${i}`,
		`2024-03-0${1 + (i % 9)} 09:00:00`,
		`2024-03-1${i % 10} 17:00:00`,
		['Fiat 500', 'VW Golf', 'Kia Ceed'][i % 3],
		['Business', 'Leisure'][i % 2],
		1 + (i % 5)
	])
};

describe('an amount asked for as a whole', () => {
	it('is totalled when the question says "altogether"', () => {
		expect(answer('how much have I paid out on rent altogether', catalogOf(BANK)).sql).toBe(
			'SELECT sum("Paid Out (£)") AS "total_paid_out"\nFROM "bank_transactions"\nWHERE "Category" = \'Rent\''
		);
	});
	it('is totalled when named first and limited ("sessions from outside france")', () => {
		expect(answer('sessions from outside france', catalogOf(SITE)).sql).toBe(
			'SELECT sum("Sessions") AS "total_sessions"\nFROM "site_analytics"\nWHERE "Country" <> \'France\''
		);
	});
	it('is listed when the question asks to see it ("show sessions from france")', () => {
		expect(answer('show sessions from france', catalogOf(SITE)).sql).toMatch(/^SELECT "Sessions"/);
	});
	it('adds up when it is money named with its currency ("paid out by category")', () => {
		expect(answer('paid out by category', catalogOf(BANK)).sql).toContain('sum("Paid Out (£)")');
	});
});

describe('an amount said with times to compare', () => {
	it('is totalled for each ("france sessions 2023 vs 2024")', () => {
		const site = {
			...SITE,
			rows: SITE.rows.map((r, i) => [`${2023 + (i % 2)}-0${1 + (i % 9)}-01`, r[1], r[2]])
		};
		expect(answer('france sessions 2023 vs 2024', catalogOf(site)).sql).toBe(
			'SELECT year("Date") AS "year", sum("Sessions") AS "total_sessions"\nFROM "site_analytics"\nWHERE "Country" = \'France\'\n  AND year("Date") IN (2023, 2024)\nGROUP BY 1\nORDER BY 1'
		);
	});
});

describe('readings that would answer something else', () => {
	it('"how many different" of a value is unsure (different what?)', () => {
		expect(isRefusal(ask('how many different direct debits have i got', catalogOf(BANK)))).toBe(
			true
		);
	});
	it('a word is no short form of a name run together ("rent" of `rental_id`)', () => {
		expect(answer('how many different models do we rent out', catalogOf(RENTALS)).sql).toBe(
			'SELECT count(DISTINCT "Model") AS "distinct_model"\nFROM "car_rentals"'
		);
	});
	it('a stored length leaves no hours to derive from the two times', () => {
		const result = ask('average hours to return by customer type', catalogOf(RENTALS));
		expect(isRefusal(result) ? result.reason : result.sql).not.toContain('epoch');
		const withoutDays = { ...RENTALS, columns: RENTALS.columns.slice(0, 5) };
		const rows = RENTALS.rows.map((r) => r.slice(0, 5));
		const derived = ask(
			'average hours to return by customer type',
			catalogOf({ ...withoutDays, rows })
		);
		expect(isRefusal(derived) ? derived.reason : derived.sql).toContain('epoch');
	});
});

describe('words of money and of things', () => {
	it('reads money spent as what a statement pays out ("total spent on groceries")', () => {
		expect(answer('total spent on groceries', catalogOf(BANK)).sql).toBe(
			'SELECT sum("Paid Out (£)") AS "total_paid_out"\nFROM "bank_transactions"\nWHERE "Category" = \'Groceries\''
		);
	});
	it('reads the plural of an acronym among other words ("SUVs" for SUV)', () => {
		const cars: TableSpec = {
			name: 'fleet',
			humanName: 'Fleet',
			columns: [
				['car_class', 'VARCHAR'],
				['rate', 'DOUBLE']
			],
			rows: Array.from({ length: 6 }, (_, i) => [['Economy', 'SUV', 'Estate'][i % 3], 30 + i])
		};
		expect(answer('average rate for suvs', catalogOf(cars)).sql).toContain(
			'WHERE "car_class" = \'SUV\''
		);
	});
});

describe('one number asked of many rows', () => {
	it('is unsure when a condition only sorts the rows ("what\'s the sessions from france")', () => {
		expect(isRefusal(ask("what's the sessions from france", catalogOf(SITE)))).toBe(true);
	});
});

describe('initials of a phrase', () => {
	it('spell no column whose name one of its words shortens ("population of Peru" is no `pop`)', () => {
		const world: TableSpec = {
			name: 'world',
			humanName: 'World',
			columns: [
				['country', 'VARCHAR'],
				['pop', 'BIGINT']
			],
			rows: [
				['Peru', 33_000_000],
				['Chile', 19_000_000]
			]
		};
		expect(answer('what is the population of Peru', catalogOf(world)).sql).toContain(
			'WHERE "country" = \'Peru\''
		);
	});
});

describe('"the most" of a column of words', () => {
	it('is no order of the words themselves ("which rentals had the most models")', () => {
		const result = ask('which rentals had the most models', catalogOf(RENTALS));
		expect(isRefusal(result) || !/ORDER BY "Model"/.test(result.sql)).toBe(true);
	});
});
