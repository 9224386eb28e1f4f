/**
 * The time between two dates of a row: "days between the call and the visit", "days from the
 * visit to payment", "days after the due date do people pay", "days to pay", "how long do we
 * keep a tool", "how long does a charge take in minutes", and a time compared ("more than a
 * week from … to …"). Each end is a date column named by a form of a word of its name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';
import { loadWordNet } from './word-net';

beforeAll(async () => {
	await loadWordNet();
});

const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

/** A tradesman's jobs: rung in, visited, due and paid on four dates. */
const JOBS: TableSpec = {
	name: 'callouts',
	humanName: 'Callouts',
	columns: [
		['Job No', 'VARCHAR'],
		['Customer', 'VARCHAR'],
		['dateCalled', 'DATE'],
		['Visit Date', 'DATE'],
		['Job Type', 'VARCHAR'],
		['Due Date', 'DATE'],
		['Date Paid', 'DATE'],
		['Total (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`J-${100 + i}`,
		['Ann Lee', 'Raj Patel', 'Tom Hart'][i % 3],
		day(3 * i),
		day(3 * i + (i % 4)),
		i % 2 === 0 ? 'Leak' : 'Boiler Repair',
		day(3 * i + (i % 4) + 14),
		i % 5 === 4 ? null : day(3 * i + (i % 4) + 5 + i),
		80 + 10 * i
	])
};

/** A tool library's loans: out, due back and returned. */
const LOANS: TableSpec = {
	name: 'tool_loans',
	humanName: 'Tool loans',
	columns: [
		['Loan', 'BIGINT'],
		['Tool', 'VARCHAR'],
		['Date Out', 'DATE'],
		['Due Back', 'DATE'],
		['Date Returned', 'DATE']
	],
	rows: Array.from({ length: 8 }, (_, i) => [
		i + 1,
		i % 2 === 0 ? 'Drill' : 'Ladder',
		day(2 * i),
		day(2 * i + 7),
		day(2 * i + 3 + i)
	])
};

/** Charging sessions: plugged in and unplugged, at home or in public. */
const CHARGES: TableSpec = {
	name: 'charges',
	humanName: 'Charges',
	columns: [
		['Session', 'BIGINT'],
		['Location', 'VARCHAR'],
		['Plugged In', 'TIMESTAMP'],
		['Unplugged', 'TIMESTAMP'],
		['kWh', 'DOUBLE']
	],
	rows: Array.from({ length: 6 }, (_, i) => [
		i + 1,
		i % 2 === 0 ? 'Home' : 'Public',
		`2024-03-0${i + 1} 18:00:00`,
		`2024-03-0${i + 1} ${19 + (i % 3)}:30:00`,
		10 + i
	])
};

const DAYS = (from: string, to: string) =>
	`date_diff('day', CAST("${from}" AS DATE), CAST("${to}" AS DATE))`;

describe('days between two dates of a row', () => {
	const jobs = catalogOf(JOBS);
	it('reads "days between A and B" by the words of the two dates, the earlier first', () => {
		const sql = `SELECT avg(${DAYS('dateCalled', 'Visit Date')}) AS "average_days_to_visit"\nFROM "callouts"`;
		expect(answer('average days between the call and the visit', jobs).sql).toBe(sql);
		expect(answer('average number of days between the visit and the call', jobs).sql).toBe(sql);
		expect(answer('median days from visiting to paying', jobs).sql).toContain(
			`median(${DAYS('Visit Date', 'Date Paid')})`
		);
	});
	it('reads "days after A do people B" from A, and "days to B" from the date before B', () => {
		expect(answer('on average how many days after the due date do people pay', jobs).sql).toContain(
			`avg(${DAYS('Due Date', 'Date Paid')})`
		);
		// (a due date is a deadline: the time to pay runs from the visit)
		expect(answer('average days to pay for a leak', jobs).sql).toBe(
			`SELECT avg(${DAYS('Visit Date', 'Date Paid')}) AS "average_days_to_paid"\nFROM "callouts"\nWHERE "Job Type" = 'Leak'`
		);
		expect(answer('how long do people take to pay me on average, in days', jobs).sql).toContain(
			`avg(${DAYS('Visit Date', 'Date Paid')})`
		);
	});
	it('compares the time with a number of units ("more than a week from … to …")', () => {
		expect(answer('jobs that took more than a week from the call to payment', jobs).sql).toContain(
			`WHERE (${DAYS('dateCalled', 'Date Paid')} / 7.0) > 1`
		);
	});
	it('compares two dates named by a verb and a column ("paid after the due date")', () => {
		expect(answer('how many callouts were paid after the due date', jobs).sql).toContain(
			'WHERE "Date Paid" > "Due Date"'
		);
	});
	it('reads nothing when a word names no date of the table', () => {
		expect(isRefusal(ask('average days between the call and the invoice', jobs))).toBe(true);
	});
});

describe('notice given for a booking', () => {
	const cakes = catalogOf({
		name: 'cake_orders',
		humanName: 'Cake orders',
		columns: [
			['Order No', 'BIGINT'],
			['Ordered', 'TIMESTAMP'],
			['Item', 'VARCHAR'],
			['Due Date', 'DATE'],
			['Collected On', 'DATE']
		],
		rows: Array.from({ length: 8 }, (_, i) => [
			i + 1,
			`2024-02-0${1 + i} 10:00:00`,
			i % 2 === 0 ? 'Birthday Cake' : 'Cupcakes',
			day(40 + 3 * i),
			day(40 + 3 * i)
		])
	});
	it('reads "days notice" and "days in advance" from the order to the day it is for', () => {
		const notice = `avg(${DAYS('Ordered', 'Due Date')})`;
		expect(
			answer('on average how many days notice do people give for birthday cakes', cakes).sql
		).toBe(
			`SELECT ${notice} AS "average_days_to_due"\nFROM "cake_orders"\nWHERE "Item" = 'Birthday Cake'`
		);
		expect(answer('average days in advance that cakes are ordered', cakes).sql).toContain(notice);
	});
});

describe('how long a thing is kept or takes', () => {
	it('reads keeping as the time from going out to coming back, past a due date', () => {
		const loans = catalogOf(LOANS);
		expect(answer('on average how many days do people keep a drill', loans).sql).toBe(
			`SELECT avg(${DAYS('Date Out', 'Date Returned')}) AS "average_days_to_returned"\nFROM "tool_loans"\nWHERE "Tool" = 'Drill'`
		);
	});
	it('reads "how long does a charge take" between two times, in the unit asked', () => {
		const charges = catalogOf(CHARGES);
		expect(answer('how long does a public charge take on average in minutes', charges).sql).toBe(
			`SELECT avg(((epoch("Unplugged") - epoch("Plugged In")) / 60.0)) AS "average_minutes_to_unplugged"\nFROM "charges"\nWHERE "Location" = 'Public'`
		);
	});
});
