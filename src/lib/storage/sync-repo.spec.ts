import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountInfo, PushResult, SyncRecord } from '$lib/core/sync/protocol';
import { openStorage, type QuarryStorage } from './storage';
import { freshDbName, makeDatasetRecord } from '$test/records';

const account: AccountInfo = {
	userId: 'u1',
	username: 'ada',
	createdAt: 1,
	storedBytes: 0,
	quotaBytes: 1
};
let storage: QuarryStorage;

async function open(): Promise<QuarryStorage> {
	storage = openStorage({ name: freshDbName('sync-repo') });
	await storage.sync.enable('http://q.test', account);
	return storage;
}

afterEach(async () => {
	storage.db.close();
	await storage.db.delete();
});

function record(overrides: Partial<SyncRecord>): SyncRecord {
	return {
		table: 'contexts',
		recordId: 'c1',
		version: 1,
		seq: 1,
		deleted: false,
		data: { id: 'c1', name: 'Pulled' },
		updatedAt: 1,
		deviceId: 'other',
		...overrides
	};
}

describe('applying pulled records', () => {
	it('keeps a local record with a pending change, and its base version', async () => {
		const { db, sync } = await open();
		await sync.applyPulled([record({ version: 1 })], 1);
		await db.contexts.put({ id: 'c1', name: 'Mine' } as never);
		const pending = await db.outbox.get('contexts:c1');
		await sync.applyPulled([record({ version: 2, seq: 2, data: { id: 'c1', name: 'Theirs' } })], 2);
		expect((await db.contexts.get('c1'))?.name).toBe('Mine');
		expect(await db.outbox.get('contexts:c1')).toEqual(pending);
		expect((await sync.pending(10))[0]).toMatchObject({ baseVersion: 1 });
	});

	it('gives a pulled dataset a free table name when another local dataset has it', async () => {
		const { db, datasets, sync } = await open();
		await datasets.saveImported(
			makeDatasetRecord({ id: 'mine', tableName: 'cars' }),
			new Blob(['x'])
		);
		await db.outbox.clear();
		const theirs = makeDatasetRecord({
			id: 'theirs',
			tableName: 'cars',
			fingerprint: 'a'.repeat(64)
		});
		await sync.applyPulled([record({ table: 'datasets', recordId: 'theirs', data: theirs })], 1);
		expect((await db.datasets.get('theirs'))?.tableName).toBe('cars_2');
		expect((await db.datasets.get('mine'))?.tableName).toBe('cars');
		expect(await db.outbox.count()).toBe(0);
		expect(await sync.remoteOnlyDatasetIds()).toEqual(['theirs']);
	});

	it('removes a dataset deleted elsewhere with its stored copy and cached results', async () => {
		const { db, datasets, sync } = await open();
		await datasets.saveImported(makeDatasetRecord({ id: 'd1' }), new Blob(['x']));
		await sync.applyPushed([
			{
				changeId: (await db.outbox.get('datasets:d1'))!.changeId,
				outcome: 'applied',
				record: record({ table: 'datasets', recordId: 'd1', data: {} })
			}
		]);
		await db.resultCache.put({ key: 'r1', datasetIds: ['d1'] } as never);
		await sync.applyPulled(
			[
				record({ table: 'datasets', recordId: 'd1', version: 2, seq: 5, deleted: true, data: null })
			],
			5
		);
		expect(await db.datasets.get('d1')).toBeUndefined();
		expect(await db.datasetFiles.get('d1')).toBeUndefined();
		expect(await db.resultCache.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
	});

	it('skips malformed records and settings that do not roam, and still moves the cursor', async () => {
		const { db, settings, sync } = await open();
		const applied = await sync.applyPulled(
			[
				record({ recordId: 'c2', data: { id: 'not-c2' } }),
				record({ recordId: 'c3', data: 'text' }),
				record({
					table: 'settings',
					recordId: 'serverUrl',
					data: { key: 'serverUrl', value: 'http://evil.test' }
				}),
				record({ table: 'datasets', recordId: 'd9', data: { id: 'd9', tableName: 'x; drop' } }),
				record({ table: 'settings', recordId: 'theme', data: { key: 'theme', value: 'dark' } })
			],
			7
		);
		expect(applied.map((r) => r.recordId)).toEqual(['theme']);
		expect(await settings.get('serverUrl')).toBeUndefined();
		expect(await settings.get('theme')).toBe('dark');
		expect(await db.contexts.count()).toBe(0);
		expect(await db.datasets.count()).toBe(0);
		expect(await sync.cursor()).toBe(7);
	});
});

describe('applying push results', () => {
	it('clears the pushed change, but keeps a newer one made meanwhile', async () => {
		const { db, sync } = await open();
		await db.contexts.put({ id: 'c1', name: 'One' } as never);
		const pushed = (await db.outbox.get('contexts:c1'))!.changeId;
		await db.contexts.put({ id: 'c1', name: 'Two' } as never);
		const result: PushResult = {
			changeId: pushed,
			outcome: 'applied',
			record: record({ version: 3, data: { id: 'c1', name: 'One' } })
		};
		await sync.applyPushed([result]);
		expect(await db.outbox.count()).toBe(1);
		expect((await db.contexts.get('c1'))?.name).toBe('Two');
		const next = (await db.outbox.get('contexts:c1'))!.changeId;
		await sync.applyPushed([{ ...result, changeId: next }]);
		expect(await db.outbox.count()).toBe(0);
		expect((await sync.pending(1)).length).toBe(0);
	});

	it('takes the server version for a duplicate, without queuing it again', async () => {
		const { db, sync } = await open();
		await db.contexts.put({ id: 'c1', name: 'Local' } as never);
		const changeId = (await db.outbox.get('contexts:c1'))!.changeId;
		await sync.applyPushed([
			{
				changeId,
				outcome: 'duplicate',
				record: record({ version: 4, data: { id: 'c1', name: 'Server' } })
			}
		]);
		expect((await db.contexts.get('c1'))?.name).toBe('Server');
		expect(await db.outbox.count()).toBe(0);
	});
	it('applies a newer version pulled while the change was pending once its push is answered', async () => {
		// The pull answer (another device's version 3) arrives before the answer to this
		// device's own push, which the server wrote as version 2.
		const { db, sync } = await open();
		await db.contexts.put({ id: 'c1', name: 'Mine' } as never);
		const changeId = (await db.outbox.get('contexts:c1'))!.changeId;
		const theirs = record({ version: 3, seq: 3, data: { id: 'c1', name: 'Theirs' } });
		await sync.applyPulled([theirs], 3);
		expect((await db.contexts.get('c1'))?.name).toBe('Mine');
		await sync.applyPushed([
			{
				changeId,
				outcome: 'applied',
				record: record({ version: 2, seq: 2, deviceId: 'me', data: { id: 'c1', name: 'Mine' } })
			}
		]);
		expect((await db.contexts.get('c1'))?.name).toBe('Theirs');
		expect(await db.outbox.count()).toBe(0);
		expect((await db.syncRecords.get('contexts:c1'))?.baseVersion).toBe(3);
		expect((await db.syncRecords.get('contexts:c1'))?.held).toBeUndefined();
	});
});

describe('removing local data', () => {
	it('deletes records without queuing deletes, keeps settings and forgets the cursor', async () => {
		const { db, datasets, settings, sync } = await open();
		await datasets.saveImported(makeDatasetRecord({ id: 'd1' }), new Blob(['x']));
		await db.contexts.put({ id: 'c1', name: 'X' } as never);
		await settings.set('theme', 'dark');
		await sync.applyPulled([], 12);
		await sync.removeLocalData();
		expect(await db.datasets.count()).toBe(0);
		expect(await db.datasetFiles.count()).toBe(0);
		expect(await db.contexts.count()).toBe(0);
		expect(await db.outbox.count()).toBe(0);
		expect(await settings.get('theme')).toBe('dark');
		expect(await sync.cursor()).toBe(0);
		expect(await sync.deviceId()).toBeDefined();
	});
});
