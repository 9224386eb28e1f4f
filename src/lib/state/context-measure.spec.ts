import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBStandIn } from '$test/duckdb-engine';
import { csvDataset, vegaDataset } from '$test/contexts-data';
import { freshDbName } from '$test/records';
import type { Context, MeasureDataset } from '$lib/core/contexts/types';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { contextMeasurerOver, createContextMeasurer } from './context-measure';
import type { MeasureEngine } from './context-metric-check';

let engine: DuckDBStandIn;
let storage: QuarryStorage;
let customers: MeasureDataset;
let orders: MeasureDataset;
let regions: MeasureDataset;
let products: MeasureDataset;

function lines(header: string, count: number, row: (i: number) => string): string {
	return [header, ...Array.from({ length: count }, (_, i) => row(i + 1))].join('\n');
}

beforeAll(async () => {
	engine = new DuckDBStandIn();
	await engine.start();
	storage = openStorage({ name: freshDbName('context-measure') });
	// 50 customers in 5 regions; 200 orders, 4 of them by a customer who does not exist (99).
	customers = await csvDataset(
		engine,
		'c',
		'customers',
		lines('id,name,region', 50, (i) => `${i},Customer ${i},${(i % 5) + 1}`)
	);
	orders = await csvDataset(
		engine,
		'o',
		'orders',
		lines('order_id,customer_id,amount,region', 200, (i) =>
			[i + 5000, i <= 4 ? 99 : (i % 49) + 1, i * 2, (i % 5) + 1].join(',')
		)
	);
	regions = await csvDataset(
		engine,
		'r',
		'regions',
		lines('region,label', 5, (i) => `${i},Region ${i}`)
	);
	products = await csvDataset(
		engine,
		'p',
		'products',
		lines('id,title', 20, (i) => `${i + 1000},Product ${i}`)
	);
	await csvDataset(engine, 'y', 'y', 'a\n1');
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

function context(overrides: Partial<Context> = {}): Context {
	return {
		id: 'ctx',
		name: 'Sales',
		datasetIds: ['o', 'c', 'r', 'p'],
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

describe('validation measured in DuckDB', () => {
	const relations: Context['relations'] = [
		{
			left: { datasetId: 'o', column: 'customer_id' },
			right: { datasetId: 'c', column: 'id' },
			kind: 'many-to-one'
		},
		{
			left: { datasetId: 'c', column: 'region' },
			right: { datasetId: 'r', column: 'region' },
			kind: 'many-to-one'
		},
		{
			left: { datasetId: 'r', column: 'region' },
			right: { datasetId: 'o', column: 'region' },
			kind: 'one-to-one'
		},
		{ left: { datasetId: 'o', column: 'nope' }, right: { datasetId: 'c', column: 'id' } }
	];
	const metrics: Context['metrics'] = [
		{ name: 'revenue', expression: 'SUM("amount")', datasetId: 'o' },
		{ name: 'broken', expression: 'SUM(no_such_column)', datasetId: 'o' },
		{ name: 'sneaky', expression: '1) FROM x; DROP TABLE y; SELECT (1', datasetId: 'o' },
		{ name: 'elsewhere', expression: '(SELECT count(*) FROM customers)', datasetId: 'o' },
		{ name: 'per row', expression: 'amount', datasetId: 'o' },
		{ name: 'customers', expression: 'COUNT(*)' }
	];

	it('reports orphans, fan-out, kind mismatch, cycles, unrelated datasets and failing metrics', async () => {
		const measurer = createContextMeasurer({ engine, now: () => 5 });
		const outcome = await measurer.validate({
			context: context({ relations, metrics }),
			datasets: [orders, customers, regions, products]
		});
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const report = outcome.value;
		const [first, , third] = report.relations;
		expect(first).toMatchObject({
			relationIndex: 0,
			leftRows: 200,
			rightRows: 50,
			orphanRate: 0.02,
			duplicateKeys: 0,
			measuredKind: 'many-to-one'
		});
		expect(third).toMatchObject({
			relationIndex: 2,
			measuredKind: 'one-to-many',
			rightMaxPerKey: 40
		});
		const messages = (code: string): string[] =>
			report.findings.filter((f) => f.code === code).map((f) => f.message);
		expect(messages('orphans')).toContain(
			'2% of orders rows (4) have no match for their customer_id in customers.id.'
		);
		expect(messages('fan-out')).toEqual([
			'5 keys of regions.region or orders.region appear on more than one row (up to 40): joining repeats rows and inflates sums.'
		]);
		expect(messages('kind-mismatch')).toEqual([
			'Relation regions.region ↔ orders.region is declared one-to-one but the data is one-to-many.'
		]);
		expect(messages('cycle')).toEqual([
			'regions → customers → orders → regions form a cycle: a question could join them in more than one way.'
		]);
		expect(messages('unrelated-dataset')).toEqual([
			'products is not related to any other dataset of this context.'
		]);
		expect(messages('missing-column')).toEqual(['Relation 4: orders has no column “nope”.']);
		expect(report.findings[0].severity).toBe('error');

		const [revenue, broken, sneaky, elsewhere, perRow, count] = report.metrics;
		expect(revenue).toEqual({ metricIndex: 0, ok: true, value: 40200 });
		expect(broken.ok).toBe(false);
		expect(broken.message).toMatch(/no_such_column/);
		expect(sneaky.ok).toBe(false);
		expect(elsewhere).toMatchObject({ ok: false });
		expect(elsewhere.message).toContain('"customers"');
		expect(perRow.message).toMatch(/one value per row/);
		expect(count).toEqual({ metricIndex: 5, ok: true, value: 200 }); // the first dataset: orders
		expect(messages('metric-invalid')).toHaveLength(4);
		expect(engine.tables()).toContain('y');
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
