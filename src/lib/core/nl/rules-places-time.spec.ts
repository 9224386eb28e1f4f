/**
 * Places and times in plain words: names typed without their accents, the equator and the prime
 * meridian, "at least one" of a value, a time superlative at the end of a question, and a
 * lookup answered from the table where the looked-up value names one row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { ruleCatalog } from '$test/nl/rule-tables';
import { isRefusal } from './types';

/** A world table of many towns: its profile lists only the most frequent names. */
const TOWNS: TableSpec = {
	name: 'towns',
	humanName: 'World towns',
	hasValueLists: false,
	columns: [
		['city', 'VARCHAR'],
		['city_ascii', 'VARCHAR'],
		['country', 'VARCHAR'],
		['lat', 'DOUBLE'],
		['lng', 'DOUBLE'],
		['population', 'BIGINT']
	],
	rows: [
		['İstanbul', 'Istanbul', 'Turkey', 41.0, 28.9, 15_000_000],
		['Zürich', 'Zurich', 'Switzerland', 47.4, 8.5, 420_000],
		['São Paulo', 'Sao Paulo', 'Brazil', -23.5, -46.6, 12_000_000],
		['Lima', 'Lima', 'Peru', -12.0, -77.0, 9_000_000],
		...Array.from({ length: 40 }, (_, i) => [
			`Town ${i}`,
			`Town ${i}`,
			['Turkey', 'Brazil', 'Peru', 'Kenya'][i % 4],
			i % 3 === 0 ? -(i + 1) : i + 1,
			i % 2 === 0 ? -(i * 3) : i * 3,
			1000 * (i + 1)
		])
	]
};

/** One row per country, with its population. */
const NATIONS: TableSpec = {
	name: 'nations',
	humanName: 'Country population',
	columns: [
		['country', 'VARCHAR'],
		['population', 'BIGINT']
	],
	rows: [
		['Turkey', 85_000_000],
		['Brazil', 214_000_000],
		['Peru', 34_000_000],
		['Kenya', 54_000_000],
		['Switzerland', 8_700_000]
	]
};

/** The year each country became independent. */
const INDEPENDENCE: TableSpec = {
	name: 'independence',
	columns: [
		['country', 'VARCHAR'],
		['independence', 'INTEGER']
	],
	rows: [
		['Kenya', 1963],
		['Peru', 1821],
		['Brazil', 1822],
		['Croatia', 1991],
		['South Sudan', 2011],
		['Namibia', 1990]
	]
};

/** Airfields of several kinds per country. */
const FIELDS: TableSpec = {
	name: 'fields',
	humanName: 'Airfields',
	columns: [
		['ident', 'VARCHAR'],
		['type', 'VARCHAR'],
		['iso_country', 'VARCHAR']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`A${i}`,
		i % 6 === 0 ? 'large_airport' : i % 2 === 0 ? 'small_airport' : 'heliport',
		['KE', 'PE', 'BR', 'TR', 'CH', 'NA', 'HR', 'SS'][i % 8]
	])
};

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	for (const spec of [TOWNS, NATIONS, INDEPENDENCE, FIELDS]) db.run(createTableSql(spec));
});
afterAll(() => db.close());

const towns = { tables: [catalogTable(TOWNS)] };

describe('names typed without their accents', () => {
	it('finds "Istanbul" and "Zurich" among names the profile never listed', () => {
		const sql = answer('population of Istanbul', towns).sql;
		expect(sql).toContain('"city"');
		expect(db.run(sql)).toEqual([{ population: 15_000_000 }]);
		expect(db.run(answer('population of Zurich', towns).sql)).toEqual([{ population: 420_000 }]);
	});
	it('does not take a country or a continent for a town', () => {
		const result = ask('how many towns are in Africa', towns);
		if (!isRefusal(result)) expect(result.sql).not.toMatch(/lower\("city"\)\) = 'africa'/);
	});
});

describe('the equator and the prime meridian', () => {
	it('bounds the latitude at 0 south of the equator', () => {
		const sql = answer('how many towns are south of the equator', towns).sql;
		expect(sql).toContain('"lat" < 0');
		expect(db.run(sql)[0].count).toBe(TOWNS.rows.filter((r) => (r[3] as number) < 0).length);
	});
	it('reads north of it even where "north" also matches a value loosely', () => {
		expect(answer('towns north of the equator', towns).sql).toContain('"lat" > 0');
	});
	it('bounds the longitude at 0 west of the prime meridian', () => {
		expect(answer('towns west of the prime meridian', towns).sql).toContain('"lng" < 0');
	});
});

describe('"at least one" of a value', () => {
	it('reads as having the value', () => {
		const catalog = { tables: [catalogTable(FIELDS)] };
		const sql = answer('how many countries have at least one large airport', catalog).sql;
		expect(sql).toContain(`"type" = 'large_airport'`);
		expect(db.run(sql)).toEqual([{ distinct_iso_country: 4 }]);
	});
});

describe('a time superlative at the end', () => {
	const catalog = { tables: [catalogTable(INDEPENDENCE)] };
	it('ranks the rows by the year the question named', () => {
		for (const q of [
			'which country became independent most recently',
			'which country became independent latest'
		]) {
			expect(db.run(answer(q, catalog).sql).map((r) => r.country)).toEqual(['South Sudan']);
		}
		const sql = answer('which country became independent earliest', catalog).sql;
		expect(db.run(sql).map((r) => r.country)).toEqual(['Peru']);
	});
	it('never counts rows for it', () => {
		expect(answer('which country became independent latest', catalog).sql).not.toContain('count(');
	});
});

describe('a lookup in a workspace', () => {
	const workspace = { tables: [catalogTable(TOWNS), catalogTable(NATIONS)] };
	it('reads the table where the value names one row', () => {
		const sql = answer('population of Peru', workspace).sql;
		expect(sql).toContain('FROM "nations"');
		expect(db.run(sql)).toEqual([{ population: 34_000_000 }]);
	});
	it('still counts in the table of many rows per value', () => {
		expect(answer('how many towns in Peru', workspace).sql).toContain('FROM "towns"');
	});
	it('does not read a list of rows named by a plural noun as a lookup', () => {
		// a table of capitals has one row per country; "towns in Peru" lists the towns
		const capitals: TableSpec = {
			name: 'capital_towns',
			humanName: 'Capital towns',
			columns: [
				['town', 'VARCHAR'],
				['country', 'VARCHAR']
			],
			rows: [
				['Lima', 'Peru'],
				['Nairobi', 'Kenya'],
				['Ankara', 'Turkey'],
				['Brasilia', 'Brazil']
			]
		};
		const both = { tables: [catalogTable(TOWNS), catalogTable(capitals)] };
		const result = ask('towns in Peru', both);
		expect(isRefusal(result) || result.sql.includes('FROM "towns"')).toBe(true);
		expect(answer('towns in Peru', { tables: [catalogTable(TOWNS)] }).sql).toContain(
			'"country" = \'Peru\''
		);
	});
});

/** Metro areas with their population in two years, one column per year. */
const METROS: TableSpec = {
	name: 'metros',
	humanName: 'City wages',
	columns: [
		['Metro', 'VARCHAR'],
		['POP_1980', 'BIGINT'],
		['POP_2015', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`Metro ${i}`, 100_000 * (i + 1), 150_000 * (i + 1)])
};

/** Athletes with the IOC code of their country and notes that mention places. */
const ATHLETES: TableSpec = {
	name: 'athletes',
	humanName: 'Olympians',
	columns: [
		['name', 'VARCHAR'],
		['nationality', 'VARCHAR'],
		['sex', 'VARCHAR'],
		['sport', 'VARCHAR'],
		['info', 'VARCHAR']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`Athlete ${i}`,
		['ESP', 'GER', 'NED', 'SUI', 'USA', 'CHN'][i % 6],
		i % 2 ? 'male' : 'female',
		['tennis', 'rowing'][i % 2],
		i % 6 === 1 ? 'Trained in Spain, Portugal' : null
	])
};

describe('a year in a column name', () => {
	it('names that column, not a time condition', () => {
		const sql = answer('median metro population in 1980', ruleCatalog(METROS)).sql;
		expect(sql).toContain('median("POP_1980")');
		expect(sql).not.toContain('WHERE');
	});
});

describe('countries', () => {
	it('read Olympic codes', () => {
		expect(answer('tennis players from Spain', ruleCatalog(ATHLETES)).sql).toContain(
			`"nationality" = 'ESP'`
		);
		expect(answer('athletes from Germany', ruleCatalog(ATHLETES)).sql).toContain(
			`"nationality" = 'GER'`
		);
	});
	it('are never guessed as a person or a phrase of free text', () => {
		const noCodes: TableSpec = {
			...ATHLETES,
			rows: ATHLETES.rows.map((r) => [r[0], 'Team', r[2], r[3], r[4]])
		};
		const result = ask('tennis players from Spain', ruleCatalog(noCodes));
		if (!isRefusal(result)) {
			expect(result.sql).not.toContain('"name"');
			expect(result.sql).not.toContain('"info"');
		}
	});
});

describe('a column of years named with "year" or "date"', () => {
	const catalog = { tables: [catalogTable(INDEPENDENCE)] };
	it('is that column', () => {
		expect(answer('countries with no independence year', catalog).sql).toContain(
			'"independence" IS NULL'
		);
	});
	it('ranks by it when "by" names the ranking column', () => {
		const sql = answer('3 oldest countries by independence date', catalog).sql;
		expect(sql).toMatch(/ORDER BY "independence" ASC NULLS LAST\s+LIMIT 3/);
		expect(sql).not.toContain('PARTITION');
		expect(db.run(sql).map((r) => r.country)).toEqual(['Peru', 'Brazil', 'Kenya']);
	});
});

describe('"only one" of a thing', () => {
	it('keeps the groups with exactly that many rows', () => {
		const sql = answer('countries with only one town', towns).sql;
		expect(sql).toContain('HAVING count(*) = 1');
		expect(answer('countries with exactly 3 towns', towns).sql).toContain('HAVING count(*) = 3');
	});
	it('leaves "only" before other words alone', () => {
		expect(answer('only towns in Peru', towns).sql).not.toContain('HAVING');
	});
});
