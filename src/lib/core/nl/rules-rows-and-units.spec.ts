/**
 * A table's own noun and the units people count in: "cities" of "World cities" are its rows
 * (two cities may share a name), "5 million people" is a population, "1 million square km" an
 * area, and "between 1 and 2 million" scales both ends.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordNet } from './word-net';
import { answer, ask } from '$test/nl/ask';
import { isRefusal } from './types';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

beforeAll(() => loadWordNet());

/** Towns as world gazetteers list them: an admin_name column beside the town's own name. */
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
		`Town ${i}`,
		['Norway', 'Peru', 'Chile', 'Kenya', 'Japan'][i % 5],
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
	it('"world" and "global" mean all the rows', () => {
		expect(answer('total world area', ruleCatalog(LANDS)).sql).toBe(
			'SELECT sum("area") AS "total_area"\nFROM "country_area"'
		);
		expect(answer('total global area', ruleCatalog(LANDS)).sql).toContain('sum("area")');
	});
	it('of a column per year, reads the unit in the column of the year asked', () => {
		const regions: TableSpec = {
			name: 'regions',
			humanName: 'Regions',
			columns: [
				['Region', 'VARCHAR'],
				['Pop_2000', 'BIGINT'],
				['Pop_2020', 'BIGINT']
			],
			rows: Array.from({ length: 30 }, (_, i) => [`R${i}`, i * 90_000, i * 120_000])
		};
		const sql = answer('regions with more than 2 million people in 2020', ruleCatalog(regions)).sql;
		expect(sql).toContain('"Pop_2020" > 2000000');
		expect(sql).not.toContain('Pop_2000');
		expect(() => answer('regions with more than 2 million people', ruleCatalog(regions))).toThrow(
			/refused/
		);
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

describe('the top rows within each group', () => {
	it('keeps the biggest town of each country, not the country with the most people', () => {
		for (const question of [
			'biggest town in each country',
			'largest town per country by population'
		]) {
			const sql = answer(question, ruleCatalog(TOWNS)).sql;
			expect(sql, question).toContain(
				'QUALIFY row_number() OVER (PARTITION BY "country" ORDER BY "population" DESC NULLS LAST) <= 1'
			);
			expect(sql, question).not.toContain('GROUP BY');
		}
	});
});

describe('countries as people name them', () => {
	it('reads a demonym as the country written out', () => {
		expect(answer('average population of norwegian towns', ruleCatalog(TOWNS)).sql).toContain(
			`"country" = 'Norway'`
		);
	});
	it('ranks towns by their one size column for "largest"', () => {
		const sql = answer('largest town in chile', ruleCatalog(TOWNS)).sql;
		expect(sql).toContain(`"country" = 'Chile'`);
		expect(sql).toContain('ORDER BY "population" DESC');
	});
});

describe('the rows named before their number', () => {
	it('reads "town population" as the population', () => {
		const sql = answer('total town population per country', ruleCatalog(TOWNS)).sql;
		expect(sql).toContain('sum("population")');
		expect(sql).toContain('GROUP BY');
		expect(answer('median town population', ruleCatalog(TOWNS)).sql).toContain(
			'median("population")'
		);
	});
	it('ranks "the 10 most populous towns" by the population', () => {
		const sql = answer('10 most populous towns', ruleCatalog(TOWNS)).sql;
		expect(sql).toContain('ORDER BY "population" DESC');
		expect(sql).toContain('LIMIT 10');
	});
});

describe('text in the name of the rows', () => {
	it("reads 'their name' as the rows' own name, not a qualified *_name column", () => {
		expect(answer("towns with 'own 1' in their name", ruleCatalog(TOWNS)).sql).toContain(
			`contains(lower("town"), 'own 1')`
		);
	});
	it('reads "the most common" as a count, not the start of a value', () => {
		const KINDS: TableSpec = {
			name: 'regimes',
			humanName: 'Regimes',
			columns: [
				['country', 'VARCHAR'],
				['government', 'VARCHAR']
			],
			rows: Array.from({ length: 20 }, (_, i) => [
				`Land ${i}`,
				['Republic', 'Republic', 'Monarchy', 'Commonwealth realm'][i % 4]
			])
		};
		const sql = answer('what is the most common form of government', ruleCatalog(KINDS)).sql;
		expect(sql).toContain('GROUP BY 1');
		expect(sql).toContain('QUALIFY rank() OVER');
		expect(sql).not.toContain('Commonwealth');
	});
});

describe('a table named for its one fact', () => {
	/** Shorelines per country, the column's name misspelt as the source has it. */
	const SHORES: TableSpec = {
		name: 'shoreline',
		humanName: 'Shoreline length',
		columns: [
			['country', 'VARCHAR'],
			['shorline', 'DOUBLE']
		],
		rows: Array.from({ length: 30 }, (_, i) => [
			`Land ${i}`,
			i % 5 === 0 ? 0 : i % 7 === 0 ? null : i * 40
		])
	};
	const catalog = ruleCatalog(SHORES);
	it('names its number column when the column is named otherwise', () => {
		expect(answer('average shoreline length', catalog).sql).toContain('avg("shorline")');
		expect(answer('which country has the longest shoreline', catalog).sql).toMatch(
			/ORDER BY "max_shorline" DESC/
		);
		expect(answer('countries with more than 500 km of shoreline', catalog).sql).toContain(
			'"shorline" > 500'
		);
	});
	it('reads "no shoreline" as zero where the data has zeros, "no figure" as a gap', () => {
		expect(answer('countries with no shoreline', catalog).sql).toContain('"shorline" = 0');
		expect(answer('how many countries have no shoreline figure', catalog).sql).toContain(
			'"shorline" IS NULL'
		);
	});
});

describe('"no" before a word that only names a table', () => {
	it('is not dropped: the engine does not answer without it', () => {
		const shores: TableSpec = {
			name: 'shores',
			humanName: 'Shoreline length',
			columns: [
				['country', 'VARCHAR'],
				['km', 'DOUBLE']
			],
			rows: Array.from({ length: 30 }, (_, i) => [`Land ${i}`, i % 5 === 0 ? 0 : i * 40])
		};
		const result = ask('countries with no shoreline', ruleCatalog(shores));
		expect(isRefusal(result)).toBe(true);
	});
});

describe('density and centimetres', () => {
	const crowd: TableSpec = {
		name: 'crowding',
		humanName: 'Crowding',
		columns: [
			['district', 'VARCHAR'],
			['density', 'DOUBLE'],
			['height', 'DOUBLE']
		],
		rows: Array.from({ length: 30 }, (_, i) => [`D${i}`, 50 + i * 300, 160 + (i % 25)])
	};
	const catalog = ruleCatalog(crowd);
	it('"most densely populated" and "most sparsely populated" rank by density', () => {
		expect(answer('most densely populated district', catalog).sql).toMatch(
			/ORDER BY "density" DESC/
		);
		expect(answer('the 3 most sparsely populated districts', catalog).sql).toMatch(
			/ORDER BY "density" ASC/
		);
	});
	it('"lowest lying" ranks by an elevation', () => {
		const lands: TableSpec = {
			name: 'lands',
			humanName: 'Lands',
			columns: [
				['land', 'VARCHAR'],
				['elevation', 'DOUBLE'],
				['area', 'DOUBLE']
			],
			rows: Array.from({ length: 20 }, (_, i) => [`L${i}`, 5 + i * 90, 1000 + i])
		};
		expect(answer('lowest lying land', ruleCatalog(lands)).sql).toMatch(/ORDER BY "elevation" ASC/);
	});
	it('reads "180 tall" and "over 40 years old" as a height and an age', () => {
		const crew: TableSpec = {
			name: 'crew',
			humanName: 'Crew',
			columns: [
				['name', 'VARCHAR'],
				['age', 'INTEGER'],
				['height', 'INTEGER']
			],
			rows: Array.from({ length: 20 }, (_, i) => [`P${i}`, 20 + i * 2, 160 + i])
		};
		const catalog = ruleCatalog(crew);
		expect(answer('how many are at least 175 tall', catalog).sql).toContain('"height" >= 175');
		const sql = answer('crew over 40 years old', catalog).sql;
		expect(sql).toContain('"age" > 40');
		expect(sql).toMatch(/^SELECT \*/);
	});
	it('reads "people per square km" as a density', () => {
		expect(answer('districts with more than 2000 people per square km', catalog).sql).toContain(
			'"density" > 2000'
		);
		expect(answer('districts under 500 people per km²', catalog).sql).toContain('"density" < 500');
	});
	it('reads centimetres as a height', () => {
		expect(answer('districts over 180 cm', catalog).sql).toContain('"height" > 180');
	});
});

describe('a column with one value throughout', () => {
	it('names nothing: "how many releases" counts the rows', () => {
		const releases: TableSpec = {
			name: 'tool_releases',
			humanName: 'Tool releases',
			columns: [
				['name', 'VARCHAR'],
				['version', 'VARCHAR'],
				['date', 'DATE']
			],
			rows: Array.from({ length: 30 }, (_, i) => [
				'quarrytool',
				`${1 + Math.floor(i / 10)}.${i % 10}.0`,
				`${2015 + Math.floor(i / 6)}-0${1 + (i % 6)}-15`
			])
		};
		const catalog = ruleCatalog(releases);
		expect(answer('how many releases are there', catalog).sql).toContain('count(*)');
		expect(answer('number of releases per year', catalog).sql).toContain('count(*)');
	});
});
