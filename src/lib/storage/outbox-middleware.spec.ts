import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountInfo, SyncRecord } from '$lib/core/sync/protocol';
import { openStorage, type QuarryStorage } from './storage';
import { freshDbName, makeDatasetRecord } from '$test/records';

const account: AccountInfo = {
	userId: 'u1',
	username: 'ada',
	createdAt: 1,
	storedBytes: 0,
	quotaBytes: 1
};
const opened: QuarryStorage[] = [];

function open(name = freshDbName('outbox')): QuarryStorage {
	const storage = openStorage({ name, now: () => 5 });
	opened.push(storage);
	return storage;
}

async function enabled(name?: string): Promise<QuarryStorage> {
	const storage = open(name);
	await storage.sync.enable('http://q.test', account);
	return storage;
}

afterEach(async () => {
	for (const storage of opened.splice(0)) {
		storage.db.close();
		await storage.db.delete();
	}
});

describe('outbox capture', () => {
	it('captures nothing before sync was enabled on the device', async () => {
		const { db, charts, settings } = open();
		await charts.add({ title: 'A' } as Parameters<typeof charts.add>[0]);
		await settings.set('theme', 'dark');
		expect(await db.outbox.count()).toBe(0);
	});

	it('queues every existing record once on enabling, roaming settings only', async () => {
		const storage = open();
		await storage.db.datasets.add(makeDatasetRecord({ id: 'd1' }));
		await storage.settings.set('theme', 'dark');
		await storage.settings.set('serverUrl', 'http://q.test');
		await storage.sync.enable('http://q.test', account);
		const ids = (await storage.db.outbox.toArray()).map((e) => e.id).sort();
		expect(ids).toEqual(['datasets:d1', 'settings:theme']);
		// Signing in again to the same account queues nothing new.
		await storage.sync.enable('http://q.test', account);
		expect(await storage.db.outbox.count()).toBe(2);
	});

	it('writes the outbox entry in the same transaction as the change', async () => {
		const { db } = await enabled();
		await expect(
			db.transaction('rw', db.contexts, async () => {
				await db.contexts.put({ id: 'c1', name: 'Sales' } as never);
				expect(await db.outbox.get('contexts:c1')).toMatchObject({ op: 'put', deviceSeq: 1 });
				throw new Error('abort');
			})
		).rejects.toThrow('abort');
		// The change was rolled back, and so was its outbox entry.
		expect(await db.contexts.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});

	it('coalesces changes to one entry per record with a new change id and sequence', async () => {
		const { db, datasets } = await enabled();
		await datasets.saveImported(makeDatasetRecord({ id: 'd1' }), new Blob(['x']));
		const first = await db.outbox.get('datasets:d1');
		await datasets.rename('d1', 'Cars', 'cars');
		const second = await db.outbox.get('datasets:d1');
		expect(await db.outbox.count()).toBe(1);
		expect(second?.changeId).not.toBe(first?.changeId);
		expect(second?.deviceSeq).toBeGreaterThan(first?.deviceSeq ?? Infinity);
		await datasets.remove('d1');
		expect(await db.outbox.get('datasets:d1')).toMatchObject({ op: 'delete' });
		expect(await db.outbox.count()).toBe(1);
	});

	it('does not capture stored copies, caches, non-roaming settings or use counts', async () => {
		const { db, datasets, settings } = await enabled();
		await db.datasets.add(makeDatasetRecord({ id: 'd1' }));
		await db.outbox.clear();
		await datasets.touch(['d1']);
		await settings.set('serverUrl', 'http://elsewhere.test');
		await db.datasetFiles.put({ datasetId: 'd1', blob: new Blob(['x']), format: 'arrow' });
		expect(await db.outbox.count()).toBe(0);
		expect((await db.datasets.get('d1'))?.useCount).toBe(1);
	});

	it('captures range deletes record by record', async () => {
		const { db } = await enabled();
		await db.queries.bulkAdd([
			{ id: 'q1', sql: 'select 1' },
			{ id: 'q2', sql: 'select 2' }
		] as never[]);
		await db.queries.clear();
		const entries = await db.outbox.toArray();
		expect(entries.map((e) => [e.id, e.op]).sort()).toEqual([
			['queries:q1', 'delete'],
			['queries:q2', 'delete']
		]);
	});

	it('does not capture records written by the sync applier', async () => {
		const { db, sync } = await enabled();
		const pulled: SyncRecord = {
			table: 'contexts',
			recordId: 'c1',
			version: 3,
			seq: 9,
			deleted: false,
			data: { id: 'c1', name: 'Pulled' },
			updatedAt: 1,
			deviceId: 'other'
		};
		expect(await sync.applyPulled([pulled], 9)).toHaveLength(1);
		expect(await db.contexts.get('c1')).toMatchObject({ name: 'Pulled' });
		expect(await db.outbox.count()).toBe(0);
		expect(await sync.cursor()).toBe(9);
	});

	it('hands out unique sequence numbers across two connections to one database', async () => {
		const name = freshDbName('two-tabs');
		const a = await enabled(name);
		const b = open(name);
		await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				(i % 2 === 0 ? a : b).db.queries.add({ id: `q${i}`, sql: 'select 1' } as never)
			)
		);
		const seqs = (await a.db.outbox.toArray()).map((e) => e.deviceSeq);
		expect(seqs).toHaveLength(20);
		expect(new Set(seqs).size).toBe(20);
		expect(Math.max(...seqs)).toBe(20);
	});
});
