/**
 * Groups ranked by what an adjective names ("the 2 countries with the tallest rowers" ranks the
 * countries by average height, not the tallest rowers within each), a value before the noun a
 * "which" asks for ("which dutch province"), and the words people use for columns exports name
 * otherwise: a country is a `nationality`, a state a `province` or an `admin_name`. "Everyone"
 * is the rows of a table of people, and "youngest first" an order, not the youngest row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { loadWordNet } from './word-net';

/** Rowers: several per nationality, heights in metres. */
const ROWERS: TableSpec = {
	name: 'rowers',
	humanName: 'Rowers',
	columns: [
		['name', 'VARCHAR'],
		['nationality', 'VARCHAR'],
		['sex', 'VARCHAR'],
		['height', 'DOUBLE'],
		['age', 'BIGINT']
	],
	rows: [
		['Ana', 'NED', 'female', 1.8, 24],
		['Bram', 'NED', 'male', 1.98, 31],
		['Cees', 'NED', 'male', 1.94, 22],
		['Dara', 'IRL', 'female', 1.7, 27],
		['Eoin', 'IRL', 'male', 1.85, 35],
		['Finn', 'IRL', 'male', 1.87, 19],
		['Gus', 'NZL', 'male', 2.01, 29],
		['Hine', 'NZL', 'female', 1.75, 33],
		['Ira', 'NZL', 'male', 1.8, 26]
	]
};

/** Towns with the province each lies in. */
const TOWNS: TableSpec = {
	name: 'towns',
	humanName: 'Towns',
	columns: [
		['town', 'VARCHAR'],
		['country', 'VARCHAR'],
		['admin_name', 'VARCHAR']
	],
	rows: [
		['Delft', 'Netherlands', 'South Holland'],
		['Leiden', 'Netherlands', 'South Holland'],
		['Gouda', 'Netherlands', 'South Holland'],
		['Haarlem', 'Netherlands', 'North Holland'],
		['Hoorn', 'Netherlands', 'North Holland'],
		['Sligo', 'Ireland', 'Connacht'],
		['Galway', 'Ireland', 'Connacht'],
		['Ennis', 'Ireland', 'Connacht'],
		['Cork', 'Ireland', 'Munster'],
		['Lyon', 'France', 'Rhone'],
		['Bilbao', 'Spain', 'Basque Country'],
		['Turin', 'Italy', 'Piedmont']
	]
};

let db: TestDb;
beforeAll(async () => {
	await loadWordNet();
	db = await openTestDb();
	for (const spec of [ROWERS, TOWNS]) db.run(createTableSql(spec));
});
afterAll(() => db.close());

const rowers = { tables: [catalogTable(ROWERS)] };
const towns = { tables: [catalogTable(TOWNS)] };

function firstColumn(sql: string): unknown[] {
	return db.run(sql).map((r) => Object.values(r)[0]);
}

describe('groups ranked by what an adjective names', () => {
	it('"the 2 countries with the tallest rowers" ranks the countries by average height', () => {
		const sql = answer('the 2 countries with the tallest rowers', rowers).sql;
		// averages: NED 1.907, NZL 1.853, IRL 1.807
		expect(firstColumn(sql)).toEqual(['NED', 'NZL']);
	});
	it('"which country has the shortest men" ranks by the men\'s average height', () => {
		const sql = answer('which country has the shortest men', rowers).sql;
		// men: NED 1.96, IRL 1.86, NZL 1.905
		expect(sql).toContain(`"sex" = 'male'`);
		expect(firstColumn(sql)).toEqual(['IRL']);
	});
	it('"shortest first" is an order', () => {
		const sql = answer('the 3 countries with the tallest men, shortest first', rowers).sql;
		expect(firstColumn(sql)).toEqual(['IRL', 'NZL', 'NED']);
	});
});

describe('everyone, in order', () => {
	it('"list everyone by age, youngest first" lists every rower in that order', () => {
		const names = db.run(answer('list everyone by age, youngest first', rowers).sql);
		expect(names.map((r) => r.name)).toEqual([
			'Finn',
			'Cees',
			'Ana',
			'Ira',
			'Dara',
			'Gus',
			'Bram',
			'Hine',
			'Eoin'
		]);
		const tall = db.run(answer('list everyone by height, shortest first', rowers).sql);
		expect(tall.map((r) => r.name).slice(0, 2)).toEqual(['Dara', 'Hine']);
	});
	it('"is anyone taller than 2" asks of the rows of people', () => {
		expect(firstColumn(answer('is anyone taller than 2', rowers).sql)).toEqual(['Gus']);
	});
});

describe('words for the columns of exports', () => {
	it('a country is a nationality', () => {
		// three rowers each: all three countries share the most
		expect(firstColumn(answer('which country has the most rowers', rowers).sql)).toEqual([
			'IRL',
			'NED',
			'NZL'
		]);
		expect(firstColumn(answer('how many different countries are there', rowers).sql)).toEqual([3]);
	});
	it('"which irish province has the most towns": the value narrows, the noun is grouped', () => {
		const sql = answer('which irish province has the most towns', towns).sql;
		expect(sql).toContain(`"country" = 'Ireland'`);
		expect(firstColumn(sql)).toEqual(['Connacht']);
		expect(firstColumn(answer('number of towns in each dutch state', towns).sql)).toEqual([
			'North Holland',
			'South Holland'
		]);
	});
});
