/**
 * Heads of names and rates: `ticketsSold` is named by "tickets" (the things, then what happened
 * to them) and "sold" said beside it is the same column again; "A vs B tickets" compares the
 * totals of each; "damage rate for drivers under 25" is the share of damaged rentals among the
 * under-25s, a rate of its own condition among the rows the rest of the question picks.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A cinema's screenings: tickets sold, a ticket price, whether the show sold out. */
const SCREENINGS: TableSpec = {
	name: 'cinema_screenings',
	humanName: 'Cinema screenings',
	columns: [
		['Film', 'VARCHAR'],
		['Screen', 'VARCHAR'],
		['ticketsSold', 'BIGINT'],
		['Ticket Price (£)', 'DOUBLE'],
		['Sold Out', 'BOOLEAN']
	],
	rows: Array.from({ length: 18 }, (_, i) => [
		['Barbie', 'Oppenheimer', 'Wonka'][i % 3],
		['Main', 'Studio'][i % 2],
		20 + 7 * i,
		[8.5, 10][i % 2],
		i % 5 === 0
	])
};

/** Car rentals: whether damage was reported (empty while out), the driver's age, a daily rate. */
const RENTALS: TableSpec = {
	name: 'car_rentals',
	humanName: 'Car rentals',
	columns: [
		['rental_id', 'VARCHAR'],
		['drv_age', 'BIGINT'],
		['Daily Rate (£)', 'DOUBLE'],
		['Damage Reported', 'BOOLEAN']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`R${i}`,
		19 + 3 * i,
		[30, 45][i % 2],
		i === 7 ? null : i % 4 === 0
	])
};

describe('a column named by the things and what happened to them', () => {
	it('is named by the things ("tickets" of ticketsSold), the verb beside them the same column', () => {
		expect(answer('median tickets per screening in the studio', catalogOf(SCREENINGS)).sql).toBe(
			'SELECT median("ticketsSold") AS "median_tickets_sold"\nFROM "cinema_screenings"\nWHERE "Screen" = \'Studio\''
		);
		const sold = answer('which film sold the most tickets', catalogOf(SCREENINGS));
		expect(sold.sql).toContain('SELECT "Film", sum("ticketsSold")');
		expect(sold.interpretation.some((x) => x.words === 'sold')).toBe(true);
	});
	it('leaves a longer word that only begins like the column unplaced', () => {
		const weights: TableSpec = {
			name: 'olympians',
			humanName: 'Olympians',
			columns: [
				['name', 'VARCHAR'],
				['sport', 'VARCHAR'],
				['weight', 'DOUBLE']
			],
			rows: Array.from({ length: 8 }, (_, i) => [`A${i}`, ['judo', 'rowing'][i % 2], 60 + i])
		};
		expect(isRefusal(ask('median weight of weightlifters', catalogOf(weights)))).toBe(true);
	});
});

describe('values set against each other', () => {
	it('compare the total of the amount for each ("barbie vs oppenheimer tickets")', () => {
		expect(answer('barbie vs oppenheimer tickets', catalogOf(SCREENINGS)).sql).toBe(
			'SELECT "Film", sum("ticketsSold") AS "total_tickets_sold"\nFROM "cinema_screenings"\nWHERE "Film" IN (\'Barbie\', \'Oppenheimer\')\nGROUP BY 1\nORDER BY 1'
		);
	});
});

describe('a rate of a yes/no condition', () => {
	it('is among the rows the rest of the question picks, even beside a column named "rate"', () => {
		expect(answer('damage rate for drivers under 25', catalogOf(RENTALS)).sql).toBe(
			'SELECT 1.0 * count(*) FILTER (WHERE "Damage Reported" = \'true\') / count(*) AS "share_count"\nFROM "car_rentals"\nWHERE "drv_age" < 25\n  AND "Damage Reported" IS NOT NULL'
		);
	});
});

describe('"how much" of values set against each other', () => {
	const receipts: TableSpec = {
		name: 'grocery_receipts',
		humanName: 'Grocery receipts',
		columns: [
			['shopper', 'VARCHAR'],
			['Shop', 'VARCHAR'],
			['Line Total (£)', 'DOUBLE']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			['Alex', 'Sam', 'Jo'][i % 3],
			['Aldi', 'Tesco'][i % 2],
			2.5 + i
		])
	};
	it('is asked of each ("how much has alex spent compared to sam")', () => {
		expect(answer('how much has alex spent compared to sam', catalogOf(receipts)).sql).toBe(
			'SELECT "shopper", sum("Line Total (£)") AS "total_line_total"\nFROM "grocery_receipts"\nWHERE "shopper" IN (\'Alex\', \'Sam\')\nGROUP BY 1\nORDER BY 1'
		);
	});
});
