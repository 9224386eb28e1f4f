/**
 * Column names as exports write them: units at the end (`solar_twh`, `co2_mt`), letters glued
 * to digits (`co2`), and yes/no columns named `is_<noun>`.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

const ENERGY: TableSpec = {
	name: 'energy_mix',
	humanName: 'Energy mix',
	columns: [
		['year', 'BIGINT'],
		['solar_twh', 'DOUBLE'],
		['co2_mt', 'DOUBLE']
	],
	rows: Array.from({ length: 10 }, (_, i) => [2010 + i, i * 2.5, 500 - i * 4])
};

const STAFF: TableSpec = {
	name: 'staff',
	humanName: 'Staff',
	columns: [
		['full_name', 'VARCHAR'],
		['is_manager', 'BOOLEAN'],
		['age', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`P${i}`, i % 4 === 0, 25 + i])
};

describe('column names with units and digits', () => {
	it('names a column without its unit as surely as with it', () => {
		const plain = answer('average solar by year', ruleCatalog(ENERGY));
		expect(plain.sql).toContain('avg("solar_twh")');
		expect(plain.confidence).toBe(
			answer('average solar twh by year', ruleCatalog(ENERGY)).confidence
		);
	});
	it('reads a word of letters and digits as the name that splits them ("co2" → co2_mt)', () => {
		expect(answer('highest co2', ruleCatalog(ENERGY)).sql).toContain('max("co2_mt")');
	});
});

describe('a yes/no column named for a kind of row', () => {
	it('counts the rows where it holds ("how many managers" over is_manager)', () => {
		const result = answer('how many managers are there', ruleCatalog(STAFF));
		expect(result.sql).toContain(`WHERE "is_manager" = 'true'`);
		expect(result.sql).toContain('count(*)');
		expect(result.sql).not.toContain('DISTINCT');
	});
});
