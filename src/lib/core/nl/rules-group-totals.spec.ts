/**
 * Ranking groups by the highest of an additive quantity ("which region has the highest sales")
 * ranks them by its total; "max"/"maximum" and quantities that do not add up keep the largest
 * single row.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

const ORDERS: TableSpec = {
	name: 'shop_orders',
	humanName: 'Shop orders',
	columns: [
		['Region', 'VARCHAR'],
		['Unit_Price', 'DOUBLE'],
		['Sales_Amount', 'DOUBLE']
	],
	rows: Array.from({ length: 16 }, (_, i) => [
		['North', 'South', 'East', 'West'][i % 4],
		5 + (i % 5),
		(5 + (i % 5)) * (1 + (i % 3))
	])
};

const catalog = ruleCatalog(ORDERS);

describe('the highest of an additive quantity across groups', () => {
	it('ranks the groups by its total, and says so', () => {
		const result = answer('which region has the highest sales', catalog);
		expect(result.sql).toContain('sum("Sales_Amount")');
		expect(result.sql).toContain('QUALIFY rank() OVER');
		const reading = result.interpretation.find((i) => i.kind === 'aggregate');
		expect(reading?.meaning).toMatch(/^sum of "Sales_Amount"/);
	});
	it('keeps the largest row for "maximum" and for quantities that do not add up', () => {
		expect(answer('which region has the maximum sales', catalog).sql).toContain(
			'max("Sales_Amount")'
		);
		expect(answer('which region has the highest unit price', catalog).sql).toContain(
			'max("Unit_Price")'
		);
	});
});
