/**
 * A bus service's route log: the plural of a one-word yes/no column said as the rows' noun
 * ("breakdowns by vehicle", "list 2024 breakdowns") keeps the rows where it holds, even before
 * "by"; a year of the data before a plural is when, not how many to list; the column a count of
 * different values counts, said again as a verb ("drivers have driven"), groups nothing; and a
 * word related in meaning never reaches a column of numbers that tell rows apart. Of two dates
 * that say when a row began, the row's time is the one no row leaves empty. The noun of what a
 * yes/no column says happened ("cancellations" of `Cancelled`) keeps the rows where it did, and
 * after a wait ("awaiting approval") those where it has not yet.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A day's run of a route: driver, vehicle, passengers, and whether the bus broke down. */
const LOG: TableSpec = {
	name: 'bus_route_log',
	humanName: 'Bus route log',
	columns: [
		['log_id', 'BIGINT'],
		['service_date', 'DATE'],
		['Route', 'VARCHAR'],
		['Driver', 'VARCHAR'],
		['Vehicle Reg', 'VARCHAR'],
		['Passengers', 'BIGINT'],
		['Breakdown', 'BOOLEAN']
	],
	rows: Array.from({ length: 36 }, (_, i) => [
		1 + i,
		`${2023 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
		['Town Hopper', 'Hospital Link'][i % 2],
		['Ann', 'Raj', 'Tom'][i % 3],
		['YX21 ABC', 'YX22 DEF'][i % 2],
		10 + i,
		i % 5 === 0
	])
};

/** Returns: requested at a time, received on a day (not yet for those in transit). */
const RETURNS: TableSpec = {
	name: 'customer_returns',
	humanName: 'Customer returns',
	columns: [
		['Return No', 'VARCHAR'],
		['orderNo', 'BIGINT'],
		['Category', 'VARCHAR'],
		['Requested At', 'TIMESTAMP'],
		['received_date', 'DATE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`R-${100 + i}`,
		5000 + i,
		['Lamp', 'Rug'][i % 2],
		`2024-0${1 + (i % 9)}-10 10:00:00`,
		i % 6 === 0 ? null : `2024-0${1 + (i % 9)}-14`
	])
};

describe('a route log', () => {
	const log = catalogOf(LOG);
	it('keeps the rows a plural yes/no noun names, before "by" too', () => {
		expect(answer('breakdowns by vehicle', log).sql).toBe(
			'SELECT "Vehicle Reg", count(*) AS "count"\nFROM "bus_route_log"\nWHERE "Breakdown" = \'true\'\nGROUP BY 1\nORDER BY 1'
		);
	});
	it('reads a year before the plural as when', () => {
		const sql = answer('list 2024 breakdowns with date and route', log).sql;
		expect(sql).toContain('year("service_date") = 2024');
		expect(sql).toContain('"Breakdown" = \'true\'');
		expect(sql).not.toContain('LIMIT');
	});
	it('counts different drivers once, whatever verb follows', () => {
		expect(answer('how many different drivers have driven for us', log).sql).toBe(
			'SELECT count(DISTINCT "Driver") AS "distinct_driver"\nFROM "bus_route_log"'
		);
	});
});

describe('the time of a row', () => {
	it('is the one every row has, of two that say when it began', () => {
		expect(answer('returns per month', catalogOf(RETURNS)).sql).toContain(
			'date_trunc(\'month\', "Requested At")'
		);
	});
});

/** Hall bookings: the event, cancelled or not, approved or not. */
const HALL: TableSpec = {
	name: 'hall_bookings',
	humanName: 'Hall bookings',
	columns: [
		['booking_ref', 'BIGINT'],
		['Booking Date', 'DATE'],
		['room', 'VARCHAR'],
		['eventType', 'VARCHAR'],
		['Cancelled', 'BOOLEAN'],
		['Approved', 'BOOLEAN'],
		['attendees', 'BIGINT'],
		['Start', 'TIME'],
		['End Time', 'TIME']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		100 + i,
		`${2023 + (i % 2)}-0${1 + (i % 9)}-05`,
		['Main Hall', 'Small Room'][i % 2],
		['Wedding Reception', 'Fitness Class', 'Meeting'][i % 3],
		i % 4 === 0,
		i % 3 !== 0,
		10 + 5 * i,
		`${String(8 + (i % 13)).padStart(2, '0')}:30:00`,
		`${String(10 + (i % 13)).padStart(2, '0')}:30:00`
	])
};

describe('the noun of what a yes/no column says happened', () => {
	const hall = catalogOf(HALL);
	it('keeps the rows where it did: "cancellations" of `Cancelled`', () => {
		expect(answer('how many cancellations have there been', hall).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "hall_bookings"\nWHERE "Cancelled" = \'true\''
		);
		expect(answer('cancellations per year', hall).sql).toContain('WHERE "Cancelled" = \'true\'');
		// (said first, with a time, they are counted as records)
		expect(answer('cancellations in 2024', hall).sql).toMatch(/^SELECT count\(\*\)/);
	});
	it('after a wait keeps the rows where it has not happened yet', () => {
		expect(answer('how many bookings are awaiting approval', hall).sql).toContain(
			'"Approved" <> \'true\''
		);
		expect(answer('bookings still waiting for approval by room', hall).sql).toContain(
			'"Approved" <> \'true\''
		);
	});
});

describe('those who came', () => {
	it('are the attendees, as guests or a turnout', () => {
		const hall = catalogOf(HALL);
		expect(answer('median number of guests', hall).sql).toContain('median("attendees")');
		expect(answer('lowest turnout by room', hall).sql).toContain('min("attendees")');
	});
});

describe('a time of day of two columns of times', () => {
	it('bounds the one the question says, and the rows are counted', () => {
		expect(answer('how many bookings start after 6pm', catalogOf(HALL)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "hall_bookings"\nWHERE hour("Start") >= 18'
		);
	});
});

describe('a plural gerund a kind of row is named with', () => {
	it('is no verb to pass over: "weddings per year" does not count every booking', () => {
		const result = ask('weddings per year', catalogOf(HALL));
		expect(isRefusal(result) || result.sql.includes('Wedding')).toBe(true);
	});
});

describe('a word related in meaning', () => {
	it('is no column of numbers that tell rows apart ("return rate" is no order number)', () => {
		expect(isRefusal(ask("what's our return rate", catalogOf(RETURNS)))).toBe(true);
	});
});
