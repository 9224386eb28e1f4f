/**
 * Terse column names as many exports write them (`wt`, `hp`, `cyl`, `mpg`, `crim`, `rm`), a
 * table whose name glues a short prefix to its rows' noun (`mtcars`), and "the most" of a
 * number said of rows. A short name in capitals (`ADR`) is initials, never one word cut short,
 * and a value's word is never cut short ("theory" is no 'Theo').
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const MODELS = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
const MTCARS: TableSpec = {
	name: 'mtcars',
	columns: [
		['model', 'VARCHAR'],
		['mpg', 'DOUBLE'],
		['cyl', 'BIGINT'],
		['hp', 'BIGINT'],
		['wt', 'DOUBLE'],
		['gear', 'BIGINT']
	],
	rows: MODELS.map((m, i) => [
		m,
		15 + i * 2,
		[4, 6, 8][i % 3],
		90 + i * 20,
		2 + i * 0.3,
		3 + (i % 3)
	])
};

describe('a terse column name', () => {
	it('is read from the word it shortens', () => {
		expect(answer('average weight', ruleCatalog(MTCARS)).sql).toContain('avg("wt")');
		expect(answer('average horsepower by cylinders', ruleCatalog(MTCARS)).sql).toMatch(
			/SELECT "cyl", avg\("hp"\)/
		);
	});
	it('is read from the phrase its initials spell ("miles per gallon")', () => {
		expect(answer('average miles per gallon', ruleCatalog(MTCARS)).sql).toContain('avg("mpg")');
	});
	it('is what an adjective measures ("heaviest" → wt)', () => {
		expect(answer('heaviest car', ruleCatalog(MTCARS)).sql).toMatch(/ORDER BY "wt" DESC/);
	});
	it('is not spelled by the initials of filler words ("did it rain" is no `dir`)', () => {
		const winds: TableSpec = {
			name: 'winds',
			columns: [
				['dir', 'BIGINT'],
				['speed', 'DOUBLE']
			],
			rows: Array.from({ length: 12 }, (_, i) => [i * 30, 2 + i])
		};
		expect(isRefusal(ask('how many days did it rain', ruleCatalog(winds)))).toBe(true);
	});
	it('in capitals is initials, never one word cut short ("attenders" is no `ADR`)', () => {
		const stays: TableSpec = {
			name: 'hotel_bookings',
			columns: [
				['guest', 'VARCHAR'],
				['ADR', 'DOUBLE'],
				['amt', 'DOUBLE']
			],
			rows: Array.from({ length: 12 }, (_, i) => [`Guest ${i}`, 80 + i, 100 + i * 3])
		};
		const best = ask('top 5 best attenders', ruleCatalog(stays));
		expect(isRefusal(best) ? best.reason : best.sql).not.toContain('ADR');
		// (a lower-case short name still is: "amount" of `amt`)
		expect(answer('total amount', ruleCatalog(stays)).sql).toContain('sum("amt")');
	});
	it('is never a word of a value ("theory" is no long form of the name \'Theo Hart\')', () => {
		const pupils: TableSpec = {
			name: 'pupils',
			columns: [
				['Pupil', 'VARCHAR'],
				['test_result', 'VARCHAR']
			],
			rows: Array.from({ length: 12 }, (_, i) => [
				i % 4 === 0 ? 'Theo Hart' : `Ann Lee ${i}`,
				i % 3 === 0 ? 'Pass' : 'Fail'
			])
		};
		const theory = ask('how many pupils have passed their theory test', ruleCatalog(pupils));
		expect(isRefusal(theory) ? theory.reason : theory.sql).not.toContain('Theo Hart');
	});
});

describe('a table named with a short prefix ("mtcars")', () => {
	it('is what its rows noun names', () => {
		expect(answer('how many cars have 4 gears', ruleCatalog(MTCARS)).sql).toMatch(
			/count\(\*\)[\s\S]*"gear" = 4/
		);
	});
});

describe('"the most" of a number said of rows', () => {
	it('ranks the rows, one for a singular noun', () => {
		const sql = answer('the car with the most horsepower', ruleCatalog(MTCARS)).sql;
		expect(sql).toMatch(/ORDER BY "hp" DESC/);
		expect(sql).toContain('LIMIT 1');
		expect(sql).not.toMatch(/sum\(/i);
	});
});
