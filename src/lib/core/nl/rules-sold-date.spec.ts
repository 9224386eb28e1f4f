/**
 * A shop's donated stock, dated when it came in and when it sold: "sell in 2024" and "takings for
 * 2024" are of the date it sold, the takings are what it sold for (not its ticket), "sales" add
 * up, and a noun of the rows ("bookings") still keeps the rows' own date.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';

/** Items donated, priced with a ticket, some sold later for a little less. */
const stock = catalogOf({
	name: 'shop_stock',
	humanName: 'Shop stock',
	columns: [
		['Item No', 'BIGINT'],
		['date_donated', 'DATE'],
		['Date Sold', 'DATE'],
		['Category', 'VARCHAR'],
		['Ticket Price (£)', 'DOUBLE'],
		['soldPrice', 'DOUBLE'],
		['Status', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => {
		const isSold = i % 3 !== 2;
		return [
			i + 1,
			`2023-1${i % 3}-0${1 + (i % 9)}`,
			isSold ? `2024-0${1 + (i % 9)}-1${i % 9}` : null,
			['Books', 'Toys', 'Clothing'][i % 3],
			2 + i,
			isSold ? 1.5 + i : null,
			isSold ? 'Sold' : 'On Shelf'
		];
	})
});

/** Bookings made on one day for a class on another. */
const classes = catalogOf({
	name: 'class_bookings',
	humanName: 'Class bookings',
	columns: [
		['Booking No', 'BIGINT'],
		['booked_on', 'DATE'],
		['Class Date', 'DATE'],
		['classType', 'VARCHAR']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		i + 1,
		`2023-12-${10 + i}`,
		`2024-01-${10 + i}`,
		i % 2 ? 'Kids Clay' : 'Wheel'
	])
});

describe('a deed with its own date', () => {
	it('times "did we sell in 2024" by the date it sold', () => {
		expect(answer('how many items did we sell in 2024', stock).sql).toContain(
			'year("Date Sold") = 2024'
		);
	});
	it('takes the takings from what it sold for, timed when it sold', () => {
		expect(answer('takings for 2024', stock).sql).toBe(
			'SELECT sum("soldPrice") AS "total_sold_price"\nFROM "shop_stock"\nWHERE year("Date Sold") = 2024'
		);
		expect(answer('sales by category', stock).sql).toContain('sum("soldPrice")');
	});
	it('keeps the rows\' own date for a noun of the rows ("bookings in 2024")', () => {
		expect(answer('how many wheel bookings did we get in 2024', classes).sql).toContain(
			'year("Class Date") = 2024'
		);
	});
});
