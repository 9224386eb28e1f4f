/**
 * "Athletes" name the rows of a table of people with a sport and medals, not a value 'Athlete'
 * of another table's job column, and not the people of a table without a sport; a date of
 * birth does not make each of them a point in time. A plural noun
 * that matches only part of a longer value ("houses" for the title 'House of Wax', "capitals"
 * for the airport 'Capital City') is no reading of that value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';
import { loadWordNet } from './word-net';

/** Competitors of a games: one row per person. */
const COMPETITORS: TableSpec = {
	name: 'competitors',
	humanName: 'Competitors',
	columns: [
		['name', 'VARCHAR'],
		['nationality', 'VARCHAR'],
		['sex', 'VARCHAR'],
		['date_of_birth', 'DATE'],
		['sport', 'VARCHAR'],
		['gold', 'BIGINT'],
		['silver', 'BIGINT']
	],
	rows: [
		['Ana Ruiz', 'ESP', 'female', '1990-02-01', 'rowing', 1, 0],
		['Ben Holt', 'GBR', 'male', '1985-06-11', 'judo', 0, 2],
		['Chen Yu', 'CHN', 'female', '1978-09-30', 'diving', 3, 1],
		['Dara Okafor', 'NGR', 'male', '1996-12-04', 'athletics', 0, 0],
		['Eli Moss', 'USA', 'male', '1975-03-17', 'rowing', 2, 0]
	]
};

/** How many people held each job per census year: rows are counts. */
const JOBS: TableSpec = {
	name: 'jobs',
	humanName: 'Jobs',
	columns: [
		['year', 'BIGINT'],
		['job', 'VARCHAR'],
		['count', 'BIGINT']
	],
	rows: [
		[1990, 'Athlete', 1200],
		[1990, 'Baker', 5400],
		[2000, 'Athlete', 1500],
		[2000, 'Baker', 5100]
	]
};

/** Patients of a clinic: people, but no sport. */
const PATIENTS: TableSpec = {
	name: 'patients',
	humanName: 'Patients',
	columns: [
		['patient_id', 'BIGINT'],
		['age', 'BIGINT'],
		['sex', 'VARCHAR']
	],
	rows: [
		[1, 34, 'female'],
		[2, 61, 'male'],
		[3, 47, 'female']
	]
};

/** Films, one called 'House of Wax'. */
const FILMS: TableSpec = {
	name: 'films',
	humanName: 'Films',
	columns: [
		['Title', 'VARCHAR'],
		['Rating', 'DOUBLE']
	],
	rows: [
		['House of Wax', 5.3],
		['House of Wax', 6.0],
		['Heat', 8.3],
		['Alien', 8.5]
	]
};

/** Airports, one of them named 'Capital City'. */
const AIRPORTS: TableSpec = {
	name: 'airports',
	humanName: 'Airports',
	columns: [
		['iata', 'VARCHAR'],
		['name', 'VARCHAR'],
		['longitude', 'DOUBLE']
	],
	rows: [
		['CXY', 'Capital City', -76.85],
		['ORD', 'Chicago Ohare Intl', -87.9],
		['BOS', 'General Edward Lawrence Logan Intl', -71.0]
	]
};

/** Each state's capital and where it lies. */
const CAPITALS: TableSpec = {
	name: 'state_capitals',
	humanName: 'US state capitals',
	columns: [
		['state', 'VARCHAR'],
		['capital', 'VARCHAR'],
		['lon', 'DOUBLE']
	],
	rows: [
		['Maine', 'Augusta', -69.8],
		['Texas', 'Austin', -97.7],
		['Delaware', 'Dover', -75.5]
	]
};

const SPECS = [COMPETITORS, JOBS, PATIENTS, FILMS, AIRPORTS, CAPITALS];
let db: TestDb;
beforeAll(async () => {
	await loadWordNet();
	db = await openTestDb();
	for (const spec of SPECS) db.run(createTableSql(spec));
});
afterAll(() => db.close());

const catalogOf = (...specs: TableSpec[]) => ({ tables: specs.map(catalogTable) });

describe('athletes', () => {
	it('"how many athletes" counts the people of a table with a sport and medals', () => {
		const sql = answer('how many athletes are there', catalogOf(COMPETITORS, JOBS)).sql;
		expect(db.run(sql)).toEqual([{ count: COMPETITORS.rows.length }]);
	});
	it('conditions on them read that table too', () => {
		const sql = answer('how many athletes were born before 1980', catalogOf(JOBS, COMPETITORS)).sql;
		expect(Object.values(db.run(sql)[0])).toEqual([2]);
	});
	it('a date of birth does not make each row a moment: the people are counted', () => {
		const sql = answer('how many competitors', catalogOf(COMPETITORS)).sql;
		expect(Object.values(db.run(sql)[0])).toEqual([COMPETITORS.rows.length]);
	});
	it('a table of people without a sport does not answer for athletes', () => {
		expect(isRefusal(ask('how many athletes are there', catalogOf(PATIENTS)))).toBe(true);
	});
});

describe('a plural noun and part of a longer value', () => {
	it('"how many houses" is no count of the films called \'House of Wax\'', () => {
		expect(isRefusal(ask('how many houses', catalogOf(FILMS)))).toBe(true);
	});
	it('the whole name still picks its rows', () => {
		const sql = answer('average rating of house of wax', catalogOf(FILMS)).sql;
		expect(Object.values(db.run(sql)[0])).toEqual([5.65]);
	});
	it('"capitals" are the rows of a table of capitals, not an airport named Capital City', () => {
		const sql = answer(
			'capitals with longitude greater than -80',
			catalogOf(AIRPORTS, CAPITALS)
		).sql;
		expect(db.run(sql).map((r) => r.capital)).toEqual(['Augusta', 'Dover']);
	});
});
