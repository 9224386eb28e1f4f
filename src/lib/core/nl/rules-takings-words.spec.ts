/**
 * The money each row brought in, named as people name it: "the average bill", "the biggest
 * bill we have ever charged", "how much have we taken in cash", "which show took the most",
 * "which customer do we bill the most". A table with no one column of takings leaves the
 * words unplaced.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A bike workshop's jobs: who, what, what it cost and how it was paid. */
const JOBS: TableSpec = {
	name: 'bike_jobs',
	humanName: 'Bike jobs',
	columns: [
		['Job No', 'BIGINT'],
		['Booked In', 'DATE'],
		['Customer', 'VARCHAR'],
		['Service', 'VARCHAR'],
		['Total (£)', 'DOUBLE'],
		['payment_method', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		10001 + i,
		`202${3 + (i % 2)}-0${1 + (i % 9)}-12`,
		['Ann Lee', 'Raj Dev', 'Sue Hart'][i % 3],
		['Full service', 'Puncture repair'][i % 2],
		20 + (i % 7) * 15,
		['Card', 'Cash', 'Card', 'Bank transfer'][i % 4]
	])
};

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
	const jobs = catalogOf(JOBS);
	it('a bill is that money', () => {
		expect(answer('average bill for a full service', jobs).sql).toBe(
			'SELECT avg("Total (£)") AS "average_total"\nFROM "bike_jobs"\n' +
				`WHERE "Service" = 'Full service'`
		);
		expect(answer('biggest bill we have ever charged', jobs).sql).toBe(
			'SELECT max("Total (£)") AS "max_total"\nFROM "bike_jobs"'
		);
	});
	it('"how much" with a verb of money coming in totals it', () => {
		expect(answer('how much have we taken in cash', jobs).sql).toBe(
			'SELECT sum("Total (£)") AS "total_total"\nFROM "bike_jobs"\n' +
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
