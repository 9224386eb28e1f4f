/**
 * "The most jobs" of a workshop's repairs numbered by `Job No`: the plural of what a number
 * tells apart counts those things; a total or an average of the numbers means nothing. "How
 * many bikes" of a `bike_type` counts the bikes (the rows), not the types. Digits typed with a
 * leading zero ("code 07") are a code, and a unit ("tonnes") is never a misspelt value.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { isRefusal } from './types';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { BIKE_JOBS } from '$test/nl/service-tables';

describe('the plural of what a number tells apart', () => {
	const repairs = catalogOf(BIKE_JOBS);
	it('counts the things ("the most jobs")', () => {
		expect(answer('which mechanic has done the most jobs', repairs).sql).toBe(
			'SELECT "Mechanic", count(DISTINCT "Job No") AS "distinct_job_no"\nFROM "cycle_repairs"\n' +
				'WHERE "Mechanic" IS NOT NULL\nGROUP BY 1\n' +
				'QUALIFY rank() OVER (ORDER BY count(DISTINCT "Job No") DESC NULLS LAST) = 1\n' +
				'ORDER BY "distinct_job_no" DESC NULLS LAST, 1'
		);
	});
	it('never totals or averages the numbers', () => {
		for (const q of ['which mechanic has done the most jobs', 'jobs by mechanic']) {
			expect(answer(q, repairs).sql).not.toMatch(/(sum|avg)\("Job No"\)/);
		}
	});
});

describe('the plural of the things a kind column sorts', () => {
	const repairs = catalogOf(BIKE_JOBS);
	it('counts the rows, one thing each ("how many bikes" of `bike_type`)', () => {
		expect(answer('how many bikes in 2023', repairs).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "cycle_repairs"\nWHERE year("Booked In") = 2023'
		);
	});
	it('still counts the kinds when asked for different ones', () => {
		expect(answer('how many different bikes', repairs).sql).toContain(
			'count(DISTINCT "bike_type")'
		);
	});
});

describe('rows counted and named by the plural of their number', () => {
	const repairs = catalogOf(BIKE_JOBS);
	it('are the rows, not a column to group by ("percentage of jobs")', () => {
		expect(answer('what percentage of jobs were done under warranty', repairs).sql).toBe(
			`SELECT 100.0 * count(*) FILTER (WHERE "Warranty" = 'true') / count(*) AS "percent_count"\nFROM "cycle_repairs"`
		);
	});
	it('"under" a yes/no column is the rows where it holds', () => {
		expect(answer('how many jobs were done under warranty', repairs).sql).toBe(
			`SELECT count(*) AS "count"\nFROM "cycle_repairs"\nWHERE "Warranty" = 'true'`
		);
	});
});

describe('digits typed with a leading zero', () => {
	const coded: TableSpec = {
		name: 'coded_jobs',
		humanName: 'Coded jobs',
		columns: [
			['Job No', 'BIGINT'],
			['Service Code', 'VARCHAR'],
			['Mechanic', 'VARCHAR']
		],
		rows: Array.from({ length: 26 }, (_, i) => [
			10001 + i,
			`0${1 + (i % 9)}`,
			['Dave', 'Sam'][i % 2]
		])
	};
	const jobs = catalogOf(coded);
	it('are the code a text column holds, not how many', () => {
		const sql = answer('jobs with service code 07', jobs).sql;
		expect(sql).toContain(`"Service Code" = '07'`);
		expect(sql).not.toContain('LIMIT');
	});
});

describe('units and items', () => {
	const orders: TableSpec = {
		name: 'plant_orders',
		humanName: 'Plant orders',
		columns: [
			['order_no', 'VARCHAR'],
			['Customer Town', 'VARCHAR'],
			['qty', 'BIGINT']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			`NO-${i}`,
			['Totnes', 'Exeter', 'Dartmouth'][i % 3],
			1 + (i % 4)
		])
	};
	it('"items" are what the quantity counts', () => {
		expect(answer('how many items were returned', catalogOf(orders)).sql).toBe(
			'SELECT sum("qty") AS "total_qty"\nFROM "plant_orders"'
		);
	});
	it('is never a misspelt value ("tonnes" is not Totnes)', () => {
		const result = ask('how many tonnes did we sell', catalogOf(orders));
		expect(isRefusal(result) ? '' : result.sql).not.toContain('Totnes');
	});
});

describe('things told apart beside their kinds', () => {
	const loads: TableSpec = {
		name: 'site_loads',
		humanName: 'Site loads',
		columns: [
			['Ticket No', 'BIGINT'],
			['Vehicle Reg', 'VARCHAR'],
			['vehicle_type', 'VARCHAR']
		],
		rows: Array.from({ length: 20 }, (_, i) => [
			50001 + i,
			`KP7${i % 8} GHO`,
			['Van', 'Tipper', 'Skip lorry'][i % 3]
		])
	};
	it('the plural counts the things, not their kinds ("how many vehicles")', () => {
		expect(answer('how many different vehicles', catalogOf(loads)).sql).toBe(
			'SELECT count(DISTINCT "Vehicle Reg") AS "distinct_vehicle_reg"\nFROM "site_loads"'
		);
	});
});
