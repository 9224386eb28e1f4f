import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Context } from '$lib/core/contexts/types';
import type { EngineView } from '$lib/engine/lazy-attach';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName, makeDatasetRecord } from '$test/records';
import { sqlName } from './completion-names';
import { ContextViews } from './context-views.svelte';

/** Live reads arrive after a write commits; under load that can take a moment. */
const SETTLE = { timeout: 10_000 };

const opened: { storage: QuarryStorage; views: ContextViews }[] = [];

function open(): { storage: QuarryStorage; views: ContextViews; engine: EngineView[][] } {
	const storage = openStorage({ name: freshDbName('context-views') });
	const engine: EngineView[][] = [];
	const views = new ContextViews({ storage, engine: { setViews: (v) => engine.push([...v]) } });
	opened.push({ storage, views });
	return { storage, views, engine };
}

afterEach(async () => {
	for (const { storage, views } of opened.splice(0)) {
		views.stop();
		storage.db.close();
		await storage.db.delete();
	}
});

const flights = makeDatasetRecord({
	id: 'f',
	tableName: 'flights',
	columns: [
		{ name: 'origin', type: 'VARCHAR' },
		{ name: 'destination', type: 'VARCHAR' },
		{ name: 'delay', type: 'BIGINT' }
	]
});
const airports = makeDatasetRecord({
	id: 'a',
	tableName: 'airports',
	columns: [
		{ name: 'iata', type: 'VARCHAR' },
		{ name: 'State Name', type: 'VARCHAR' }
	]
});

const travel: Context = {
	id: 'c1',
	name: 'Travel',
	datasetIds: ['f', 'a'],
	relations: [
		{
			left: { datasetId: 'f', column: 'origin' },
			right: { datasetId: 'a', column: 'iata' },
			kind: 'many-to-one'
		}
	],
	metrics: [{ name: 'avg_delay', expression: 'AVG(delay)' }],
	descriptions: [],
	synonyms: [],
	notes: '',
	version: 1,
	createdAt: 1,
	updatedAt: 1
};

async function seed(storage: QuarryStorage): Promise<void> {
	await storage.db.datasets.bulkPut([flights, airports]);
	await storage.contexts.put(travel);
}

describe('ContextViews', () => {
	it('lists each saved context with its views and metrics, and hands the views to the engine', async () => {
		const { storage, views, engine } = open();
		await seed(storage);
		views.start();
		await expect
			.poll(() => views.sets[0]?.views.map((v) => v.name), SETTLE)
			.toEqual(['ctx_travel__flights_airports']);
		expect(views.sets[0].metrics.map((m) => m.label)).toEqual(['flights.avg_delay']);
		expect(engine.at(-1)?.map((v) => v.name)).toEqual(['ctx_travel__flights_airports']);
		expect(engine.at(-1)?.[0].tables).toEqual(['flights', 'airports']);
	});

	it('offers table, view, column and metric names for completion, quoted where needed', async () => {
		const { storage, views } = open();
		await seed(storage);
		views.start();
		await expect.poll(() => views.names.length, SETTLE).toBeGreaterThan(0);
		expect(views.names).toEqual(
			expect.arrayContaining([
				{ text: 'flights', insert: 'flights', kind: 'table' },
				{
					text: 'ctx_travel__flights_airports',
					insert: 'ctx_travel__flights_airports',
					kind: 'view'
				},
				{ text: 'State Name', insert: '"State Name"', kind: 'column' },
				{ text: 'avg_delay', insert: 'AVG(delay) /* avg_delay */', kind: 'metric' }
			])
		);
	});

	it('follows a dataset rename: the view reads the new table name', async () => {
		const { storage, views, engine } = open();
		await seed(storage);
		views.start();
		await expect.poll(() => views.sets[0]?.views.length, SETTLE).toBe(1);
		await storage.datasets.rename('a', 'Airports 2024', 'airports_2024');
		await expect
			.poll(() => engine.at(-1)?.[0]?.name, SETTLE)
			.toBe('ctx_travel__flights_airports_2024');
		expect(engine.at(-1)?.[0].sql).toContain('LEFT JOIN "airports_2024"');
		expect(engine.at(-1)?.[0].tables).toEqual(['flights', 'airports_2024']);
	});

	it('changes its fingerprint when a view definition changes, not otherwise', async () => {
		const { storage, views } = open();
		await seed(storage);
		views.start();
		await expect.poll(() => views.sets[0]?.views.length, SETTLE).toBe(1);
		const first = views.fingerprint;
		expect(first).not.toBe('');
		await storage.contexts.put({
			...travel,
			metrics: [{ name: 'flights', expression: 'count(*)' }],
			notes: 'only the metrics and notes change',
			version: 2
		});
		await expect.poll(() => views.sets[0]?.metrics[0]?.name, SETTLE).toBe('flights');
		expect(views.fingerprint).toBe(first);
		await storage.contexts.put({
			...travel,
			relations: [{ ...travel.relations[0], left: { datasetId: 'f', column: 'destination' } }],
			version: 3
		});
		await expect.poll(() => views.fingerprint, SETTLE).not.toBe(first);
	});

	it('drops the views of a deleted dataset', async () => {
		const { storage, views, engine } = open();
		await seed(storage);
		views.start();
		await expect.poll(() => views.sets[0]?.views.length, SETTLE).toBe(1);
		await storage.datasets.remove('a');
		await expect.poll(() => engine.at(-1), SETTLE).toEqual([]);
		expect(views.sets[0].views).toEqual([]);
	});

	it('skips what does not fit in a stored context instead of failing', async () => {
		const { storage, views } = open();
		await seed(storage);
		const damaged = {
			...travel,
			id: 'c2',
			name: 'Damaged',
			relations: [null, { left: 'x' }],
			metrics: 'nope'
		} as unknown as Context;
		await storage.contexts.put(damaged);
		views.start();
		await expect.poll(() => views.sets.length, SETTLE).toBe(2);
		expect(views.sets[0]).toMatchObject({ contextName: 'Damaged', views: [], metrics: [] });
	});
});

describe('sqlName', () => {
	it('leaves plain lower-case names bare and quotes the rest', () => {
		expect(sqlName('flights')).toBe('flights');
		expect(sqlName('order')).toBe('"order"');
		expect(sqlName('Delay')).toBe('"Delay"');
		expect(sqlName('a "b"')).toBe('"a ""b"""');
	});
});
