/**
 * A length of time as a bound ("over 30 minutes", "more than an hour", "longer than 2 hours")
 * bounds the one column that holds how long each row lasted, in that column's unit; it is no
 * age ("patients over 4 hours"). With no such column the bound stays unplaced.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** Bike trips, with their length in minutes. */
const TRIPS: TableSpec = {
	name: 'bike_trips',
	humanName: 'Bike trips',
	columns: [
		['trip_id', 'BIGINT'],
		['start_station', 'VARCHAR'],
		['dur_min', 'BIGINT']
	],
	rows: Array.from({ length: 30 }, (_, i) => [i + 1, ['Quay', 'Park'][i % 2], 5 + 7 * i])
};

/** Emergency attendances: the patient's age and their time in the department. */
const ATTENDANCES: TableSpec = {
	name: 'ed_attendances',
	humanName: 'ED attendances',
	columns: [
		['attendance_id', 'VARCHAR'],
		['Age (yrs)', 'BIGINT'],
		['dept_mins', 'BIGINT']
	],
	rows: Array.from({ length: 30 }, (_, i) => [`ED-${i}`, 2 + 3 * i, 60 + 13 * i])
};

/** Loans with no length of time at all. */
const LOANS: TableSpec = {
	name: 'library_loans',
	humanName: 'Library loans',
	columns: [
		['Loan ID', 'BIGINT'],
		['Branch', 'VARCHAR']
	],
	rows: Array.from({ length: 10 }, (_, i) => [i + 1, ['North', 'South'][i % 2]])
};

describe('a length of time as a bound', () => {
	const trips = catalogOf(TRIPS);
	it("is in the column's own unit", () => {
		expect(answer('trips over 30 minutes', trips).sql).toContain('"dur_min" > 30');
		expect(answer('how many trips lasted more than an hour', trips).sql).toContain(
			'"dur_min" > 60'
		);
		expect(answer('trips shorter than 2 hours', trips).sql).toContain('"dur_min" < 120');
	});
	it('is no age', () => {
		const sql = answer('patients over 4 hours', catalogOf(ATTENDANCES)).sql;
		expect(sql).toContain('"dept_mins" > 240');
		expect(sql).not.toContain('Age');
	});
	it('stays unplaced where no column holds a length of time', () => {
		expect(isRefusal(ask('loans over 3 hours', catalogOf(LOANS)))).toBe(true);
	});
});
