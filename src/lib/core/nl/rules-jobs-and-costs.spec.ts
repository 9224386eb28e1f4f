/**
 * "jobs" names the rows of a table of work done for someone (a technician, a driver, a fault
 * and its priority), not of any table; money of a kind (`Repair Cost (£)`) is named by its
 * last word ("cost"), before a terse column that "cost" only resembles (`pri`). Time worked
 * or lost (`labour_hrs`, `Downtime (hrs)`) adds up; how long each row took is averaged.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A factory's work orders: a machine's fault, its priority, who fixed it. */
const ORDERS: TableSpec = {
	name: 'work_orders',
	humanName: 'Work orders',
	columns: [
		['WO Number', 'VARCHAR'],
		['machine', 'VARCHAR'],
		['faultType', 'VARCHAR'],
		['pri', 'VARCHAR'],
		['Technician', 'VARCHAR'],
		['Status', 'VARCHAR']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`WO-${5000 + i}`,
		['Press 1', 'Lathe 2', 'Oven'][i % 3],
		['Electrical', 'Hydraulic'][i % 2],
		['Urgent', 'High', 'Low'][i % 3],
		['Priya', 'Tom'][i % 2],
		['Open', 'Closed'][i % 4 === 0 ? 0 : 1]
	])
};

/** Street repairs: a terse priority `pri` and the repair's cost. */
const REPAIRS: TableSpec = {
	name: 'street_repairs',
	humanName: 'Street repairs',
	columns: [
		['Report Ref', 'VARCHAR'],
		['Ward', 'VARCHAR'],
		['pri', 'VARCHAR'],
		['Status', 'VARCHAR'],
		['Repair Cost (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`SR-${100 + i}`,
		['Castle', 'Abbey'][i % 2],
		['High', 'Low'][i % 2],
		['Open', 'Closed'][i % 2],
		i % 5 === 0 ? null : 100 + 10 * i
	])
};

/** Repairs logged by day: labour and downtime add up, the response time is each job's. */
const LOGGED: TableSpec = {
	name: 'machine_jobs',
	humanName: 'Machine jobs',
	columns: [
		['Reported At', 'DATE'],
		['Technician', 'VARCHAR'],
		['labour_hrs', 'DOUBLE'],
		['Downtime (hrs)', 'DOUBLE'],
		['firstResponseHrs', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Priya', 'Tom'][i % 2],
		1 + (i % 5),
		0.5 * (i % 7),
		2 + (i % 3)
	])
};

/** Library loans: nothing about work done for anyone. */
const LOANS: TableSpec = {
	name: 'library_loans',
	humanName: 'Library loans',
	columns: [
		['Loan ID', 'BIGINT'],
		['Title', 'VARCHAR'],
		['Branch', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [i + 1, `Book ${i}`, ['North', 'South'][i % 2]])
};

describe('"jobs"', () => {
	it('are the rows of work orders', () => {
		expect(answer('how many jobs has priya done', catalogOf(ORDERS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "work_orders"\nWHERE "Technician" = \'Priya\''
		);
		expect(answer('urgent jobs by machine', catalogOf(ORDERS)).sql).toContain('GROUP BY');
	});
	it('are no rows of library loans', () => {
		const result = ask('how many jobs', catalogOf(LOANS));
		expect(isRefusal(result)).toBe(true);
	});
});

describe('time worked or lost', () => {
	it('adds up: "labour hours per technician", "downtime by technician"', () => {
		const logged = catalogOf(LOGGED);
		expect(answer('labour hours per technician', logged).sql).toContain('sum("labour_hrs")');
		expect(answer('downtime by technician', logged).sql).toContain('sum("Downtime (hrs)")');
	});
	it('is not how long each job took to answer, which averages', () => {
		expect(answer('first response hrs by technician', catalogOf(LOGGED)).sql).toContain(
			'avg("firstResponseHrs")'
		);
	});
});

describe('money named by its last word', () => {
	it('"cost" is the repair cost, not the terse `pri`', () => {
		expect(answer('average cost', catalogOf(REPAIRS)).sql).toBe(
			'SELECT avg("Repair Cost (£)") AS "average_repair_cost"\nFROM "street_repairs"'
		);
		expect(answer('how many closed repairs have no cost', catalogOf(REPAIRS)).sql).toContain(
			'"Repair Cost (£)" IS NULL'
		);
	});
});
