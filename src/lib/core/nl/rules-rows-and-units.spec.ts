/**
 * A table's own noun and the units people count in: "cities" of "World cities" are its rows
 * (two cities may share a name), "5 million people" is a population, "1 million square km" an
 * area, and "between 1 and 2 million" scales both ends.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordNet } from './word-net';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

beforeAll(() => loadWordNet());

/** Cities as world gazetteers list them: an admin_name column, and names that repeat. */
const TOWNS: TableSpec = {
	name: 'world_towns',
	humanName: 'World towns',
	columns: [
		['town', 'VARCHAR'],
		['country', 'VARCHAR'],
		['admin_name', 'VARCHAR'],
		['population', 'BIGINT']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		`Town ${i % 30}`,
		['Norway', 'Peru', 'Chile'][i % 3],
		`Province ${i % 5}`,
		(i + 1) * 250_000
	])
};

const LANDS: TableSpec = {
	name: 'country_area',
	humanName: 'Country area',
	columns: [
		['country', 'VARCHAR'],
		['area', 'DOUBLE']
	],
	rows: Array.from({ length: 30 }, (_, i) => [`Land ${i}`, (i + 1) * 90_000])
};

describe("a table's own noun", () => {
	it('counts and lists the rows, not the distinct names', () => {
		expect(answer('number of towns by country', ruleCatalog(TOWNS)).sql).toContain('count(*)');
		expect(answer('towns in Peru', ruleCatalog(TOWNS)).sql).toMatch(/^SELECT \*/);
	});
	it('still counts distinct names when asked for different ones', () => {
		expect(answer('how many different towns are there', ruleCatalog(TOWNS)).sql).toContain(
			'count(DISTINCT "town")'
		);
	});
});

describe('units people count in', () => {
	it('reads people and inhabitants as a population', () => {
		expect(answer('towns with more than 5 million people', ruleCatalog(TOWNS)).sql).toContain(
			'"population" > 5000000'
		);
		expect(
			answer('how many towns have between 1 and 2 million inhabitants', ruleCatalog(TOWNS)).sql
		).toContain('"population" BETWEEN 1000000 AND 2000000');
	});
	it('reads square kilometres as an area', () => {
		expect(
			answer('how many countries are bigger than 1 million square km', ruleCatalog(LANDS)).sql
		).toContain('"area" > 1000000');
		expect(answer('countries smaller than 100000 km²', ruleCatalog(LANDS)).sql).toContain(
			'"area" < 100000'
		);
	});
});
