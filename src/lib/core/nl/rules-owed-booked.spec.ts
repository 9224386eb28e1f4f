/**
 * What is still owed (what each row was charged less what has been paid of it), and the day a
 * booking is for: "bookings in 2024" of a table that keeps when each was made (a timestamp)
 * beside the day of the stay counts by the stay, but not by a date a job ended.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';
import { loadWordNet } from './word-net';

beforeAll(async () => {
	await loadWordNet();
});

/** Invoices with what is due and what has come in so far (nothing yet on some). */
const INVOICES: TableSpec = {
	name: 'invoices',
	humanName: 'Invoices',
	columns: [
		['Invoice', 'VARCHAR'],
		['Client', 'VARCHAR'],
		['Amount Due (£)', 'DOUBLE'],
		['Amount Paid (£)', 'DOUBLE'],
		['Parts (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 9 }, (_, i) => [
		`INV-${i}`,
		['Ann Lee', 'Raj Patel', 'Tom Hart'][i % 3],
		100 + 10 * i,
		i % 4 === 0 ? null : 100 + 10 * i - (i % 2) * 25,
		20
	])
};

const OWED = '("Amount Due (£)" - coalesce("Amount Paid (£)", 0))';

describe('what is still owed', () => {
	const invoices = catalogOf(INVOICES);
	it('totals what is due less what is paid, all of it when nothing is paid', () => {
		expect(answer('how much is still owed', invoices).sql).toBe(
			`SELECT sum(${OWED}) AS "total_owed"\nFROM "invoices"`
		);
		expect(answer("what's still owed to me", invoices).sql).toContain(`sum(${OWED})`);
	});
	it('reads "owe" of one client and for each', () => {
		expect(answer('what does ann lee still owe me', invoices).sql).toContain(
			`WHERE "Client" = 'Ann Lee'`
		);
		expect(answer('total owed by client', invoices).sql).toContain(`"Client", sum(${OWED})`);
	});
	it('owes nothing where no column says what has been paid', () => {
		const unpaid = {
			...INVOICES,
			columns: INVOICES.columns.filter(([name]) => name !== 'Amount Paid (£)'),
			rows: INVOICES.rows.map((r) => [r[0], r[1], r[2], r[4]])
		};
		expect(isRefusal(ask('how much is still owed', catalogOf(unpaid)))).toBe(true);
	});
});

/** Holiday lets: booked at a moment, for a stay that starts and ends on two days. */
const STAYS: TableSpec = {
	name: 'stays',
	humanName: 'Stays',
	columns: [
		['Ref', 'VARCHAR'],
		['booked_on', 'TIMESTAMP'],
		['arrival', 'DATE'],
		['departure', 'DATE'],
		['Property', 'VARCHAR']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		`B${i}`,
		`2023-${10 + (i % 3)}-0${1 + (i % 9)} 10:00:00`,
		`2024-0${1 + (i % 9)}-1${i % 9}`,
		`2024-0${1 + (i % 9)}-2${i % 9}`,
		i % 2 === 0 ? 'Barn' : 'Granary'
	])
};

/** Repairs: booked in at a moment, collected on a day once done. */
const REPAIRS: TableSpec = {
	name: 'repairs',
	humanName: 'Repairs',
	columns: [
		['Job No', 'VARCHAR'],
		['booked_in', 'TIMESTAMP'],
		['collectedOn', 'DATE'],
		['Fault', 'VARCHAR']
	],
	rows: Array.from({ length: 8 }, (_, i) => [
		`J${i}`,
		`2024-0${1 + i}-0${1 + i} 09:00:00`,
		`2024-0${1 + i}-1${1 + i}`,
		i % 2 === 0 ? 'Screen' : 'Battery'
	])
};

describe('the day a booking is for', () => {
	it('counts bookings by the day of the stay, not the moment of booking', () => {
		expect(answer('how many bookings in 2024', catalogOf(STAYS)).sql).toContain(
			'WHERE year("arrival") = 2024'
		);
	});
	it('counts jobs by when they were booked in, not the day they were collected', () => {
		expect(answer('how many jobs in 2024', catalogOf(REPAIRS)).sql).toContain(
			'WHERE year("booked_in") = 2024'
		);
	});
});

/** Dog walks, each paid for or not (yes/no). */
const WALKS: TableSpec = {
	name: 'dog_walks',
	humanName: 'Dog walks',
	columns: [
		['walk_id', 'BIGINT'],
		['owner', 'VARCHAR'],
		['Price (£)', 'DOUBLE'],
		['Paid', 'BOOLEAN']
	],
	rows: Array.from({ length: 8 }, (_, i) => [
		i + 1,
		['Ann Lee', 'Raj Patel'][i % 2],
		15,
		i % 3 !== 0
	])
};

describe('what is owed of rows paid in full or not at all', () => {
	const walks = catalogOf(WALKS);
	const owed = '(CASE WHEN coalesce("Paid" = \'true\', false) THEN 0 ELSE "Price (£)" END)';
	it('totals the charge of the rows not paid, "money" and all', () => {
		expect(answer('how much does raj patel owe us', walks).sql).toBe(
			`SELECT sum(${owed}) AS "total_owed"\nFROM "dog_walks"\nWHERE "owner" = 'Raj Patel'`
		);
		expect(answer('how much money is still owed', walks).sql).toBe(
			`SELECT sum(${owed}) AS "total_owed"\nFROM "dog_walks"`
		);
	});
});
