/**
 * A `Price (£)` beside money charged on top of it (`delivery_charge`) is what the business takes:
 * "revenue by occasion", "which occasion brings in the most money" (a total, not the average
 * price), "how much has maureen spent with us" (a customer's spending with us is money taken).
 * "how many court bookings" counts the bookings of a table called so, not its courts, and "who
 * books courts the most" ranks who booked them (`Booked By`), the verb read with the noun.
 * "total charged for window cleans" is of the money (the verb after the aggregate), and "window
 * cleans" names the rows of Window cleaning rounds, not its `windows`.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

const ORDERS: TableSpec = {
	name: 'flower_orders',
	humanName: 'Flower orders',
	columns: [
		['Order Date', 'DATE'],
		['occasion', 'VARCHAR'],
		['Customer', 'VARCHAR'],
		['Price (£)', 'DOUBLE'],
		['delivery_charge', 'DOUBLE']
	],
	rows: Array.from({ length: 18 }, (_, i) => [
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Wedding', 'Funeral', 'Birthday'][i % 3],
		['Maureen Hale', 'Gareth Murphy', 'Priya Shah'][i % 3],
		30 + i * 5,
		i % 2 === 0 ? 6.5 : 0
	])
};

const COURTS: TableSpec = {
	name: 'court_bookings',
	humanName: 'Court bookings',
	columns: [
		['Date', 'DATE'],
		['Court', 'VARCHAR'],
		['Booked By', 'VARCHAR'],
		['Member or Guest', 'VARCHAR'],
		['Fee (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 16 }, (_, i) => [
		`${2023 + (i % 2)}-0${1 + (i % 8)}-0${1 + (i % 9)}`,
		`Court ${1 + (i % 4)}`,
		['Emma Barker', 'Isla Evans'][i % 2],
		i % 3 === 0 ? 'Guest' : 'Member',
		8 + (i % 3)
	])
};

describe('a price beside extras', () => {
	const orders = catalogOf(ORDERS);

	it('totals the price as the takings', () => {
		expect(answer('revenue by occasion', orders).sql).toContain('sum("Price (£)")');
		expect(answer('which occasion brings in the most money', orders).sql).toContain(
			'ORDER BY sum("Price (£)") DESC'
		);
	});

	it("reads a customer's spending with us as money taken", () => {
		expect(answer('how much has maureen spent with us', orders).sql).toBe(
			'SELECT sum("Price (£)") AS "total_price"\nFROM "flower_orders"\nWHERE "Customer" = \'Maureen Hale\''
		);
	});
});

describe("a table's own name counted", () => {
	it('"how many court bookings" counts bookings, not courts', () => {
		expect(answer('how many court bookings were there in 2024', catalogOf(COURTS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "court_bookings"\nWHERE year("Date") = 2024'
		);
	});

	it('"who books courts the most" ranks the column of who booked', () => {
		expect(answer('who books courts the most', catalogOf(COURTS)).sql).toContain(
			'SELECT "Booked By", count(*)'
		);
	});

	it('"total charged for window cleans" totals the price, not the windows cleaned', () => {
		const rounds: TableSpec = {
			name: 'window_cleaning_rounds',
			humanName: 'Window cleaning rounds',
			columns: [
				['Clean Date', 'DATE'],
				['windows', 'BIGINT'],
				['Price (£)', 'DOUBLE'],
				['Extras (£)', 'DOUBLE']
			],
			rows: Array.from({ length: 16 }, (_, i) => [
				`202${3 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
				6 + (i % 7),
				12 + (i % 4),
				i % 3 === 0 ? 5 : 0
			])
		};
		const sql = answer('total charged for window cleans in 2023', catalogOf(rounds)).sql;
		expect(sql).toContain('sum("Price (£)")');
		expect(sql).toContain('year("Clean Date") = 2023');
	});
});
