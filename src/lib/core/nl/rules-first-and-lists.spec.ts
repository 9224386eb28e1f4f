/**
 * "First" and "last" in time ("when did the level first drop below 2"), lists of numbers before
 * their column ("4 or 6 legs"), "top 2 postal codes by number of towns" where the words name a table
 * and its column, and listings that leave out missing values and read "alphabetically" and
 * "either" as the words they are. Abbreviations: "latitude of nordic" does not spell `lon` when
 * "latitude" names `lat`, and "countries" is no short form of a `count`. "Cost" among several
 * costs is their total, and a noun after "share of" that names nothing is not dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';
import { loadWordNet } from './word-net';

/** A yearly reading per lake, falling over time. */
const LEVELS: TableSpec = {
	name: 'lake_levels',
	humanName: 'Lake levels',
	columns: [
		['lake', 'VARCHAR'],
		['year', 'BIGINT'],
		['level', 'DOUBLE']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		i % 2 ? 'Tana' : 'Chad',
		1980 + Math.floor(i / 2),
		i % 2 ? 9 - i * 0.3 : 12 - i * 0.4
	])
};

/** Animals and their legs. */
const ANIMALS: TableSpec = {
	name: 'animals',
	humanName: 'Animals',
	columns: [
		['animal', 'VARCHAR'],
		['legs', 'BIGINT'],
		['habitat', 'VARCHAR']
	],
	rows: [
		['ant', 6, 'land'],
		['spider', 8, 'land'],
		['dog', 4, 'land'],
		['hen', 2, 'farm'],
		['cow', 4, 'farm'],
		['crab', 10, 'sea'],
		['octopus', 8, 'sea'],
		['snake', 0, null]
	]
};

/** One row per town: its postal code. */
const POSTAL_CODES: TableSpec = {
	name: 'postal_codes',
	humanName: 'Postal codes',
	columns: [
		['town', 'VARCHAR'],
		['postal_code', 'BIGINT']
	],
	rows: [
		['Aden', 967],
		['Bari', 39],
		['Genoa', 39],
		['Naples', 39],
		['Oslo', 47],
		['Bergen', 47],
		['Lima', 51]
	]
};

/** Towns with terse coordinate names and a count column. */
const TOWNS: TableSpec = {
	name: 'towns',
	humanName: 'Towns',
	columns: [
		['town', 'VARCHAR'],
		['lat', 'DOUBLE'],
		['lon', 'DOUBLE'],
		['visit_count', 'BIGINT']
	],
	rows: [
		['Zermatt', 46.0, 7.7, 12],
		['Davos', 46.8, 9.8, 30],
		['Oslo', 59.9, 10.7, 4]
	]
};

/** Repairs with their costs in parts, and in total; energy by source and year. */
const REPAIRS: TableSpec = {
	name: 'repairs',
	humanName: 'Repairs',
	columns: [
		['region', 'VARCHAR'],
		['cost_parts', 'DOUBLE'],
		['cost_labour', 'DOUBLE'],
		['cost_total', 'DOUBLE'],
		['year', 'BIGINT'],
		['source', 'VARCHAR']
	],
	rows: [
		['north', 10, 5, 15, 2016, 'coal'],
		['north', 20, 10, 30, 2017, 'gas'],
		['south', 40, 20, 60, 2017, 'coal']
	]
};

let db: TestDb;
beforeAll(async () => {
	await loadWordNet();
	db = await openTestDb();
	for (const spec of [LEVELS, ANIMALS, POSTAL_CODES, TOWNS, REPAIRS]) db.run(createTableSql(spec));
});
afterAll(() => db.close());

const levels = { tables: [catalogTable(LEVELS)] };
const animals = { tables: [catalogTable(ANIMALS)] };
const towns = { tables: [catalogTable(POSTAL_CODES)] };

function rows(sql: string): Array<Record<string, unknown>> {
	return db.run(sql);
}

describe('first and last in time', () => {
	it('"when did the level first drop below 5" is the earliest year that holds', () => {
		const sql = answer('when did the Tana level first drop below 5', levels).sql;
		const tana = LEVELS.rows.filter((r) => r[0] === 'Tana' && (r[2] as number) < 5);
		expect(rows(sql).map((r) => r.year)).toEqual([tana[0][1]]);
	});
	it('"last" is the latest year that holds, and other verbs of falling and rising read alike', () => {
		const sql = answer('when did the Chad level last rise above 11', levels).sql;
		const chad = LEVELS.rows.filter((r) => r[0] === 'Chad' && (r[2] as number) > 11);
		expect(rows(sql).map((r) => r.year)).toEqual([chad.at(-1)![1]]);
	});
	it('a table without one time axis still asks what "first" ranks by', () => {
		expect(isRefusal(ask('the first animal with 8 legs', animals))).toBe(true);
	});
});

describe('a list of numbers before their column', () => {
	it('"with 4 or 6 legs" keeps either, "not" keeps the others', () => {
		const kept = rows(answer('animals with 4 or 6 legs', animals).sql).map((r) => r.animal);
		expect(kept.sort()).toEqual(['ant', 'cow', 'dog']);
		const count = rows(answer("how many animals don't have 2, 4 or 8 legs", animals).sql);
		expect(Object.values(count[0])).toEqual([3]);
	});
});

describe('words that name a table and its column', () => {
	it('"top 2 postal codes by number of towns" ranks the codes', () => {
		const top = rows(answer('top 2 postal codes by number of towns', towns).sql);
		expect(top.map((r) => Object.values(r))).toEqual([
			[39, 3],
			[47, 2]
		]);
	});
});

describe('listings', () => {
	it('list the values a column holds, never a missing one, alphabetically', () => {
		const listed = rows(answer('list all the habitats in alphabetical order', animals).sql);
		expect(listed.map((r) => r.habitat)).toEqual(['farm', 'land', 'sea']);
	});
	it('"either … or …" is the two values', () => {
		const sql = answer('how many animals have a habitat of either land or sea', animals).sql;
		expect(Object.values(rows(sql)[0])).toEqual([5]);
	});
});

describe('abbreviations', () => {
	const towns = { tables: [catalogTable(TOWNS)] };
	it('words spelling a short name by their initials never include a word naming another column', () => {
		const result = ask('average latitude of nordic towns', towns);
		if (!isRefusal(result)) expect(result.sql).not.toContain('"lon"');
		expect(answer('average latitude of towns', towns).sql).toContain('avg("lat")');
	});
	it('"countries" is not a short form of `visit_count`', () => {
		const result = ask('countries with fewer than 10', towns);
		if (!isRefusal(result)) expect(result.sql).not.toContain('visit_count');
	});
});

describe('a word and the columns it may name', () => {
	const repairs = { tables: [catalogTable(REPAIRS)] };
	it('"cost" among several costs is their total', () => {
		const rows = db.run(answer('average cost by region', repairs).sql);
		expect(rows.map((r) => Object.values(r))).toEqual([
			['north', 22.5],
			['south', 60]
		]);
	});
	it('a noun after "share of" that names nothing is not dropped', () => {
		expect(isRefusal(ask('share of wind in 2017', repairs))).toBe(true);
	});
});
