/**
 * The money each row brought in, named as people name it: "the average bill", "the biggest
 * bill we have ever charged", "how much have we taken in cash", "which show took the most",
 * "which customer do we bill the most". A table with no one column of takings leaves the
 * words unplaced. "How much did we take from dogs" totals all of them; "how much did we spend"
 * totals the one amount a log of purchases paid.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { BIKE_JOBS } from '$test/nl/service-tables';
import { isRefusal } from './types';

/** An agency's invoices: net, VAT and gross, no one of them the takings. */
const INVOICES: TableSpec = {
	name: 'invoices',
	humanName: 'Invoices',
	columns: [
		['Invoice', 'VARCHAR'],
		['Client', 'VARCHAR'],
		['Net (£)', 'DOUBLE'],
		['VAT (£)', 'DOUBLE'],
		['Gross (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`INV-${i}`,
		['Acme', 'Birch'][i % 2],
		100 + i,
		20 + i / 5,
		120 + i * 1.2
	])
};

describe('words for the money a row brought in', () => {
	const jobs = catalogOf(BIKE_JOBS);
	it('a bill is that money', () => {
		expect(answer('average bill for a full service', jobs).sql).toBe(
			'SELECT avg("Total (£)") AS "average_total"\nFROM "cycle_repairs"\n' +
				`WHERE "Service" = 'Full service'`
		);
		expect(answer('biggest bill we have ever charged', jobs).sql).toBe(
			'SELECT max("Total (£)") AS "max_total"\nFROM "cycle_repairs"'
		);
	});
	it('"how much" with a verb of money coming in totals it', () => {
		expect(answer('how much have we taken in cash', jobs).sql).toBe(
			'SELECT sum("Total (£)") AS "total_total"\nFROM "cycle_repairs"\n' +
				`WHERE "payment_method" = 'Cash'`
		);
	});
	it('"the most" with such a verb ranks by the total', () => {
		for (const q of ['which customer do we bill the most', 'which customer took the most']) {
			expect(answer(q, jobs).sql).toContain(
				'QUALIFY rank() OVER (ORDER BY sum("Total (£)") DESC NULLS LAST) = 1'
			);
		}
	});
	it('with no one column of takings, the words stay unplaced', () => {
		const result = ask('which client do we bill the most', catalogOf(INVOICES));
		expect(isRefusal(result) && result.reason).toContain('"bill"');
		expect(isRefusal(ask('how much did we take', catalogOf(INVOICES)))).toBe(true);
	});
});

/** A dog day-care's visits: a price per visit and a late fee on top of it. */
const DAYCARE: TableSpec = {
	name: 'dog_daycare',
	humanName: 'Dog daycare',
	columns: [
		['Visit Date', 'DATE'],
		['Dog', 'VARCHAR'],
		['sessionType', 'VARCHAR'],
		['Price (£)', 'DOUBLE'],
		['late_fee', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`202${3 + (i % 2)}-0${1 + (i % 9)}-10`,
		['Rex', 'Nala', 'Biscuit'][i % 3],
		['Full Day', 'Half Day'][i % 2],
		20 + i,
		i % 4 === 0 ? 5 : null
	])
};

/** A wine cellar: one amount of money, what each bottle cost. */
const CELLAR: TableSpec = {
	name: 'wine_cellar',
	humanName: 'Wine cellar',
	columns: [
		['Wine', 'VARCHAR'],
		['Date Bought', 'DATE'],
		['Price Paid (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		['Rioja', 'Chablis', 'Barolo'][i % 3],
		`202${3 + (i % 2)}-0${1 + i}-05`,
		12 + i
	])
};

describe('"how much" with a verb of money', () => {
	const daycare = catalogOf(DAYCARE);
	it('is the price, a late fee being an extra on top ("how much did we make in 2023")', () => {
		expect(answer('how much did we make in 2023', daycare).sql).toBe(
			'SELECT sum("Price (£)") AS "total_price"\nFROM "dog_daycare"\nWHERE year("Visit Date") = 2023'
		);
	});
	it('totals all of those it came from ("how much did we take from dogs")', () => {
		const all = answer('how much did we take from dogs in 2024', daycare);
		expect(all.sql).toBe(
			'SELECT sum("Price (£)") AS "total_price"\nFROM "dog_daycare"\nWHERE year("Visit Date") = 2024'
		);
		expect(all.interpretation).toContainEqual(
			expect.objectContaining({ words: 'dogs', meaning: 'all of "Dog" together' })
		);
	});
	it('of each of them when asked so ("how much did each dog bring in")', () => {
		expect(answer('how much did each dog bring in', daycare).sql).toContain(
			'SELECT "Dog", sum("Price (£)")'
		);
	});
	it('"spend" totals what a log of purchases paid ("how much did we spend on wine")', () => {
		expect(answer('how much did we spend on wine in 2024', catalogOf(CELLAR)).sql).toBe(
			'SELECT sum("Price Paid (£)") AS "total_price_paid"\nFROM "wine_cellar"\n' +
				'WHERE year("Date Bought") = 2024'
		);
	});
	it('a word before "in" a name column is no text of it without "the" ("paid in membership")', () => {
		const loans = catalogOf({
			name: 'tool_loans',
			humanName: 'Tool loans',
			columns: [
				['Member No', 'VARCHAR'],
				['memberName', 'VARCHAR'],
				['Tool', 'VARCHAR'],
				['Late Fee (£)', 'DOUBLE']
			],
			rows: Array.from({ length: 10 }, (_, i) => [
				`00${i % 4}`,
				['Ann Paid', 'Bo Lee', 'Cy Ng', 'Di Fox'][i % 4],
				['Drill', 'Saw'][i % 2],
				i % 3 === 0 ? 2 : null
			])
		});
		const fees = ask('how much have members paid in membership fees', loans);
		expect(isRefusal(fees) ? '' : fees.sql).not.toContain('contains');
	});
});
