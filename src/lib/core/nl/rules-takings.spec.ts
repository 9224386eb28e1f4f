/**
 * Words for the money a business takes ("revenue", "income", "money") name the one column of
 * money each row brought in when no column is named so: `Total (£)` beside a daily rate, `Fare
 * (£)` beside a tip. Two such columns with neither the total (money in and money out) name none.
 * A tax on each row ("vat") adds up as money does; its rate does not. A price with no quantity
 * beside it is what each row was charged, so the takings. "Per job" of a courier's jobs, each
 * with its own `Job Ref`, is each row, not a group per reference.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { COURIER_JOBS } from '$test/nl/service-tables';
import { CONFIDENCE_THRESHOLD } from './explain';
import { isRefusal } from './types';

/** Car rentals: a daily rate, days, and the total charged. */
const RENTALS: TableSpec = {
	name: 'car_rentals',
	humanName: 'Car rentals',
	columns: [
		['rental_id', 'BIGINT'],
		['Pickup Time', 'TIMESTAMP'],
		['Branch', 'VARCHAR'],
		['Daily Rate (£)', 'DOUBLE'],
		['days', 'BIGINT'],
		['Total (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		i + 1,
		`${2022 + (i % 3)}-0${1 + (i % 9)}-10 09:00:00`,
		['Airport', 'Central'][i % 2],
		30 + (i % 4) * 5,
		1 + (i % 6),
		(30 + (i % 4) * 5) * (1 + (i % 6))
	])
};

/** Minicab jobs: the fare and a tip. */
const TRIPS: TableSpec = {
	name: 'minicab_trips',
	humanName: 'Minicab trips',
	columns: [
		['trip_id', 'BIGINT'],
		['Driver', 'VARCHAR'],
		['Fare (£)', 'DOUBLE'],
		['tip', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		i + 1,
		['Gary', 'Sandeep', 'Ann'][i % 3],
		8 + i,
		i % 4
	])
};

/** A bank account: money in and money out, neither a total. */
const BANK: TableSpec = {
	name: 'bank_transactions',
	humanName: 'Bank transactions',
	columns: [
		['txn_id', 'BIGINT'],
		['Category', 'VARCHAR'],
		['Paid Out (£)', 'DOUBLE'],
		['Paid In (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		i + 1,
		['Rent', 'Salary', 'Food'][i % 3],
		i % 3 === 1 ? null : 20 + i,
		i % 3 === 1 ? 2000 : null
	])
};

describe('words for the money taken', () => {
	it('name the total charged, not the daily rate', () => {
		expect(answer('total revenue in 2023', catalogOf(RENTALS)).sql).toBe(
			'SELECT sum("Total (£)") AS "total_total"\nFROM "car_rentals"\nWHERE year("Pickup Time") = 2023'
		);
		expect(answer('income by branch', catalogOf(RENTALS)).sql).toContain('sum("Total (£)")');
	});
	it('name the fare, not the tip', () => {
		const sql = answer('which driver has taken the most money', catalogOf(TRIPS)).sql;
		expect(sql).toContain('sum("Fare (£)")');
		expect(sql).toContain('"Driver"');
	});
	it('after the money column itself say it again ("fare takings")', () => {
		expect(answer('fare takings by driver', catalogOf(TRIPS)).sql).toContain('sum("Fare (£)")');
	});
	it('name nothing where money goes both in and out', () => {
		const result = ask('total revenue', catalogOf(BANK));
		expect(isRefusal(result) || result.confidence < CONFIDENCE_THRESHOLD).toBe(true);
	});
});

/** Invoices: the net, the VAT charged on it, and the rate it was charged at. */
const INVOICES: TableSpec = {
	name: 'agency_invoices',
	humanName: 'Agency invoices',
	columns: [
		['invoice_no', 'BIGINT'],
		['Issue Date', 'DATE'],
		['net', 'DOUBLE'],
		['vat', 'DOUBLE'],
		['Tax Rate', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		i + 1,
		`${2023 + (i % 2)}-0${1 + (i % 9)}-10`,
		100 + 10 * i,
		(100 + 10 * i) * (i % 3 === 0 ? 0 : 0.2),
		i % 3 === 0 ? 0 : 20
	])
};

describe('a tax on each row', () => {
	const invoices = catalogOf(INVOICES);
	it('adds up when named alone over a time ("vat charged in 2024")', () => {
		expect(answer('vat charged in 2024', invoices).sql).toBe(
			'SELECT sum("vat") AS "total_vat"\nFROM "agency_invoices"\nWHERE year("Issue Date") = 2024'
		);
	});
	it('is averaged as a rate', () => {
		expect(answer('tax rate by year', invoices).sql).toContain('avg("Tax Rate")');
	});
});

describe('the price of each job', () => {
	const jobs = catalogOf(COURIER_JOBS);
	it('is what the job brought in: takings add it up', () => {
		expect(answer('total takings', jobs).sql).toBe(
			'SELECT sum("Price (£)") AS "total_price"\nFROM "courier_deliveries"'
		);
	});
	it('for listed vehicles each year, is taken for each of them each year', () => {
		expect(answer('takings per year for vans, cars and bikes', jobs).sql).toBe(
			'SELECT year("booked_at") AS "year", "vehicle", sum("Price (£)") AS "total_price"\nFROM "courier_deliveries"\nWHERE "vehicle" IN (\'Van\', \'Car\', \'Bike\')\nGROUP BY 1, 2\nORDER BY 1, 2'
		);
	});
});

describe('per job', () => {
	it('is each row when each job has its own reference', () => {
		expect(answer('median miles per job', catalogOf(COURIER_JOBS)).sql).toBe(
			'SELECT median("distanceMiles") AS "median_distance_miles"\nFROM "courier_deliveries"'
		);
	});
});
