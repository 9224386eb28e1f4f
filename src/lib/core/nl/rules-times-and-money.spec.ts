/**
 * Times, amounts of money and how often: a timestamp named with its preposition ("Opened At")
 * is the time of the day or weekday after it; a number typed with a currency sign compares the
 * column of money in that currency; "more than once", "at least twice" and "more than 3 times"
 * count each thing's rows, whatever verb came before; a word matched only loosely never
 * vanishes as the name of the rows.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A help desk's tickets: opened and resolved timestamps, a refund in pounds. */
const TICKETS: TableSpec = {
	name: 'support_tickets',
	humanName: 'Support tickets',
	columns: [
		['ticket_id', 'VARCHAR'],
		['Opened At', 'TIMESTAMP'],
		['Resolved On', 'TIMESTAMP'],
		['Category', 'VARCHAR'],
		['Refund (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 21 }, (_, i) => [
		`T-${i}`,
		`2024-03-${String(1 + i).padStart(2, '0')} 09:15:00`,
		`2024-03-${String(2 + i).padStart(2, '0')} 16:00:00`,
		['Damaged Item', 'Late Delivery', 'Refund'][i % 3],
		[0, 12.5, 40][i % 3]
	])
};

/** A charity's gifts: one row per donation, the donor's name, an amount. */
const DONATIONS: TableSpec = {
	name: 'donations',
	humanName: 'Donations',
	columns: [
		['donation_id', 'BIGINT'],
		['Donor Name', 'VARCHAR'],
		['donatedOn', 'DATE'],
		['amt', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		i + 1,
		['Ann Lee', 'Bo Chan', 'Cy Diaz', 'Di Egan', 'Ed Fox'][i % 7 === 6 ? 4 : i % 4],
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		[5, 20, 50, 100][i % 4]
	])
};

/** Hotel bookings named by a reference (`booking_ref`), with a total in money. */
const BOOKINGS: TableSpec = {
	name: 'hotel_bookings',
	humanName: 'Hotel bookings',
	columns: [
		['booking_ref', 'VARCHAR'],
		['Total Amount', 'DOUBLE'],
		['nights', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`BK${1000 + i}`, 80 + 35 * i, 1 + (i % 5)])
};

describe('a timestamp named with its preposition', () => {
	it('is the time of the weekday after it ("opened at the weekend")', () => {
		expect(answer('how many tickets were opened at the weekend', catalogOf(TICKETS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "support_tickets"\nWHERE isodow("Opened At") IN (6, 7)'
		);
		expect(answer('tickets resolved on sundays', catalogOf(TICKETS)).sql).toContain(
			'isodow("Resolved On") IN (7)'
		);
	});
});

describe('a number typed with a currency sign', () => {
	it('compares the column of money in that currency', () => {
		expect(answer('tickets with a refund over £20', catalogOf(TICKETS)).sql).toContain(
			'"Refund (£)" > 20'
		);
		expect(answer('how many tickets over £20', catalogOf(TICKETS)).sql).toContain(
			'"Refund (£)" > 20'
		);
	});
	it('compares no price of one item, nor one of two sums of money', () => {
		const lines: TableSpec = {
			name: 'nursery_orders',
			humanName: 'Nursery orders',
			columns: [
				['order_no', 'VARCHAR'],
				['qty', 'BIGINT'],
				['Unit Price (£)', 'DOUBLE']
			],
			rows: Array.from({ length: 12 }, (_, i) => [`N${i % 5}`, 1 + (i % 3), 4.5 + i])
		};
		expect(isRefusal(ask('how many orders over £200', catalogOf(lines)))).toBe(true);
		const bank: TableSpec = {
			name: 'bank_transactions',
			humanName: 'Bank transactions',
			columns: [
				['Description', 'VARCHAR'],
				['Paid In (£)', 'DOUBLE'],
				['Paid Out (£)', 'DOUBLE']
			],
			rows: Array.from({ length: 10 }, (_, i) => [`Shop ${i}`, i * 100, 600 - i * 50])
		};
		expect(isRefusal(ask('how many payments over £500', catalogOf(bank)))).toBe(true);
	});
});

describe('how often', () => {
	it('"more than once" counts the things with more than one row', () => {
		expect(answer('how many donors have donated more than once', catalogOf(DONATIONS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM (\n  SELECT "Donor Name", count(*) AS "count"\n  FROM "donations"\n  WHERE "donatedOn" IS NOT NULL\n  GROUP BY 1\n  HAVING count(*) > 1\n  ORDER BY 1\n) AS "groups"'
		);
	});
	it('"more than 3 times" is no comparison of the amount a verb matched loosely', () => {
		const result = ask('how many donors have given more than 3 times', catalogOf(DONATIONS));
		const sql = isRefusal(result) ? result.suggestions.join(' ') : result.sql;
		expect(sql).not.toContain('"amt" > 3');
	});
	it('"at least twice" keeps the things with two rows or more, and says so', () => {
		const result = answer('donors who have donated at least twice', catalogOf(DONATIONS));
		expect(result.sql).toContain('HAVING count(*) >= 2');
		expect(result.explanation).toMatch(/^Computes number of rows /);
	});
});

describe('a word matched only loosely before an amount', () => {
	it('is no name of the rows: it is not understood ("median refund amount")', () => {
		expect(isRefusal(ask('median refund amount', catalogOf(BOOKINGS)))).toBe(true);
	});
});

/** An allotment's harvest log: each dated row is a picking, weighed in kilograms. */
const HARVEST: TableSpec = {
	name: 'harvest_log',
	humanName: 'Harvest log',
	columns: [
		['log_id', 'BIGINT'],
		['Harvest Date', 'DATE'],
		['Plot', 'VARCHAR'],
		['crop', 'VARCHAR'],
		['Weight (kg)', 'DOUBLE']
	],
	rows: Array.from({ length: 18 }, (_, i) => [
		i + 1,
		`202${3 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
		['1A', '2B', '3C'][i % 3],
		['Kale', 'Potatoes'][i % 2],
		0.5 + i
	])
};

/** A town's parking penalties, each issued at a time in a zone. */
const PENALTIES: TableSpec = {
	name: 'parking_penalties',
	humanName: 'Parking penalties',
	columns: [
		['pcn_no', 'VARCHAR'],
		['Issued At', 'TIMESTAMP'],
		['Zone', 'VARCHAR'],
		['Contravention', 'VARCHAR'],
		['Fine (£)', 'BIGINT']
	],
	rows: Array.from({ length: 15 }, (_, i) => [
		`KM${100 + i}`,
		`2024-0${1 + (i % 9)}-1${i % 10} 10:00:00`,
		['Seafront', 'Town Centre', 'Station'][i % 3],
		['Parked on a yellow line', 'No valid ticket'][i % 2],
		[50, 70][i % 2]
	])
};

describe('a weight in a dated log', () => {
	it('is what each record brought in, and totals ("kg by plot")', () => {
		expect(answer('kg by plot', catalogOf(HARVEST)).sql).toBe(
			'SELECT "Plot", sum("Weight (kg)") AS "total_weight_kg"\nFROM "harvest_log"\nGROUP BY 1\nORDER BY 1'
		);
	});
	it('of a being of some age at each visit is its size, and averages', () => {
		const visits: TableSpec = {
			name: 'vet_visits',
			humanName: 'Vet visits',
			columns: [
				['Visit Date', 'DATE'],
				['Species', 'VARCHAR'],
				['ageYrs', 'DOUBLE'],
				['weight_kg', 'DOUBLE']
			],
			rows: Array.from({ length: 12 }, (_, i) => [
				`2024-0${1 + (i % 9)}-1${i % 10}`,
				['Dog', 'Cat'][i % 2],
				1 + i,
				4 + i
			])
		};
		expect(answer('weight by species', catalogOf(visits)).sql).toContain('avg("weight_kg")');
	});
});

describe('the nouns of what a table records', () => {
	it('a ticket or a fine is a penalty, an offence its contravention', () => {
		expect(answer('tickets by zone', catalogOf(PENALTIES)).sql).toBe(
			'SELECT "Zone", count(*) AS "count"\nFROM "parking_penalties"\nGROUP BY 1\nORDER BY 1'
		);
		expect(answer('the 2 most common offences', catalogOf(PENALTIES)).sql).toContain(
			'SELECT "Contravention", count(*)'
		);
	});
	it('"have we issued" says the rows happened, by the date named with the verb', () => {
		expect(answer('how many tickets have we issued', catalogOf(PENALTIES)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "parking_penalties"\nWHERE "Issued At" IS NOT NULL'
		);
	});
});
