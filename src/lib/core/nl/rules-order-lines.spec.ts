/**
 * A table of order lines as shops export them: "orders by region" counts orders (it does not
 * sort), "quantity ordered by region" groups the quantity, and revenue is quantity × unit price
 * when no column holds it. A gender word is a whole word: "manage" is not "man".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { loadWordNet } from './word-net';

const ORDER_LINES: TableSpec = {
	name: 'order_lines',
	humanName: 'Order lines',
	columns: [
		['order_no', 'BIGINT'],
		['shop', 'VARCHAR'],
		['aisle', 'VARCHAR'],
		['quantity', 'BIGINT'],
		['unit_price', 'DOUBLE']
	],
	rows: [
		[1, 'Leeds', 'fruit', 3, 2],
		[2, 'Leeds', 'bread', 1, 4],
		[3, 'York', 'fruit', 5, 2],
		[4, 'York', 'fruit', 2, 3],
		[5, 'York', 'bread', 4, 1]
	]
};

const STAFF: TableSpec = {
	name: 'staff',
	humanName: 'Staff',
	columns: [
		['name', 'VARCHAR'],
		['sex', 'VARCHAR'],
		['manager', 'VARCHAR']
	],
	rows: [
		['Ada', 'F', 'Ann'],
		['Bo', 'M', 'Ann'],
		['Cy', 'M', 'Ann'],
		['Di', 'F', 'Bob']
	]
};

let db: TestDb;
beforeAll(async () => {
	await loadWordNet();
	db = await openTestDb();
	for (const spec of [ORDER_LINES, STAFF]) db.run(createTableSql(spec));
});
afterAll(() => db.close());

const lines = { tables: [catalogTable(ORDER_LINES)] };
const staff = { tables: [catalogTable(STAFF)] };

/** Rows as arrays, numbers as numbers (a sum of BIGINT comes back as a HUGEINT object). */
function values(sql: string): unknown[][] {
	const plain = (v: unknown) => {
		if (typeof v === 'string' || v === null) return v;
		const n = Number(String(v).replace(/"/g, ''));
		return Number.isFinite(n) ? n : v;
	};
	return db.run(sql).map((r) => Object.values(r).map(plain));
}

describe('order lines', () => {
	it('"orders by shop and aisle" counts the orders of each pair', () => {
		expect(values(answer('number of orders by shop and aisle', lines).sql)).toEqual([
			['Leeds', 'bread', 1],
			['Leeds', 'fruit', 1],
			['York', 'bread', 1],
			['York', 'fruit', 2]
		]);
	});
	it('"total quantity ordered by shop" groups the quantity', () => {
		expect(values(answer('total quantity ordered by shop', lines).sql)).toEqual([
			['Leeds', 4],
			['York', 11]
		]);
	});
	it('revenue is quantity × unit price, and the reading says so', () => {
		const result = answer('revenue by aisle', lines);
		expect(values(result.sql)).toEqual([
			['bread', 8],
			['fruit', 22]
		]);
		expect(result.interpretation.some((x) => x.meaning.includes('× "unit_price"'))).toBe(true);
	});
});

describe('gender words', () => {
	it('"how many people does Ann manage" keeps every sex', () => {
		expect(values(answer('how many people does Ann manage', staff).sql)).toEqual([[3]]);
	});
});
