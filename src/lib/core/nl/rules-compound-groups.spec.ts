/**
 * Two column names said together after "by" are a compound noun: the last is grouped, the first
 * only says whose it is ("by plot size" is by the plot's size, "by product category" by the
 * category); joined by "and" both are grouped. "Which year had the most plots" counts the plots
 * of each year, never groups by them too. A head noun after a number column says what it is
 * ("ticket price value"), but a rate of a count ("attendance rate") is another figure.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { isRefusal } from './types';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** A shop's order lines: each product belongs to a category. */
const LINES: TableSpec = {
	name: 'order_lines',
	humanName: 'Order lines',
	columns: [
		['Product', 'VARCHAR'],
		['Category', 'VARCHAR'],
		['Amount (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		['Kettle', 'Toaster', 'Mug', 'Plate'][i % 4],
		['Electrical', 'Electrical', 'Tableware', 'Tableware'][i % 4],
		5 + i
	])
};

/** The same lines with the day each was sold. */
const DATED: TableSpec = {
	...LINES,
	columns: [...LINES.columns, ['Sold On', 'DATE']],
	rows: LINES.rows.map((row, i) => [...row, `202${2 + (i % 3)}-0${1 + (i % 9)}-15`])
};

describe('column names said together after "by"', () => {
	const lines = catalogOf(LINES);

	it('group by the last; the first says whose it is', () => {
		const result = answer('total amount by product category', lines);
		expect(result.sql).toBe(
			'SELECT "Category", sum("Amount (£)") AS "total_amount"\nFROM "order_lines"\n' +
				'GROUP BY 1\nORDER BY 1'
		);
		expect(result.interpretation).toContainEqual({
			words: 'product',
			kind: 'column',
			meaning: 'whose "Category" it is'
		});
	});

	it('joined by "and", both are grouped', () => {
		expect(answer('total amount by product and category', lines).sql).toContain(
			'SELECT "Product", "Category"'
		);
	});
});

describe('"which <time unit> had the most <things>"', () => {
	it('counts the things of each unit, never groups by them', () => {
		const sql = answer('which year had the most products in electrical', catalogOf(DATED)).sql;
		expect(sql).toContain('SELECT year("Sold On") AS "year", count(DISTINCT "Product")');
		expect(sql).toContain('GROUP BY 1\n');
	});
});

describe('a head noun after a number column', () => {
	const matches: TableSpec = {
		name: 'league_matches',
		humanName: 'League matches',
		columns: [
			['Season', 'VARCHAR'],
			['Attendance', 'BIGINT'],
			['Ticket Price', 'DOUBLE']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			['2022/23', '2023/24'][i % 2],
			800 + i * 25,
			12 + (i % 3)
		])
	};
	it('says only what the column is ("highest ticket price value")', () => {
		expect(answer('highest ticket price value', catalogOf(matches)).sql).toContain(
			'"Ticket Price"'
		);
	});
	it('is another figure when it is a rate of a count ("highest attendance rate")', () => {
		const rate = ask('which season had the highest attendance rate', catalogOf(matches));
		expect(isRefusal(rate) || rate.confidence < 0.6).toBe(true);
	});
});
