/**
 * How a ranking reads: "worst" delay is the highest (less delay is better), a superlative
 * before a singular noun asks for one row, and a share word that is part of a column's name
 * ("habitat percentage" of `habitat_pct`) names that column instead of computing a share.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

/** Deliveries of a courier, one row each. */
const DELIVERIES: TableSpec = {
	name: 'deliveries',
	columns: [
		['depot', 'VARCHAR'],
		['delay', 'BIGINT'],
		['rating', 'DOUBLE'],
		['distance', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['North', 'East', 'West'][i % 3],
		(i * 11) % 40,
		3 + (i % 3),
		10 + i * 3
	])
};

/** Land cover per district, as shares. */
const COVER: TableSpec = {
	name: 'land_cover',
	columns: [
		['district', 'VARCHAR'],
		['forest_pct', 'DOUBLE']
	],
	rows: Array.from({ length: 6 }, (_, i) => [`D${i % 3}`, 0.1 * i])
};

describe('best and worst', () => {
	it('rank a quantity where less is better lowest first for "best"', () => {
		expect(answer('which depot has the worst average delay', ruleCatalog(DELIVERIES)).sql).toMatch(
			/ORDER BY "average_delay" DESC/
		);
		expect(answer('which depot has the best average delay', ruleCatalog(DELIVERIES)).sql).toMatch(
			/ORDER BY "average_delay" ASC/
		);
	});
	it('keep more is better for other quantities', () => {
		expect(answer('which depot has the best average rating', ruleCatalog(DELIVERIES)).sql).toMatch(
			/ORDER BY "average_rating" DESC/
		);
	});
});

describe('a superlative before a singular noun', () => {
	it('asks for one row', () => {
		expect(answer('longest delivery distance', ruleCatalog(DELIVERIES)).sql).toMatch(
			/ORDER BY "distance" DESC NULLS LAST\s+LIMIT 1/
		);
	});
});

describe('a share word in a column name', () => {
	it('names the column instead of computing a share', () => {
		const sql = answer('average forest percentage by district', ruleCatalog(COVER)).sql;
		expect(sql).toContain(`avg("forest_pct")`);
		expect(sql).not.toContain('OVER');
	});
});
