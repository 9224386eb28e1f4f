import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, isRefusal, type Catalog } from '$lib/core/nl';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { CONTEXT_NOTE_KEY, isScopeContext, nlContextOf, type ScopeContext } from './scope';

/** Real vega-datasets flights and airports in DuckDB, related through a context. */
let db: TestDb;
let catalog: Catalog;
beforeAll(() =>
	openTestDb().then((opened) => {
		db = opened;
		catalog = {
			tables: [db.loadVega('flights-2k.json', 'flights'), db.loadVega('airports.csv', 'airports')]
		};
	})
);
afterAll(() => db.close());

const datasets = [
	{
		id: 'f',
		tableName: 'flights',
		fingerprint: 'f1',
		columns: [{ name: 'origin' }, { name: 'delay' }]
	},
	{
		id: 'a',
		tableName: 'airports',
		fingerprint: 'a1',
		columns: [{ name: 'iata' }, { name: 'city' }]
	}
];

const context: ScopeContext = {
	id: 'c',
	version: 1,
	datasetIds: ['f', 'a'],
	relations: [
		{
			left: { datasetId: 'f', column: 'origin' },
			right: { datasetId: 'a', column: 'iata' },
			kind: 'many-to-one'
		}
	],
	metrics: [
		{ name: 'late flights', expression: 'COUNT(*) FILTER (WHERE "delay" > 15)', datasetId: 'f' },
		{ name: 'gone', expression: 'COUNT(*)', datasetId: 'deleted' }
	],
	synonyms: [
		{ term: 'hub', target: { kind: 'column', datasetId: 'a', column: 'city' } },
		{ term: 'lost', target: { kind: 'column', datasetId: 'a', column: 'no_such_column' } },
		{ term: 'ghost', target: { kind: 'table', datasetId: 'deleted' } }
	],
	descriptions: [
		{ datasetId: 'a', text: 'One row per US airport' },
		{ datasetId: 'a', column: 'iata', text: 'Three-letter airport code' },
		{ datasetId: 'deleted', text: 'gone' }
	],
	notes: 'Flights of 2001.'
};

describe('a question through a context over flights and airports', () => {
	it('passes synonyms, metrics with their table, and descriptions as notes', () => {
		expect(nlContextOf(context, datasets)).toEqual({
			relations: [
				{
					left: { table: '"flights"', column: 'origin' },
					right: { table: '"airports"', column: 'iata' },
					kind: 'many-to-one'
				}
			],
			metrics: [
				{
					name: 'late flights',
					expression: 'COUNT(*) FILTER (WHERE "delay" > 15)',
					table: '"flights"'
				}
			],
			synonyms: [{ term: 'hub', target: { kind: 'column', table: '"airports"', column: 'city' } }],
			notes: {
				'"airports"': 'One row per US airport',
				'"airports"."iata"': 'Three-letter airport code',
				[CONTEXT_NOTE_KEY]: 'Flights of 2001.'
			}
		});
		expect(isScopeContext({ ...context, name: 'Flights' })).toBe(true);
		expect(isScopeContext({ ...context, name: 'Flights', synonyms: [{ term: 'x' }] })).toBe(false);
	});

	it('answers "late flights by hub" with join SQL that gives the right numbers', () => {
		const result = answerQuestion({
			question: 'late flights by hub',
			catalog,
			context: nlContextOf(context, datasets)
		});
		if (isRefusal(result)) throw new Error(result.reason);
		expect(result.sql).toContain('JOIN "airports" ON "flights"."origin" = "airports"."iata"');
		const expected = db.run(
			`SELECT a.city, count(*) FILTER (WHERE f.delay > 15) AS late
			 FROM flights f JOIN airports a ON f.origin = a.iata GROUP BY 1 ORDER BY 1`
		);
		const got = db.run(result.sql).map((row) => ({ city: row.city, late: row.late_flights }));
		expect(got).toEqual(expected);
		expect(got.find((row) => row.city === 'Chicago')?.late).toBeGreaterThan(0);
	});

	it('does not understand the synonym when the context does not give it', () => {
		const result = answerQuestion({
			question: 'late flights by hub',
			catalog,
			context: nlContextOf({ ...context, synonyms: [] }, datasets)
		});
		expect(isRefusal(result) || !result.sql.includes('"city"')).toBe(true);
	});
});
