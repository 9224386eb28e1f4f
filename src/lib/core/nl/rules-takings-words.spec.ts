/**
 * The money each row brought in, named as people name it: "the average bill", "the biggest
 * bill we have ever charged", "how much have we taken in cash", "which show took the most",
 * "which customer do we bill the most". A table with no one column of takings leaves the
 * words unplaced.
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
