import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBStandIn } from '$test/duckdb-engine';
import { salesContext as context, salesData, vegaDataset } from '$test/contexts-data';
import { freshDbName } from '$test/records';
import type { Context, MeasureDataset } from '$lib/core/contexts/types';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { contextMeasurerOver, createContextMeasurer } from './context-measure';
import type { MeasureEngine } from './context-metric-check';

let engine: DuckDBStandIn;
let storage: QuarryStorage;
let customers: MeasureDataset;
let orders: MeasureDataset;
let products: MeasureDataset;

beforeAll(async () => {
	engine = new DuckDBStandIn();
	await engine.start();
	storage = openStorage({ name: freshDbName('context-measure') });
	({ customers, orders, products } = await salesData(engine));
}, 60_000);

afterAll(async () => {
	storage.db.close();
	await storage.db.delete();
});

/** The engine with a count of the queries that reached it. */
function counting(): { engine: MeasureEngine; queries: () => number } {
	let queries = 0;
	return {
		engine: {
			query: (options) => {
				queries += 1;
				return engine.query(options);
			},
			reads: (options) => engine.reads(options)
		},
		queries: () => queries
	};
}

describe('join suggestions measured in DuckDB', () => {
	it('puts the true key first with its coverage, and never suggests ids that do not meet', async () => {
		const measurer = createContextMeasurer({ engine, now: () => 1 });
		const outcome = await measurer.suggestJoins({
			contextId: 'ctx',
			datasets: [orders, customers, products],
			existing: []
		});
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const [top] = outcome.value.suggestions;
		expect(top).toMatchObject({
			left: { datasetId: 'o', column: 'customer_id' },
			right: { datasetId: 'c', column: 'id' },
			kind: 'many-to-one',
			leftDistinct: 50,
			rightDistinct: 50,
			rightMaxPerKey: 1
		});
		expect(top.coverage).toBe(0.98); // 49 of 50 customer_id values are customers
		expect(top.reason).toContain('98% of orders.customer_id values are found in customers.id');
		const touchesProducts = outcome.value.suggestions.filter((s) =>
			[s.left.datasetId, s.right.datasetId].includes('p')
		);
		expect(touchesProducts).toEqual([]);
	});

	it('leaves out pairs the context already relates', async () => {
		const measurer = createContextMeasurer({ engine, now: () => 1 });
		const outcome = await measurer.suggestJoins({
			contextId: 'ctx',
			datasets: [orders, customers],
			existing: [
				{ left: { datasetId: 'c', column: 'id' }, right: { datasetId: 'o', column: 'customer_id' } }
			]
		});
		expect(
			outcome.ok && outcome.value.suggestions.map((s) => s.left.column + s.right.column)
		).not.toContain('customer_idid');
	});
});

describe('join suggestions over vega-datasets flights and airports', () => {
	it('finds origin ↔ iata and destination ↔ iata from the values alone', async () => {
		const flights = await vegaDataset(engine, 'vf', 'flights-2k.json', 'vega_flights', 'flights');
		const airports = await vegaDataset(engine, 'va', 'airports.csv', 'vega_airports', 'airports');
		const measurer = createContextMeasurer({ engine, now: () => 1 });
		const outcome = await measurer.suggestJoins({
			contextId: 'vega',
			datasets: [flights, airports],
			existing: []
		});
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const pairs = outcome.value.suggestions.map(
			(s) => `${s.left.column} → ${s.right.column} ${s.kind} ${s.coverage}`
		);
		expect(pairs.slice(0, 2).sort()).toEqual([
			'destination → iata many-to-one 1',
			'origin → iata many-to-one 1'
		]);
		expect(outcome.value.suggestions[0].reason).toMatch(
			/^100% of flights\.(origin|destination) values are found in airports\.iata; each airports\.iata value is on one row/
		);
	}, 30_000);
});

describe('when DuckDB cannot measure', () => {
	it('skips a pair that fails and reports the engine’s message when every pair fails', async () => {
		let failing = 1;
		const port: MeasureEngine = {
			query: async (options) =>
				failing-- > 0
					? { ok: false, error: { code: 'sql-error', message: 'Out of memory' } }
					: engine.query(options),
			reads: (options) => engine.reads(options)
		};
		const measurer = createContextMeasurer({ engine: port, now: () => 0 });
		const input = { contextId: 'x', datasets: [orders, customers], existing: [] };
		// The most promising pair (customer_id ↔ id) fails; the others are still measured.
		const partly = await measurer.suggestJoins(input);
		expect(partly.ok).toBe(true);
		const columns = partly.ok ? partly.value.suggestions.map((s) => s.left.column) : [];
		expect(columns).not.toContain('customer_id');
		expect(columns.length).toBeGreaterThan(0);
		failing = Infinity;
		expect(await measurer.suggestJoins(input)).toEqual({ ok: false, message: 'Out of memory' });
		expect(
			await measurer.validate({
				context: context({
					datasetIds: ['o', 'c'],
					relations: [
						{
							left: { datasetId: 'o', column: 'customer_id' },
							right: { datasetId: 'c', column: 'id' }
						}
					]
				}),
				datasets: [orders, customers]
			})
		).toEqual({ ok: false, message: 'Out of memory' });
	});
});

describe('the context cache in front of the measurer', () => {
	it('answers again from the cache until it expires, the version changes or a dataset changes', async () => {
		await storage.contextCache.clear();
		let now = 1_000;
		const { engine: port, queries } = counting();
		const measurer = createContextMeasurer({
			engine: port,
			cache: storage.contextCache,
			now: () => now
		});
		const relations: Context['relations'] = [
			{ left: { datasetId: 'o', column: 'customer_id' }, right: { datasetId: 'c', column: 'id' } }
		];
		const input = {
			context: context({ datasetIds: ['o', 'c'], relations }),
			datasets: [orders, customers]
		};

		const first = await measurer.validate(input);
		const measured = queries();
		expect(measured).toBeGreaterThan(0);
		const again = await measurer.validate(input);
		expect(queries()).toBe(measured);
		expect(again).toEqual(first);

		await measurer.validate({ ...input, context: { ...input.context, version: 2 } });
		expect(queries()).toBe(2 * measured);

		await measurer.validate({
			...input,
			datasets: [{ ...orders, fingerprint: 'changed' }, customers]
		});
		expect(queries()).toBe(3 * measured);

		now += 24 * 60 * 60 * 1000;
		await measurer.validate(input);
		expect(queries()).toBe(4 * measured);

		expect(await storage.contextCache.stats()).toMatchObject({ hits: 1, misses: 4 });
	});

	it('keeps suggestions for the TTL the settings give', async () => {
		let now = 0;
		const { engine: port, queries } = counting();
		await storage.settings.set('contextCacheTtlMs', 1_000);
		const measurer = contextMeasurerOver(port, storage, () => now);
		const input = { contextId: 'ttl', datasets: [orders, customers], existing: [] };
		await measurer.suggestJoins(input);
		const measured = queries();
		now = 999;
		await measurer.suggestJoins(input);
		expect(queries()).toBe(measured);
		now = 1_000;
		await measurer.suggestJoins(input);
		expect(queries()).toBe(2 * measured);
		await storage.settings.remove('contextCacheTtlMs');
	});

	it('measures again when a stored report is malformed', async () => {
		const { engine: port, queries } = counting();
		const measurer = createContextMeasurer({
			engine: port,
			now: () => 0,
			cache: {
				get: async (key) => ({
					key,
					kind: 'suggestions',
					contextId: 'x',
					datasetIds: [],
					report: { suggestions: 'DROP TABLE y' },
					createdAt: 0,
					expiresAt: 1e12
				}),
				put: async () => undefined
			}
		});
		const outcome = await measurer.suggestJoins({
			contextId: 'x',
			datasets: [orders, customers],
			existing: []
		});
		expect(queries()).toBeGreaterThan(0);
		expect(outcome.ok && outcome.value.suggestions.length).toBeGreaterThan(0);
	});
});
