/**
 * Columns as order and meter exports name them: an identifier (`order_id`) is no measure unless
 * named as such, a share stored as a fraction compares with "20%" as 0.2, and a noun the engine
 * cannot place before its condition ("consumption in 2017") keeps the answer from looking sure.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const ORDERS: TableSpec = {
	name: 'orders_2023',
	columns: [
		['order_id', 'BIGINT'],
		['order_date', 'DATE'],
		['quantity', 'BIGINT'],
		['discount', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		i + 1,
		`2023-${String(1 + (i % 12)).padStart(2, '0')}-05`,
		1 + (i % 9),
		(i % 4) / 10
	])
};

const METERS: TableSpec = {
	name: 'util_monthly',
	columns: [
		['yr', 'BIGINT'],
		['st', 'VARCHAR'],
		['cons_kwh', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [2015 + (i % 3), ['TX', 'CA'][i % 2], 100 + i])
};

describe('an identifier column', () => {
	it('is no measure for a superlative of the rows', () => {
		expect(isRefusal(ask('largest order', ruleCatalog(ORDERS)))).toBe(true);
	});
	it('is one when named', () => {
		expect(answer('highest order id', ruleCatalog(ORDERS)).sql).toContain(`max("order_id")`);
	});
});

describe('a percentage against a column of fractions', () => {
	it('compares the fraction', () => {
		expect(answer('orders with a discount over 20%', ruleCatalog(ORDERS)).sql).toContain(
			`"discount" > 0.2`
		);
		expect(answer('orders with a discount over 20 percent', ruleCatalog(ORDERS)).sql).toContain(
			`"discount" > 0.2`
		);
	});
});

describe('a noun left unplaced before its condition', () => {
	it('is not answered as if it were a verb', () => {
		expect(isRefusal(ask('consumption in 2017', ruleCatalog(METERS)))).toBe(true);
		expect(isRefusal(ask('monthly consumption in ca', ruleCatalog(METERS)))).toBe(true);
	});
});

describe('a table with one row per point in time and several count columns', () => {
	const MONTHLY: TableSpec = {
		name: 'road_casualties_monthly',
		columns: [
			['month', 'DATE'],
			['killed', 'BIGINT'],
			['seriously_injured', 'BIGINT'],
			['slightly_injured', 'BIGINT']
		],
		rows: Array.from({ length: 24 }, (_, i) => [
			`${2019 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
			10 + (i % 7),
			100 + (i % 11),
			500 + (i % 13)
		])
	};
	it('refuses to count its rows as the things its name counts', () => {
		const result = ask('total casualties in 2020', ruleCatalog(MONTHLY));
		expect(isRefusal(result)).toBe(true);
		if (isRefusal(result)) expect(result.suggestions).toContain('total killed');
	});
	it('still counts the time points when asked for them', () => {
		expect(answer('how many months had more than 12 killed', ruleCatalog(MONTHLY)).sql).toMatch(
			/count\(\*\)[\s\S]*"killed" > 12/
		);
	});
});

describe('a verb that ends the question', () => {
	it('is a condition the answer must not drop', () => {
		const exams: TableSpec = {
			name: 'exam_results',
			columns: [
				['student', 'VARCHAR'],
				['score', 'DOUBLE']
			],
			rows: Array.from({ length: 8 }, (_, i) => [`S${i}`, 40 + i * 7])
		};
		expect(isRefusal(ask('how many students failed', ruleCatalog(exams)))).toBe(true);
	});
	it('is harmless when it says what the rows are', () => {
		const deaths: TableSpec = {
			name: 'riot_deaths',
			columns: [
				['gender', 'VARCHAR'],
				['age', 'BIGINT'],
				['death_date', 'DATE']
			],
			rows: Array.from({ length: 6 }, (_, i) => [
				i % 2 ? 'Male' : 'Female',
				20 + i,
				`1992-04-3${i % 2}`
			])
		};
		expect(answer('how many women died', ruleCatalog(deaths)).sql).toContain(`"gender" = 'Female'`);
	});
});
