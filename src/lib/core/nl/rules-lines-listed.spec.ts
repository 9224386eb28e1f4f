/**
 * A table whose rows are lines of orders (several rows share an order number): "which orders
 * …" asks for the orders, each order number once, not every line; "list orders …" still shows
 * the lines, and "how many orders" counts the distinct numbers.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** A plant nursery's orders, one row per plant ordered. */
const ORDERS: TableSpec = {
	name: 'nursery_orders',
	humanName: 'Nursery orders',
	columns: [
		['order_no', 'BIGINT'],
		['Order Date', 'DATE'],
		['Plant', 'VARCHAR'],
		['Customer Town', 'VARCHAR'],
		['disc_pct', 'DOUBLE']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		1000 + Math.floor(i / 3),
		`2024-0${1 + (i % 9)}-0${1 + (i % 7)}`,
		['Lavender', 'Rose', 'Fern'][i % 3],
		['Totnes', 'Dartmouth'][Math.floor(i / 3) % 2],
		i % 4 === 0 ? 10 : 0
	])
};

describe('orders of order lines', () => {
	const orders = catalogOf(ORDERS);
	it('"which orders …" lists each order number once', () => {
		expect(answer('which orders had a discount', orders).sql).toBe(
			'SELECT DISTINCT "order_no"\nFROM "nursery_orders"\nWHERE "disc_pct" > 0\n  AND "order_no" IS NOT NULL\nORDER BY "order_no"'
		);
	});
	it('"list orders …" shows the lines', () => {
		expect(answer('list orders from totnes', orders).sql).toMatch(/^SELECT \*/);
	});
});
