/**
 * Groups kept by a count of the rows a table has one of ("regions with fewer than 20 towns",
 * "sports of more than one player"), two values of one column joined by "and", and "a breakdown
 * of … by …", which says only the groups.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A row per town: its region (missing for some) and its height above sea level. */
const TOWNS: TableSpec = {
	name: 'regions',
	humanName: 'Regions',
	columns: [
		['town', 'VARCHAR'],
		['region', 'VARCHAR'],
		['altitude', 'DOUBLE']
	],
	rows: Array.from({ length: 50 }, (_, i) => [
		['Ash', 'Oak', 'Elm', 'Yew', 'Fir'][i % 5] +
			['ford', 'ton', 'by', 'ham', 'wick', 'field', 'bury', 'stead', 'well', 'combe'][
				Math.floor(i / 5)
			],
		i % 10 === 9 ? null : ['North', 'South', 'East', 'West', 'North'][i % 5],
		i * 12
	])
};

/** Places by a category kept in a column named `key`. */
const SPOTS: TableSpec = {
	name: 'spots',
	humanName: 'Spots',
	columns: [
		['key', 'VARCHAR'],
		['lat', 'DOUBLE']
	],
	rows: Array.from({ length: 40 }, (_, i) => [['cafe', 'bakery', 'bar'][i % 3], 47 + i / 100])
};

describe('groups kept by how many rows they hold', () => {
	const catalog = ruleCatalog(TOWNS);
	it('groups by the column the noun for the groups names, without the rows that lack it', () => {
		const sql = answer('regions with fewer than 12 towns', catalog).sql;
		expect(sql).toContain('GROUP BY 1');
		expect(sql).toContain('HAVING count(*) < 12');
		expect(sql).toContain('SELECT "region"');
		expect(sql).toContain('"region" IS NOT NULL');
		expect(answer('regions that only one town has', catalog).sql).toContain('HAVING count(*) = 1');
	});
	it('refuses a count condition with nothing to group', () => {
		const flat: TableSpec = {
			...TOWNS,
			columns: TOWNS.columns.slice(0, 1),
			rows: TOWNS.rows.map((r) => [r[0]])
		};
		expect(isRefusal(ask('with more than 3 towns', ruleCatalog(flat)))).toBe(true);
	});
});

describe('two values of one column joined by "and"', () => {
	it('asks for either of them', () => {
		const sql = answer('altitude in the Ashford and the Elmton', ruleCatalog(TOWNS)).sql;
		expect(sql).toContain(`"town" IN ('Ashford', 'Elmton')`);
	});
});

describe('words a reading must not lose', () => {
	const catalog = ruleCatalog(TOWNS);
	it('a share of the noun for the rows is a share of rows, not one per town', () => {
		const sql = answer('what fraction of towns are in the North', catalog).sql;
		expect(sql).toContain(`count(*) FILTER (WHERE "region" = 'North') / count(*)`);
		expect(sql).not.toContain('GROUP BY');
	});
	it('"most common" with nothing to rank, and "same", are not dropped', () => {
		const most = ask('the most common type of spot', ruleCatalog(SPOTS));
		expect(isRefusal(most) ? most.reason : most.sql).toMatch(/ranks nothing/);
		const same = ask('towns whose region has the same name as the town', catalog);
		expect(isRefusal(same) ? same.unknownWords : same.sql).toContain('same');
	});
});

describe('"category" of a table whose one column of categories is named otherwise', () => {
	it('names that column', () => {
		const catalog = ruleCatalog(SPOTS);
		expect(answer('number of spots per category', catalog).sql).toMatch(
			/SELECT "key", count\(\*\)[\s\S]*GROUP BY 1/
		);
		expect(answer('how many different categories are there', catalog).sql).toContain(
			'count(DISTINCT "key")'
		);
	});
	it('is left alone when a column is named as kinds', () => {
		const typed: TableSpec = {
			...SPOTS,
			columns: [...SPOTS.columns, ['type', 'VARCHAR']],
			rows: SPOTS.rows.map((r, i) => [...r, i % 2 ? 'indoor' : 'outdoor'])
		};
		expect(isRefusal(ask('number of spots per category', ruleCatalog(typed)))).toBe(true);
	});
});

describe('"the data" in a workspace', () => {
	it('does not name a table whose file name ends in "data"', () => {
		const countries: TableSpec = {
			name: 'countries_data',
			humanName: 'Country data',
			columns: [
				['country', 'VARCHAR'],
				['capital', 'VARCHAR']
			],
			rows: Array.from({ length: 30 }, (_, i) => [`Land ${i}`, `City ${i}`])
		};
		const result = ask('how many trading days are in the data', ruleCatalog(countries, TOWNS));
		expect(isRefusal(result) ? '' : result.sql).not.toContain('countries_data');
	});
});

describe('a negated list', () => {
	it('keeps every item out, years or values', () => {
		const daily: TableSpec = {
			name: 'takings',
			humanName: 'Takings',
			columns: [
				['day', 'DATE'],
				['shop', 'VARCHAR'],
				['amount', 'DOUBLE']
			],
			rows: Array.from({ length: 60 }, (_, i) => [
				`${2018 + (i % 5)}-03-0${1 + (i % 9)}`,
				['Ashford', 'Elmton', 'Oakby'][i % 3],
				10 + i
			])
		};
		const catalog = ruleCatalog(daily);
		const years = answer('total amount per year, not counting 2019 and 2021', catalog).sql;
		expect(years).toMatch(/year\("day"\) <> 2019\s+AND year\("day"\) <> 2021/);
		const read = ask('total amount not counting 2019 and 2021', catalog);
		const time = isRefusal(read) ? [] : read.interpretation.filter((x) => x.kind === 'time');
		expect(time.map((x) => x.meaning)).toEqual(['not year 2019', 'not year 2021']);
		// a value required apart from the list stays required
		const apart = answer('total amount for Ashford not for Elmton', catalog).sql;
		expect(apart).toContain(`"shop" = 'Ashford'`);
	});
});

describe('a table whose rows repeat its things', () => {
	it('counts the distinct names, not the rows', () => {
		const birds: TableSpec = {
			name: 'birds',
			humanName: 'Birds',
			columns: [
				['common_name', 'VARCHAR'],
				['county', 'VARCHAR'],
				['habitat', 'DOUBLE']
			],
			rows: Array.from({ length: 60 }, (_, i) => [
				['Heron', 'Owl', 'Wren'][i % 3],
				`County ${i % 20}`,
				i / 60
			])
		};
		expect(answer('how many birds are there', ruleCatalog(birds)).sql).toContain(
			'count(DISTINCT "common_name")'
		);
		// a name of another thing (`Airport Name`) does not name the rows
		const strikes: TableSpec = {
			name: 'strikes',
			humanName: 'Bird strikes',
			columns: [
				['Airport Name', 'VARCHAR'],
				['cost', 'DOUBLE']
			],
			rows: Array.from({ length: 60 }, (_, i) => [['ORD', 'JFK'][i % 2], i])
		};
		expect(answer('how many strikes', ruleCatalog(strikes)).sql).toContain('count(*)');
	});
});

/** Print jobs: a product and a quantity each. */
const JOBS: TableSpec = {
	name: 'print_jobs',
	humanName: 'Print jobs',
	columns: [
		['Product', 'VARCHAR'],
		['Qty', 'BIGINT']
	],
	rows: Array.from({ length: 30 }, (_, i) => [['Flyers', 'Posters', 'Banners'][i % 3], 50 + i])
};

describe('"a breakdown of … by"', () => {
	it('groups by what follows "by"', () => {
		for (const q of ['breakdown of jobs by product', 'split of jobs by product']) {
			expect(answer(q, ruleCatalog(JOBS)).sql).toMatch(/^SELECT "Product", count\(\*\)/);
		}
	});
	it('is not placed with no groups to say', () => {
		expect(isRefusal(ask('breakdown of jobs', ruleCatalog(JOBS)))).toBe(true);
	});
});
