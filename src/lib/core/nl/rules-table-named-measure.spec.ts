/**
 * Tables named after their one measure ("Life expectancy" with `expectancy`, "Landlocked
 * countries" with `landlocked`, "Average temperature" with `temperature`), as one-fact-per-country
 * files come: the question's words name the column, and the rows are the countries.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordNet } from './word-net';
import { isRefusal } from './types';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

beforeAll(() => loadWordNet());

const NAMES = Array.from(
	{ length: 40 },
	(_, i) => `Country ${String.fromCharCode(65 + (i % 26))}${i}`
);

const LIFE: TableSpec = {
	name: 'life_expectancy',
	humanName: 'Life expectancy',
	columns: [
		['country', 'VARCHAR'],
		['expectancy', 'DOUBLE']
	],
	rows: NAMES.map((n, i) => [n, 45 + i * 0.9])
};

const HEAT: TableSpec = {
	name: 'average_temperature',
	humanName: 'Average temperature',
	columns: [
		['country', 'VARCHAR'],
		['temperature', 'DOUBLE']
	],
	rows: NAMES.map((n, i) => [n, -5 + i])
};

const LANDLOCKED: TableSpec = {
	name: 'landlocked',
	humanName: 'Landlocked countries',
	columns: [
		['country', 'VARCHAR'],
		['landlocked', 'INTEGER']
	],
	// one country unknown, as in real files
	rows: NAMES.map((n, i) => [n, i === 0 ? null : i % 4 === 0 ? 1 : 0])
};

describe('a table named after its measure', () => {
	it('reads the name as the column, and ranks the countries by it', () => {
		const sql = answer('top 5 countries by life expectancy', ruleCatalog(LIFE)).sql;
		expect(sql).toContain('ORDER BY "expectancy" DESC');
		expect(sql).toContain('LIMIT 5');
		expect(sql).not.toContain('GROUP BY');
		expect(
			answer('how many countries have a life expectancy under 50', ruleCatalog(LIFE)).sql
		).toContain('"expectancy" < 50');
	});
	it('reads a leading "average" as an aggregate, unless the name is said with an article', () => {
		const overall = answer('average temperature across all countries', ruleCatalog(HEAT)).sql;
		expect(overall).toContain('avg("temperature")');
		expect(overall).not.toContain('GROUP BY');
		const between = answer(
			'countries with an average temperature between 10 and 15 degrees',
			ruleCatalog(HEAT)
		).sql;
		expect(between).toContain('"temperature" BETWEEN 10 AND 15');
		expect(between).not.toContain('avg(');
		expect(answer('highest average temperature', ruleCatalog(HEAT)).sql).toContain(
			'max("temperature")'
		);
	});
	it('ranks countries by a superlative that names the measure', () => {
		const sql = answer('10 hottest countries', ruleCatalog(HEAT)).sql;
		expect(sql).toContain('ORDER BY "temperature" DESC');
		expect(sql).toContain('LIMIT 10');
		expect(answer('coldest country', ruleCatalog(HEAT)).sql).toContain(
			'ORDER BY "temperature" ASC'
		);
	});
	it('reads a yes/no measure as a condition, and its negation though a value is unknown', () => {
		expect(answer('landlocked countries', ruleCatalog(LANDLOCKED)).sql).toContain(
			'"landlocked" = 1'
		);
		expect(answer('countries that are not landlocked', ruleCatalog(LANDLOCKED)).sql).toContain(
			'"landlocked" <> 1'
		);
	});
	it('still refuses a question about something the table does not hold', () => {
		expect(isRefusal(ask('life expectancy of women', ruleCatalog(LIFE)))).toBe(true);
	});
});

describe('a moment given as a year', () => {
	/** Independence years, a few of them ancient (China: -1523). */
	const FREEDOM: TableSpec = {
		name: 'independence',
		humanName: 'Independence',
		columns: [
			['country', 'VARCHAR'],
			['independence', 'INTEGER']
		],
		rows: NAMES.map((n, i) => [n, i === 0 ? -1523 : 1800 + i * 5])
	};
	it('is the time of the question, though a few values are not four-digit years', () => {
		expect(answer('countries independent since 1990', ruleCatalog(FREEDOM)).sql).toContain(
			'"independence" >= 1990'
		);
		expect(
			answer('how many countries became independent in 1960', ruleCatalog(FREEDOM)).sql
		).toContain('"independence" = 1960');
	});
	it('is not read as years when the name says nothing of a moment', () => {
		const PRICES: TableSpec = {
			name: 'bikes',
			humanName: 'Bikes',
			columns: [
				['model', 'VARCHAR'],
				['price', 'INTEGER']
			],
			rows: NAMES.map((n, i) => [n, 1200 + i * 20])
		};
		expect(isRefusal(ask('bikes since 1990', ruleCatalog(PRICES)))).toBe(true);
	});
});

describe('a list of named rows', () => {
	it('shows which row is which beside the asked column', () => {
		const sql = answer(
			'temperatures of country a0, country b1 and country c2',
			ruleCatalog(HEAT)
		).sql;
		expect(sql).toMatch(/^SELECT "country", "temperature"/);
		expect(sql).toContain('IN (');
	});
});

/** One category per country, in a column the table's name does not say ("location"). */
const PLACES: TableSpec = {
	name: 'world_regions',
	humanName: 'Regions of the world',
	columns: [
		['country', 'VARCHAR'],
		['location', 'VARCHAR']
	],
	rows: NAMES.map((n, i) => [n, ['Caribbean', 'Western Europe', 'Polynesia'][i % 3]])
};

describe('a table named after the category it gives each row', () => {
	const places = ruleCatalog(PLACES);
	it('reads the name\'s noun as that column: "regions" are the locations', () => {
		expect(answer('how many regions are there', places).sql).toContain(
			'count(DISTINCT "location")'
		);
		expect(answer('number of countries in each region', places).sql).toMatch(
			/^SELECT "location", count\(DISTINCT "country"\)/
		);
		expect(answer('which region has the most countries', places).sql).toContain('GROUP BY 1');
	});
	it('does not read "the" as part of the name', () => {
		const result = answer('which region has the most countries', places);
		expect(result.interpretation.map((x) => x.words)).not.toContain('the');
	});
	it('still names its rows by their own noun', () => {
		expect(answer('how many countries are there', places).sql).not.toContain('"location"');
	});
});

describe('two tables that answer nearly as well', () => {
	it('asks which one was meant rather than pick by a hair', () => {
		const income: TableSpec = {
			name: 'health_income',
			humanName: 'Health and income',
			columns: [
				['country', 'VARCHAR'],
				['region', 'VARCHAR'],
				['income', 'DOUBLE']
			],
			rows: NAMES.map((n, i) => [n, ['asia', 'europe'][i % 2], 1000 + i])
		};
		const both = ruleCatalog(PLACES, income);
		const result = ask('number of countries per region', both);
		expect(isRefusal(result)).toBe(true);
		if (isRefusal(result)) {
			expect(result.reason).toMatch(
				/Health and income.*Regions of the world|Regions of the world.*Health and income/
			);
		}
	});
});

describe('a place no value equals but several categories hold', () => {
	const zones: TableSpec = {
		name: 'country_zones',
		humanName: 'Country zones',
		columns: [
			['country', 'VARCHAR'],
			['location', 'VARCHAR']
		],
		rows: NAMES.map((n, i) => [
			n,
			['Northern Africa', 'Western Africa', 'Eastern Asia', 'Southern Asia'][i % 4]
		])
	};
	it('"in Africa" (or "in asia") keeps the rows whose category holds the name', () => {
		const catalog = ruleCatalog(zones);
		expect(answer('how many countries are in Africa', catalog).sql).toContain(
			`contains(lower("location"), 'africa')`
		);
		expect(answer('countries in asia', catalog).sql).toContain(
			`contains(lower("location"), 'asia')`
		);
	});
});

describe('a table named like its number column', () => {
	const codes: TableSpec = {
		name: 'dial_codes',
		humanName: 'Dial codes',
		columns: [
			['country', 'VARCHAR'],
			['dial_code', 'BIGINT']
		],
		rows: NAMES.map((n, i) => [n, [1, 44, 91, 971, 1][i % 5] + (i % 3 === 0 ? 0 : i * 10)])
	};
	it('"how many different dial codes" counts the column\'s distinct values', () => {
		expect(answer('how many different dial codes are there', ruleCatalog(codes)).sql).toContain(
			'count(DISTINCT "dial_code")'
		);
	});
	it('"dial code starts with 9" reads the number\'s digits', () => {
		expect(answer('countries whose dial code starts with 9', ruleCatalog(codes)).sql).toContain(
			`starts_with(lower(CAST("dial_code" AS VARCHAR)), '9')`
		);
	});
});

describe('how many groups a count condition keeps', () => {
	it('"how many regions have more than 13 countries" counts the regions kept', () => {
		const sql = answer('how many regions have more than 13 countries', ruleCatalog(PLACES)).sql;
		expect(sql).toMatch(/^SELECT count\(\*\) AS "count"\nFROM \(/);
		expect(sql).toContain('HAVING count(*) > 13');
		// the list of them stays a list
		expect(answer('regions with more than 13 countries', ruleCatalog(PLACES)).sql).toMatch(
			/^SELECT "location"/
		);
	});
});
