import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeBindings } from '../../../../tests/helpers/node-duckdb';
import { quoteIdent } from '../sql/quote';
import type { Context } from './types';
import { contextViews, slug, type ViewDataset } from './views';

let db: NodeBindings;
let conn: ReturnType<NodeBindings['connect']>;

type ArrowRow = { toJSON(): Record<string, unknown> };

function rows(sql: string): Record<string, unknown>[] {
	return conn
		.query(sql)
		.toArray()
		.map((r: ArrowRow) => r.toJSON());
}

function context(overrides: Partial<Context>): Context {
	return {
		id: 'c1',
		name: 'Travel',
		datasetIds: [],
		relations: [],
		metrics: [],
		descriptions: [],
		synonyms: [],
		notes: '',
		version: 1,
		createdAt: 0,
		updatedAt: 0,
		...overrides
	};
}

const flights: ViewDataset = {
	id: 'f',
	tableName: 'flights',
	columns: [{ name: 'id' }, { name: 'origin' }, { name: 'carrier' }, { name: 'delay' }]
};
const airports: ViewDataset = {
	id: 'a',
	tableName: 'airports',
	columns: [{ name: 'iata' }, { name: 'state' }, { name: 'name' }]
};
const carriers: ViewDataset = {
	id: 'k',
	tableName: 'carriers',
	columns: [{ name: 'code' }, { name: 'name' }]
};
const states: ViewDataset = {
	id: 's',
	tableName: 'states',
	columns: [{ name: 'abbr' }, { name: 'region' }]
};

const travel = context({
	datasetIds: ['f', 'a', 'k', 's'],
	relations: [
		{
			left: { datasetId: 'a', column: 'iata' },
			right: { datasetId: 'f', column: 'origin' },
			kind: 'one-to-many'
		},
		{
			left: { datasetId: 'f', column: 'carrier' },
			right: { datasetId: 'k', column: 'code' },
			kind: 'many-to-one'
		},
		{
			left: { datasetId: 'a', column: 'state' },
			right: { datasetId: 's', column: 'abbr' },
			kind: 'many-to-one'
		}
	],
	metrics: [
		{ name: 'avg_delay', expression: 'AVG("delay")', format: 'number' },
		{ name: 'airports', expression: 'COUNT(DISTINCT iata)', description: 'Airports served' }
	]
});

beforeAll(async () => {
	db = await openNodeDuckDB();
	conn = db.connect();
	conn.query(`CREATE TABLE flights AS SELECT * FROM (VALUES
		(1, 'SEA', 'AS', 10), (2, 'SEA', 'DL', -5), (3, 'BOS', 'AS', 30), (4, 'XXX', 'ZZ', 0))
		AS t(id, origin, carrier, delay)`);
	conn.query(`CREATE TABLE airports AS SELECT * FROM (VALUES
		('SEA', 'WA', 'Seattle-Tacoma'), ('BOS', 'MA', 'Logan')) AS t(iata, state, name)`);
	conn.query(`CREATE TABLE carriers AS SELECT * FROM (VALUES
		('AS', 'Alaska'), ('DL', 'Delta')) AS t(code, name)`);
	conn.query(`CREATE TABLE states AS SELECT * FROM (VALUES
		('WA', 'West'), ('MA', 'East')) AS t(abbr, region)`);
});

afterAll(() => {
	conn.close();
});

describe('contextViews', () => {
	const [set] = contextViews([travel], [flights, airports, carriers, states]);

	it('makes one view per relation, named after the context and its tables, many side first', () => {
		expect(set.views.slice(0, 3).map((v) => v.name)).toEqual([
			'ctx_travel__flights_airports',
			'ctx_travel__flights_carriers',
			'ctx_travel__airports_states'
		]);
		expect(set.views[0]).toMatchObject({
			tables: ['flights', 'airports'],
			datasetIds: ['f', 'a'],
			description: 'flights.origin → airports.iata'
		});
	});

	it('adds the chains of two relations over three datasets', () => {
		expect(set.views.slice(3).map((v) => v.name)).toEqual([
			'ctx_travel__flights_airports_carriers',
			'ctx_travel__flights_airports_states'
		]);
		expect(set.views).toHaveLength(5);
	});

	it('creates views DuckDB accepts, LEFT JOINed from the many side', () => {
		for (const view of set.views) conn.query(view.sql);
		const joined = rows('SELECT * FROM ctx_travel__flights_airports ORDER BY id');
		expect(joined).toHaveLength(4);
		expect(joined[0]).toMatchObject({ id: 1, origin: 'SEA', iata: 'SEA', state: 'WA' });
		expect(joined[3]).toMatchObject({ id: 4, origin: 'XXX', iata: null, state: null });
	});

	it('prefixes only the column names two tables share', () => {
		const chain = set.views.find((v) => v.name === 'ctx_travel__flights_airports_carriers');
		expect(chain?.columns).toEqual([
			'id',
			'origin',
			'carrier',
			'delay',
			'iata',
			'state',
			'airports_name',
			'code',
			'carriers_name'
		]);
		const result = rows(
			`SELECT airports_name, carriers_name FROM ctx_travel__flights_airports_carriers WHERE id = 1`
		);
		expect(result).toEqual([{ airports_name: 'Seattle-Tacoma', carriers_name: 'Alaska' }]);
	});

	it('answers the question a context is for: flights per airport region with the average delay', () => {
		const result = rows(`SELECT region, count(*)::INTEGER AS n, avg(delay) AS avg_delay
			FROM ctx_travel__flights_airports_states GROUP BY region ORDER BY region NULLS LAST`);
		expect(result).toEqual([
			{ region: 'East', n: 1, avg_delay: 30 },
			{ region: 'West', n: 2, avg_delay: 2.5 },
			{ region: null, n: 1, avg_delay: 0 }
		]);
	});

	it('lists metrics as <table>.<metric> with an insertable expression', () => {
		expect(set.metrics).toEqual([
			expect.objectContaining({
				label: 'flights.avg_delay',
				insert: 'AVG("delay") /* avg_delay */'
			}),
			expect.objectContaining({ label: 'airports.airports', description: 'Airports served' })
		]);
		const value = rows(`SELECT ${set.metrics[0].insert} AS v FROM flights`);
		expect(value).toEqual([{ v: 8.75 }]);
	});

	it('names a pair with several relations by the key column, and never takes a table name', () => {
		const twice = context({
			id: 'c2',
			name: 'flights',
			relations: [
				{ left: { datasetId: 'f', column: 'origin' }, right: { datasetId: 'a', column: 'iata' } },
				{ left: { datasetId: 'f', column: 'carrier' }, right: { datasetId: 'a', column: 'iata' } }
			]
		});
		const taken: ViewDataset = {
			id: 'x',
			tableName: 'CTX_flights__flights_airports__origin',
			columns: []
		};
		const [views] = contextViews([twice], [flights, airports, taken]);
		expect(views.views.map((v) => v.name)).toEqual([
			'ctx_flights__flights_airports__origin_2',
			'ctx_flights__flights_airports__carrier'
		]);
	});

	it('keeps names unique across contexts with the same name', () => {
		const a = context({ id: 'c1', relations: travel.relations.slice(0, 1) });
		const b = context({ id: 'c2', relations: travel.relations.slice(0, 1) });
		const sets = contextViews([a, b], [flights, airports]);
		expect(sets.map((s) => s.views[0].name)).toEqual([
			'ctx_travel__flights_airports',
			'ctx_travel__flights_airports_2'
		]);
	});

	it('joins a table to itself through two instances', () => {
		conn.query(`CREATE TABLE staff AS SELECT * FROM (VALUES (1, 'Ada', NULL), (2, 'Bo', 1))
			AS t(id, name, boss)`);
		const staff: ViewDataset = {
			id: 'st',
			tableName: 'staff',
			columns: [{ name: 'id' }, { name: 'name' }, { name: 'boss' }]
		};
		const [own] = contextViews(
			[
				context({
					name: 'Org',
					relations: [
						{
							left: { datasetId: 'st', column: 'boss' },
							right: { datasetId: 'st', column: 'id' },
							kind: 'many-to-one'
						}
					]
				})
			],
			[staff]
		);
		conn.query(own.views[0].sql);
		expect(
			rows(`SELECT staff_name, staff_2_name FROM ${own.views[0].name} ORDER BY staff_id`)
		).toEqual([
			{ staff_name: 'Ada', staff_2_name: null },
			{ staff_name: 'Bo', staff_2_name: 'Ada' }
		]);
	});

	it('leaves out relations whose dataset or column is gone', () => {
		const [left] = contextViews([travel], [flights, airports]);
		expect(left.views.map((v) => v.name)).toEqual(['ctx_travel__flights_airports']);
		const renamedColumn = { ...airports, columns: [{ name: 'code' }] };
		expect(contextViews([travel], [flights, renamedColumn])[0].views).toEqual([]);
	});

	it('writes valid quoted SQL for hostile table, column and context names', () => {
		const long = 'x'.repeat(1000);
		const odd: ViewDataset = {
			id: 'o',
			tableName: `my "odd" table; DROP TABLE flights; --`,
			columns: [{ name: 'key "q"' }, { name: 'Ünïcødé ✈' }, { name: long }]
		};
		const other: ViewDataset = {
			id: 'p',
			tableName: '数据 ✈',
			columns: [{ name: 'KEY "Q"' }, { name: 'value' }]
		};
		for (const d of [odd, other]) {
			const cols = d.columns.map((c) => `${quoteIdent(c.name)} VARCHAR`).join(', ');
			conn.query(`CREATE TABLE ${quoteIdent(d.tableName)} (${cols})`);
		}
		conn.query(`INSERT INTO ${quoteIdent(odd.tableName)} VALUES ('k', 'u', 'l')`);
		conn.query(`INSERT INTO ${quoteIdent(other.tableName)} VALUES ('k', 'v')`);
		const hostile = context({
			name: `"; DROP VIEW x; -- ${long} ✈`,
			datasetIds: ['o', 'p'],
			relations: [
				{
					left: { datasetId: 'o', column: 'key "q"' },
					right: { datasetId: 'p', column: 'KEY "Q"' }
				}
			],
			metrics: [{ name: 'n */ DROP TABLE flights; /*', expression: 'count(*)' }]
		});
		const [set] = contextViews([hostile], [odd, other]);
		const [view] = set.views;
		expect(view.name).toMatch(/^ctx_drop_view_x_x+__my_odd_table_drop_ta_table$/);
		expect(view.name.length).toBeLessThan(80);
		conn.query(view.sql);
		expect(rows(`SELECT * FROM ${quoteIdent(view.name)}`)).toEqual([
			{
				[`my "odd" table; DROP TABLE flights; --_key "q"`]: 'k',
				'Ünïcødé ✈': 'u',
				[long]: 'l',
				'数据 ✈_KEY "Q"': 'k',
				value: 'v'
			}
		]);
		expect(set.metrics[0].insert).toBe('count(*) /* n   DROP TABLE flights;   */');
		expect(rows(`SELECT ${set.metrics[0].insert} AS n FROM flights`)).toEqual([{ n: 4n }]);
	});
});

describe('slug', () => {
	it('keeps lower-case ASCII words joined by single underscores', () => {
		expect(slug('Flights & Airports (2024)', 40, 'x')).toBe('flights_airports_2024');
		expect(slug('Café Zürich', 40, 'x')).toBe('cafe_zurich');
		expect(slug('数据', 40, 'table')).toBe('table');
		expect(slug('abc_def_ghi', 4, 'x')).toBe('abc');
	});
});
