/**
 * A charging log and a club's subscriptions: "in pounds" of a pence column and "in minutes" of
 * hours turn the answer into that unit; "the leaf" names 'Nissan Leaf'; "charge" is one row of
 * a table named "… charging", as a noun and as a verb; "unpaid" keeps the rows whose date of
 * paying is empty, and "have been paid" a filled one; "how much … paid" reads the amount paid,
 * not the date; "total due" is the amount due, not the due dates; "average %" is the unit of
 * what is averaged, no share; "claims over £2000" compares the amount claimed, and "amount" in
 * a list shows it.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A household's charging sessions: two cars, home or work, the cost in pence. */
const CHARGING: TableSpec = {
	name: 'ev_home_charging',
	humanName: 'EV home charging',
	columns: [
		['Session', 'BIGINT'],
		['Plugged In', 'TIMESTAMP'],
		['car', 'VARCHAR'],
		['Location', 'VARCHAR'],
		['kWh Added', 'DOUBLE'],
		['cost_p', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		i + 1,
		`2024-0${1 + (i % 9)}-1${i % 9} 23:30:00`,
		i % 3 === 0 ? 'MG4' : 'Nissan Leaf',
		i % 4 === 0 ? 'Work' : 'Home',
		10 + i,
		i % 4 === 0 ? 0 : 150 + 10 * i
	])
};

/** Subscriptions due, some paid (with the date and amount), some not yet. */
const SUBS: TableSpec = {
	name: 'club_subs',
	humanName: 'Club subs',
	columns: [
		['payment_id', 'BIGINT'],
		['Season', 'VARCHAR'],
		['Parent', 'VARCHAR'],
		['Due Date', 'DATE'],
		['Amount Due (£)', 'DOUBLE'],
		['Amount Paid (£)', 'DOUBLE'],
		['paidDate', 'DATE']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		i + 1,
		i < 5 ? '2023/24' : '2024/25',
		['Ann Lee', 'Raj Patel', 'Tom Hart'][i % 3],
		`202${3 + (i % 2)}-09-01`,
		120 + 10 * (i % 2),
		i % 4 === 3 ? null : 120 + 10 * (i % 2),
		i % 4 === 3 ? null : `202${3 + (i % 2)}-09-0${2 + (i % 5)}`
	])
};

/** Jobs with the hours each took. */
const JOBS: TableSpec = {
	name: 'jobs',
	humanName: 'Jobs',
	columns: [
		['Job', 'VARCHAR'],
		['Labour Hours', 'DOUBLE']
	],
	rows: Array.from({ length: 6 }, (_, i) => [`J${i}`, 0.5 + i])
};

describe('an answer asked in another unit than its column', () => {
	const charging = catalogOf(CHARGING);
	it('turns pence into pounds ("in pounds", "in £")', () => {
		expect(answer('how much did charging cost us in 2024, in pounds', charging).sql).toBe(
			'SELECT sum("cost_p") / 100.0 AS "total_cost_p_in_pounds"\nFROM "ev_home_charging"\nWHERE year("Plugged In") = 2024'
		);
		expect(answer('average cost at home in £', charging).sql).toContain('avg("cost_p") / 100.0');
	});
	it('answers "how much" of money kept in pence in pounds', () => {
		expect(answer('how much did charging cost us in 2024', charging).sql).toContain(
			'sum("cost_p") / 100.0 AS "total_cost_p_in_pounds"'
		);
		expect(answer('total cost in 2024', charging).sql).toContain('sum("cost_p") AS');
	});
	it('turns hours into minutes, and keeps a column already in the unit asked', () => {
		const jobs = catalogOf(JOBS);
		expect(answer('average labour hours in minutes', jobs).sql).toContain(
			'avg("Labour Hours") * 60'
		);
		expect(answer('average labour hours in hours', jobs).sql).toContain('avg("Labour Hours") AS');
	});
	it('leaves an average of a percent that no column holds unplaced, not a share', () => {
		expect(isRefusal(ask('average % added for each car', charging))).toBe(true);
	});
});

describe('a charging log', () => {
	const charging = catalogOf(CHARGING);
	it('reads "the leaf" as the car whose name ends so', () => {
		expect(answer('how many sessions did the leaf have', charging).sql).toContain(
			`WHERE "car" = 'Nissan Leaf'`
		);
	});
	it('reads "charge" as one of its rows, said as a verb or a noun', () => {
		expect(answer('how many times did we charge at work', charging).sql).toBe(
			`SELECT count(*) AS "count"\nFROM "ev_home_charging"\nWHERE "Location" = 'Work'`
		);
		expect(answer('biggest single charge in kwh', charging).sql).toContain('max("kWh Added")');
	});
});

describe('subscriptions due and paid', () => {
	const subs = catalogOf(SUBS);
	it('keeps the rows with no date of paying for "unpaid"', () => {
		expect(answer('how many unpaid subs are there', subs).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "club_subs"\nWHERE "paidDate" IS NULL'
		);
	});
	it('asks of the date of paying whether it happened ("have been paid", "not paid")', () => {
		expect(answer('how many subs have been paid', subs).sql).toContain(
			'WHERE "paidDate" IS NOT NULL'
		);
		expect(answer("how many subs haven't been paid", subs).sql).toContain(
			'WHERE "paidDate" IS NULL'
		);
	});
	it('reads "how much … paid" as the amount paid, not the date', () => {
		expect(answer('how much has ann lee paid altogether', subs).sql).toContain(
			'sum("Amount Paid (£)")'
		);
	});
	it('reads "total due" as the amount due, not the dates due', () => {
		expect(answer('total due by season', subs).sql).toContain('sum("Amount Due (£)")');
	});
});

describe('an amount of money compared with no column named', () => {
	/** Pet insurance claims: the amount claimed and the amount paid out. */
	const claims = catalogOf({
		name: 'pet_claims',
		humanName: 'Pet claims',
		columns: [
			['Claim Ref', 'VARCHAR'],
			['Pet Name', 'VARCHAR'],
			['Status', 'VARCHAR'],
			['Claimed (£)', 'DOUBLE'],
			['Paid (£)', 'DOUBLE']
		],
		rows: Array.from({ length: 8 }, (_, i) => [
			`CL-${i}`,
			['Nala', 'Pip', 'Clover'][i % 3],
			i % 2 === 0 ? 'Pending' : 'Paid',
			500 * (i + 1),
			i % 2 === 0 ? null : 400 * (i + 1)
		])
	});
	it('compares the amount the rows\' noun says ("claims over £2000")', () => {
		expect(answer('claims over £2000', claims).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "pet_claims"\nWHERE "Claimed (£)" > 2000'
		);
	});
	it('shows that amount for "amount" in a list of columns', () => {
		expect(
			answer('list the pending claims over £1000 with the claim ref, pet name and amount', claims)
				.sql
		).toBe(
			`SELECT "Claim Ref", "Pet Name", "Claimed (£)"\nFROM "pet_claims"\nWHERE "Status" = 'Pending'\n  AND "Claimed (£)" > 1000`
		);
	});
});
