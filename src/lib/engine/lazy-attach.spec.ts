import { describe, expect, it } from 'vitest';
import { expandViews, isCatalogQuery, tablesNeeded } from './lazy-attach';

describe('tablesNeeded', () => {
	const stored = ['cars', 'cars_2024', 'weather', 'Sales'];

	it('names the stored tables a query mentions, as whole words, in any case', () => {
		expect(tablesNeeded('SELECT * FROM cars JOIN weather USING (id)', stored)).toEqual([
			'cars',
			'weather'
		]);
		expect(tablesNeeded('select * from SALES', stored)).toEqual(['Sales']);
		expect(tablesNeeded('SELECT * FROM "cars_2024"', stored)).toEqual(['cars_2024']);
	});

	it('does not take part of a longer name for a table', () => {
		expect(tablesNeeded('SELECT * FROM cars_2024', stored)).toEqual(['cars_2024']);
		expect(tablesNeeded('SELECT racecars, $cars FROM t', stored)).toEqual([]);
	});

	it('finds a name that first appears inside a longer word and later on its own', () => {
		expect(tablesNeeded('SELECT carsick FROM cars', stored)).toEqual(['cars']);
	});

	it('needs every table for catalog queries', () => {
		expect(tablesNeeded('SHOW TABLES', stored)).toEqual(stored);
		expect(tablesNeeded('SELECT * FROM information_schema.columns', stored)).toEqual(stored);
		expect(tablesNeeded('select * from duckdb_tables()', stored)).toEqual(stored);
	});
});

describe('expandViews', () => {
	const view = {
		name: 'ctx_travel__flights_airports',
		sql: 'CREATE OR REPLACE VIEW …',
		tables: ['flights', 'airports']
	};
	const views = new Map([[view.name.toLowerCase(), view]]);

	it('replaces a view by the stored tables it reads, once each, ignoring case', () => {
		expect(expandViews(['CTX_Travel__Flights_Airports', 'airports', 'cars'], views)).toEqual({
			tables: ['flights', 'airports', 'cars'],
			views: [view]
		});
	});

	it('keeps names that are not views as they are', () => {
		expect(expandViews(['cars', 'CARS'], views)).toEqual({ tables: ['cars'], views: [] });
	});
});

describe('isCatalogQuery', () => {
	it('knows the statements that list tables and views', () => {
		expect(isCatalogQuery('SELECT * FROM duckdb_views()')).toBe(true);
		expect(isCatalogQuery('show all tables')).toBe(true);
		expect(isCatalogQuery('SELECT * FROM tables_of_contents')).toBe(false);
	});
});
