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

describe('ranking verbs and adjectives', () => {
	const COUNTRIES: TableSpec = {
		name: 'country_stats',
		columns: [
			['country', 'VARCHAR'],
			['continent', 'VARCHAR'],
			['year', 'BIGINT'],
			['population', 'BIGINT'],
			['gdp_per_capita', 'DOUBLE']
		],
		rows: Array.from({ length: 24 }, (_, i) => [
			['France', 'Chile', 'Kenya', 'Japan'][i % 4],
			['Europe', 'South America', 'Africa', 'Asia'][i % 4],
			2000 + Math.floor(i / 4),
			1000000 + ((i * 7919) % 9000000),
			1000 + ((i * 104729) % 40000)
		])
	};
	it('"rank X by Y" ranks every value of X', () => {
		const sql = answer('rank continents by average gdp per capita', ruleCatalog(COUNTRIES)).sql;
		expect(sql).toMatch(
			/SELECT "continent", avg\("gdp_per_capita"\)[\s\S]*ORDER BY "average_gdp_per_capita" DESC/
		);
		expect(sql).not.toContain('LIMIT');
	});
	it('"most populous" ranks by population', () => {
		expect(answer('most populous country in 2005', ruleCatalog(COUNTRIES)).sql).toMatch(
			/WHERE "year" = 2005\s+QUALIFY rank\(\) OVER \(ORDER BY "population" DESC NULLS LAST\) = 1/
		);
	});
	it('"N <values> with the highest …" ranks the column values', () => {
		expect(
			answer('3 countries with the lowest gdp per capita in 2004', ruleCatalog(COUNTRIES)).sql
		).toMatch(/SELECT "country", [a-z]+\("gdp_per_capita"\)[\s\S]*ASC NULLS LAST, 1\s+LIMIT 3/);
	});
});
