/**
 * Rows ranked by a column named after "by" ("largest country by area"), the ranked value shown
 * beside the columns a top few are listed with, running numbers that
 * count nothing, plurals of nouns ending in "s" ("gases"), years kept as text, and a yes/no
 * word that closes a question ("average humidity indoors"); "the most common species" is one.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const REGIONS = ['Asia', 'Europe', 'Africa'];
const NATIONS: TableSpec = {
	name: 'nations',
	columns: [
		['country', 'VARCHAR'],
		['region', 'VARCHAR'],
		['area', 'DOUBLE'],
		['landlocked', 'BIGINT']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`Country ${i}`,
		REGIONS[i % 3],
		1000 + ((i * 7919) % 500) * 10,
		i % 4 === 0 ? 1 : 0
	])
};

describe('a superlative whose column follows "by"', () => {
	it('ranks the rows by that column, one row for a singular noun', () => {
		const sql = answer('largest country by area', ruleCatalog(NATIONS)).sql;
		expect(sql).toMatch(/ORDER BY "area" DESC/);
		expect(sql).toContain('LIMIT 1');
	});
	it('takes the count asked for and the direction of the adjective', () => {
		const sql = answer('5 smallest countries by area', ruleCatalog(NATIONS)).sql;
		expect(sql).toMatch(/ORDER BY "area" ASC/);
		expect(sql).toContain('LIMIT 5');
	});
	it('does not rank rows when many of them share the named thing ("largest region")', () => {
		expect(isRefusal(ask('largest region by area', ruleCatalog(NATIONS)))).toBe(true);
	});
	it('still groups when the superlative has its column ("highest area by region")', () => {
		const sql = answer('highest area by region', ruleCatalog(NATIONS)).sql;
		expect(sql).toMatch(/max\("area"\)/);
		expect(sql).toContain('GROUP BY');
	});
});

/** A sensor log: each mote numbers its readings 1, 2, 3, … */
const LOG: TableSpec = {
	name: 'sensor_readings',
	columns: [
		['reading', 'BIGINT'],
		['mote_id', 'BIGINT'],
		['indoor', 'BIGINT'],
		['humidity', 'DOUBLE']
	],
	rows: Array.from({ length: 300 }, (_, i) => [
		(i % 150) + 1,
		i < 150 ? 1 : 2,
		i < 150 ? 1 : 0,
		40 + (i % 13)
	])
};

describe('a running number', () => {
	it('is not summed for "how many": it numbers the rows', () => {
		const sql = answer('how many readings', ruleCatalog(LOG)).sql;
		expect(sql).not.toMatch(/sum\(/i);
		expect(sql).toMatch(/count\(/i);
	});
	it('is not totalled for "the most": the rows are counted', () => {
		const sql = answer('which mote has the most readings', ruleCatalog(LOG)).sql;
		expect(sql).not.toMatch(/sum\(/i);
		expect(sql).toMatch(/count\(\*\)/i);
	});
	it('is not averaged "by" a group: the rows are counted', () => {
		const sql = answer('readings by mote', ruleCatalog(LOG)).sql;
		expect(sql).not.toMatch(/avg\(/i);
		expect(sql).toMatch(/count\(\*\)/i);
	});
});

describe('a sort order said in words', () => {
	it('reads "from largest to smallest" and "low to high"', () => {
		expect(
			answer('countries ordered by area from largest to smallest', ruleCatalog(NATIONS)).sql
		).toMatch(/ORDER BY "area" DESC/);
		expect(answer('sort nations by area low to high', ruleCatalog(NATIONS)).sql).toMatch(
			/ORDER BY "area" ASC/
		);
	});
	it('sorts rows "by" a number nearly every row has its own value of', () => {
		const sql = answer('countries by area', ruleCatalog(NATIONS)).sql;
		expect(sql).toMatch(/ORDER BY "area"/);
		expect(sql).not.toContain('GROUP BY');
		expect(answer('count of countries by landlocked', ruleCatalog(NATIONS)).sql).toContain(
			'GROUP BY'
		);
	});
});

describe('a numbered thing', () => {
	it('is what "which" asks for ("which mote" of `mote_id`)', () => {
		const sql = answer('which mote has the highest average humidity', ruleCatalog(LOG)).sql;
		expect(sql).toMatch(/GROUP BY 1/);
		expect(sql).toMatch(/SELECT "mote_id", avg\("humidity"\)/);
		expect(sql).toContain('QUALIFY rank() OVER');
	});
});

describe('a range of numbers', () => {
	it('reads "from 1000 to 3000" as between', () => {
		expect(answer('countries with area from 1000 to 3000', ruleCatalog(NATIONS)).sql).toContain(
			'"area" BETWEEN 1000 AND 3000'
		);
	});
});

describe('a yes/no word that closes the question', () => {
	it('keeps the rows where it holds', () => {
		expect(answer('average humidity indoors', ruleCatalog(LOG)).sql).toContain('"indoor" = 1');
		expect(answer('total area landlocked', ruleCatalog(NATIONS)).sql).toContain('"landlocked" = 1');
	});
});

const ELEMENTS: TableSpec = {
	name: 'elements',
	columns: [
		['name', 'VARCHAR'],
		['state', 'VARCHAR'],
		['group_block', 'VARCHAR'],
		['year_discovered', 'VARCHAR']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`Element ${i}`,
		['gas', 'solid', 'liquid'][i % 3],
		['noble gas', 'metal', 'halogen'][i % 3],
		i % 5 === 0 ? 'Ancient' : String(1750 + i * 7)
	])
};

describe('words of the data', () => {
	it('reads a plural of a noun ending in "s" as the value ("gases")', () => {
		expect(answer('how many elements are gases', ruleCatalog(ELEMENTS)).sql).toContain(
			`"state" = 'gas'`
		);
		expect(answer('how many noble gases are there', ruleCatalog(ELEMENTS)).sql).toContain(
			`"group_block" = 'noble gas'`
		);
	});
	it('reads years kept as text as years, leaving the words out', () => {
		const sql = answer('elements discovered in 1771', ruleCatalog(ELEMENTS)).sql;
		expect(sql).toContain('TRY_CAST("year_discovered" AS INTEGER) = 1771');
	});
});

describe('a value several columns hold', () => {
	const names: TableSpec = {
		name: 'country_names',
		columns: [
			['name_common', 'VARCHAR'],
			['name_fr', 'VARCHAR'],
			['name_de', 'VARCHAR'],
			['capital', 'VARCHAR']
		],
		rows: [
			['Peru', 'Pérou', 'Peru', 'Lima'],
			['Chile', 'Chili', 'Chile', 'Santiago'],
			['Japan', 'Japon', 'Japan', 'Tokyo'],
			['Spain', 'Espagne', 'Spanien', 'Madrid']
		]
	};
	it('is read in the column that names the rows', () => {
		expect(answer('capital of Peru', ruleCatalog(names)).sql).toContain(`"name_common" = 'Peru'`);
	});
	it('reads either end of a route when no column names the rows', () => {
		const codes: TableSpec = {
			name: 'routes',
			columns: [
				['origin', 'VARCHAR'],
				['dest', 'VARCHAR'],
				['miles', 'DOUBLE']
			],
			rows: [
				['Lima', 'Quito', 1000],
				['Quito', 'Lima', 1000],
				['Lima', 'Bogota', 1800]
			]
		};
		// (the two columns hold the same places: the two ends of each route)
		expect(answer('miles of Lima', ruleCatalog(codes)).sql).toContain(
			`("origin" = 'Lima' OR "dest" = 'Lima')`
		);
	});
});

describe('a count before an adjective superlative', () => {
	const days: TableSpec = {
		name: 'daily_weather',
		columns: [
			['date', 'DATE'],
			['precipitation', 'DOUBLE'],
			['wind', 'DOUBLE']
		],
		rows: Array.from({ length: 40 }, (_, i) => [
			`2014-01-${String((i % 28) + 1).padStart(2, '0')}`,
			(i * 37) % 23,
			(i * 13) % 11
		])
	};
	it('ranks that many rows ("the 5 wettest days", "3 windiest days")', () => {
		const wettest = answer('the 5 wettest days', ruleCatalog(days)).sql;
		expect(wettest).toMatch(/ORDER BY "precipitation" DESC/);
		expect(wettest).toContain('LIMIT 5');
		const windiest = answer('3 windiest days', ruleCatalog(days)).sql;
		expect(windiest).toMatch(/ORDER BY "wind" DESC/);
		expect(windiest).not.toMatch(/"wind" = 3/);
	});
});

describe('sorting groups by a column already measured', () => {
	it('sorts by that measure ("average area by region sorted by area")', () => {
		const sql = answer(
			'average area by region sorted by area descending',
			ruleCatalog(NATIONS)
		).sql;
		expect(sql).toMatch(/ORDER BY "average_area" DESC/);
		expect(sql).not.toMatch(/sum\(/i);
	});
});

describe('a top few listed with named columns', () => {
	it('shows the value they are ranked by beside them', () => {
		const sql = answer(
			'the 3 largest countries by area with their region',
			ruleCatalog(NATIONS)
		).sql;
		expect(sql.split('\n')[0]).toContain('"region", "area"');
		expect(sql).toContain('ORDER BY "area" DESC NULLS LAST\nLIMIT 3');
	});
});

describe('a noun said alike in the singular and the plural', () => {
	it('asks for one thing after "the most common" ("the most common species")', () => {
		const trees: TableSpec = {
			name: 'tree_surveys',
			humanName: 'Tree surveys',
			columns: [
				['Tree ID', 'VARCHAR'],
				['Species', 'VARCHAR'],
				['ward', 'VARCHAR']
			],
			rows: Array.from({ length: 30 }, (_, i) => [
				`T-000${10 + i}`,
				['Common Lime', 'Ash', 'Oak', 'Cherry'][i % 4],
				['Abbey', 'Castle'][i % 2]
			])
		};
		const sql = answer("what's the most common species", catalogOf(trees)).sql;
		expect(sql).toContain('rank() OVER (ORDER BY count(*) DESC NULLS LAST) = 1');
	});
});
