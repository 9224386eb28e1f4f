/**
 * A table of orders: "order" as a noun ("per order by product"), per row when the rows are
 * what "per" names, synonyms keyed by their plural ("sales"), and years that a counted column
 * never reaches ("total accidents between 1991 and 1993").
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

const ORDERS: TableSpec = {
	name: 'orders',
	columns: [
		['order_id', 'BIGINT'],
		['order_date', 'DATE'],
		['customer', 'VARCHAR'],
		['region', 'VARCHAR'],
		['product', 'VARCHAR'],
		['quantity', 'BIGINT'],
		['revenue', 'DOUBLE']
	],
	rows: Array.from({ length: 300 }, (_, i) => [
		1000 + i,
		`202${2 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
		`Customer ${i % 40}`,
		['North', 'South', 'East', 'West'][i % 4],
		['Widget', 'Gadget', 'Gizmo'][i % 3],
		1 + (i % 9),
		(1 + (i % 9)) * 7.5
	])
};

describe('orders', () => {
	it('reads "order" after "per" as the rows, not as a sort', () => {
		const sql = answer('average quantity per order by product', ruleCatalog(ORDERS)).sql;
		expect(sql).toMatch(/SELECT "product", avg\("quantity"\)/);
		expect(sql).not.toContain('"customer"');
	});
	it('groups "by species" by the column that names them, even when they repeat', () => {
		const species: TableSpec = {
			name: 'species',
			columns: [
				['common_name', 'VARCHAR'],
				['county', 'VARCHAR'],
				['habitat_pct', 'DOUBLE']
			],
			rows: Array.from({ length: 40 }, (_, i) => [`Frog ${i % 4}`, `County ${i % 10}`, i % 17])
		};
		expect(answer('average habitat pct by species', ruleCatalog(species)).sql).toMatch(
			/SELECT "common_name", avg\("habitat_pct"\)/
		);
	});
	it('answers or refuses "per" a table with no text column, never fails', () => {
		const gauges: TableSpec = {
			name: 'gauges',
			columns: [
				['reading', 'DOUBLE'],
				['level', 'DOUBLE']
			],
			rows: Array.from({ length: 20 }, (_, i) => [i, i * 2])
		};
		expect(() => ask('average level per gauge', ruleCatalog(gauges))).not.toThrow();
	});
	it('reads a synonym written in the plural ("sales" for revenue)', () => {
		expect(answer('total sales for Gadget in the North', ruleCatalog(ORDERS)).sql).toMatch(
			/sum\("revenue"\)[\s\S]*"product" = 'Gadget'[\s\S]*"region" = 'North'/
		);
	});
});

describe('years a counted column never reaches', () => {
	const counts: TableSpec = {
		name: 'road_accidents',
		columns: [
			['year', 'BIGINT'],
			['month', 'BIGINT'],
			['accidents', 'BIGINT']
		],
		rows: Array.from({ length: 120 }, (_, i) => [
			1990 + Math.floor(i / 12),
			1 + (i % 12),
			100 + ((i * 37) % 90)
		])
	};
	it('are the time of the rows ("between 1991 and 1993")', () => {
		const sql = answer('total accidents between 1991 and 1993', ruleCatalog(counts)).sql;
		expect(sql).toContain('"year" BETWEEN 1991 AND 1993');
		expect(sql).not.toContain('"accidents" BETWEEN');
	});
});
