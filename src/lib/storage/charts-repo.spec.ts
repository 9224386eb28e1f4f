import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type QuarryStorage } from './storage';
import type { NewChart } from './charts-repo';
import { freshDbName } from '$test/records';

let storage: QuarryStorage;
let clock = 100;
let ids = 0;

function open(): QuarryStorage {
	storage = openStorage({
		name: freshDbName('charts'),
		now: () => (clock += 10),
		newId: () => `chart-${++ids}`
	});
	return storage;
}

function chart(title: string, overrides: Partial<NewChart> = {}): NewChart {
	return {
		title,
		description: '',
		spec: { $schema: 'x', mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } },
		sql: 'SELECT a FROM t',
		datasetIds: ['d1'],
		datasetFingerprints: { d1: 'f1' },
		datasetRefs: { d1: { name: 'T', tableName: 't' } },
		...overrides
	};
}

afterEach(async () => {
	storage.db.close();
	await storage.db.delete();
});

describe('ChartsRepo', () => {
	it('adds charts and lists the newest first', async () => {
		const { charts } = open();
		const first = await charts.add(chart('First'));
		await charts.add(chart('Second'));
		expect(first.createdAt).toBe(first.updatedAt);
		expect((await charts.list()).map((c) => c.title)).toEqual(['Second', 'First']);
		expect(await charts.count()).toBe(2);
		expect(await charts.get(first.id)).toEqual(first);
	});

	it('renames a chart and moves it to the top of the recently updated list', async () => {
		const { charts } = open();
		const first = await charts.add(chart('First'));
		await charts.add(chart('Second'));
		const renamed = await charts.rename(first.id, 'Renamed');
		expect(renamed).toMatchObject({ title: 'Renamed', createdAt: first.createdAt });
		expect(renamed!.updatedAt).toBeGreaterThan(first.updatedAt);
		expect((await charts.listRecentlyUpdated()).map((c) => c.title)).toEqual(['Renamed', 'Second']);
		expect(await charts.rename('gone', 'x')).toBeUndefined();
	});

	it('duplicates a chart as an independent copy with its own id and times', async () => {
		const { charts } = open();
		const original = await charts.add(chart('Original', { description: 'Notes' }));
		const copy = await charts.duplicate(original.id, 'Copy of Original');
		expect(copy).toMatchObject({
			title: 'Copy of Original',
			description: 'Notes',
			sql: original.sql,
			datasetFingerprints: { d1: 'f1' }
		});
		expect(copy!.id).not.toBe(original.id);
		expect(copy!.createdAt).toBeGreaterThan(original.createdAt);
		await charts.update(copy!.id, { datasetIds: ['d2'] });
		expect((await charts.get(original.id))?.datasetIds).toEqual(['d1']);
		expect(await charts.duplicate('gone', 'x')).toBeUndefined();
	});

	it('removes a chart', async () => {
		const { charts } = open();
		const first = await charts.add(chart('First'));
		await charts.remove(first.id);
		expect(await charts.get(first.id)).toBeUndefined();
		expect(await charts.count()).toBe(0);
	});
});
