import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MeasureDataset } from '$lib/core/contexts/types';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { csvDataset } from '$test/contexts-data';
import { DuckDBStandIn } from '$test/duckdb-engine';
import { freshDbName, makeDatasetRecord } from '$test/records';
import { createContextMeasurer } from './context-measure';
import { Contexts } from './contexts.svelte';
import { Notices } from './notices.svelte';

/** Live queries settle in milliseconds; a loaded CI machine gets more time. */
const WAIT = { timeout: 10_000 };

let engine: DuckDBStandIn;
let storage: QuarryStorage;
let contexts: Contexts;

function lines(header: string, count: number, row: (i: number) => string): string {
	return [header, ...Array.from({ length: count }, (_, i) => row(i + 1))].join('\n');
}

function record(dataset: MeasureDataset) {
	const { id, name, tableName, fingerprint, rows, columns } = dataset;
	return makeDatasetRecord({ id, name, tableName, fingerprint, rows, columns });
}

beforeAll(async () => {
	engine = new DuckDBStandIn();
	await engine.start();
	// 40 customers; 100 orders, 5 of them by a customer who does not exist (999).
	const customers = await csvDataset(
		engine,
		'customers',
		'customers',
		lines('customer_id,country', 40, (i) => `${i},${i % 2 ? 'France' : 'Chile'}`),
		'Customers'
	);
	const orders = await csvDataset(
		engine,
		'orders',
		'orders',
		lines('order_id,customer_id,amount', 100, (i) => `${i},${i <= 5 ? 999 : (i % 40) + 1},${i}`),
		'Orders'
	);
	storage = openStorage({ name: freshDbName('contexts-measured') });
	await storage.db.datasets.bulkAdd([record(orders), record(customers)]);
	const measurer = createContextMeasurer({ engine, cache: storage.contextCache, now: Date.now });
	contexts = new Contexts({ storage, measurer, notices: new Notices() });
	contexts.start();
	await vi.waitFor(() => expect(contexts.datasets).toHaveLength(2), WAIT);
}, 60_000);

afterAll(async () => {
	contexts.stop();
	storage.db.close();
	await storage.db.delete();
});

describe('Contexts measured in DuckDB', () => {
	it('suggests the join, accepts it, and shows its orphan rate and metric values', async () => {
		const created = await contexts.create('Sales');
		if (!created.ok) throw new Error(created.message);
		const id = created.id;
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'orders' });
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'customers' });
		await contexts.measure(id);
		const measured = contexts.suggestions[id];
		if (measured?.status !== 'done') throw new Error(JSON.stringify(measured));
		const best = measured.report.suggestions[0];
		// The two customer_id columns, oriented from the side whose keys are unique.
		expect(best).toMatchObject({
			left: { datasetId: 'customers', column: 'customer_id' },
			right: { datasetId: 'orders', column: 'customer_id' },
			kind: 'one-to-many'
		});
		expect(best.coverage).toBe(1);
		expect(best.reverseCoverage).toBeCloseTo(40 / 41, 3);

		expect((await contexts.acceptSuggestion(id, best)).ok).toBe(true);
		const hostile = await contexts.edit(id, {
			kind: 'add-metric',
			metric: { name: 'revenue', expression: '1); DROP TABLE orders; --', datasetId: 'orders' }
		});
		expect(hostile.ok).toBe(false);
		await contexts.edit(id, {
			kind: 'add-metric',
			metric: { name: 'revenue', expression: 'SUM(amount)', datasetId: 'orders' }
		});
		await contexts.edit(id, {
			kind: 'add-metric',
			metric: { name: 'broken', expression: 'SUM(no_such_column)', datasetId: 'orders' }
		});
		await contexts.measure(id);
		const validation = contexts.validation[id];
		if (validation?.status !== 'done') throw new Error(JSON.stringify(validation));
		expect(validation.version).toBe(contexts.get(id)?.version);
		expect(validation.report.relations[0]).toMatchObject({ orphanRate: 0 });
		expect(validation.report.relations[0].reverseOrphanRate).toBeCloseTo(0.05, 5);
		expect(validation.report.metrics[0]).toMatchObject({ ok: true, value: 5050 });
		expect(validation.report.metrics[1].ok).toBe(false);
		expect(validation.report.metrics[1].message).toMatch(/no_such_column/);
		const rows = await engine.query({ queryId: 'q', sql: 'SELECT COUNT(*) AS n FROM orders' });
		expect(rows.ok).toBe(true);
	});
});
