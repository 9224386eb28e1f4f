import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type QuarryStorage } from './storage';
import { freshDbName, makeDatasetRecord } from '$test/records';
import { isQuotaError } from './persist';

let storage: QuarryStorage;
let clock = 10_000;

function open(): QuarryStorage {
	storage = openStorage({ name: freshDbName('datasets'), now: () => clock });
	return storage;
}

afterEach(async () => {
	storage.db.close();
	await storage.db.delete();
});

const blobOf = (text: string) => new Blob([text], { type: 'application/octet-stream' });

describe('DatasetsRepo.saveImported', () => {
	it('stores the record and its file together', async () => {
		const { datasets } = open();
		const record = makeDatasetRecord({ name: 'Sales', tableName: 'sales' });
		await datasets.saveImported(record, blobOf('arrow bytes'));
		expect(await datasets.get(record.id)).toEqual(record);
		const file = await datasets.loadFile(record.id);
		expect(file?.format).toBe('arrow');
		expect(await file?.blob.text()).toBe('arrow bytes');
	});

	it('writes nothing when the file write fails after the record was added', async () => {
		const { db, datasets } = open();
		db.datasetFiles.hook('creating', () => {
			throw new Error('disk on fire');
		});
		const record = makeDatasetRecord();
		await expect(datasets.saveImported(record, blobOf('x'))).rejects.toThrow('disk on fire');
		expect(await db.datasets.count()).toBe(0);
		expect(await db.datasetFiles.count()).toBe(0);
	});

	it('surfaces a quota error as one and writes nothing', async () => {
		const { db, datasets } = open();
		db.datasetFiles.hook('creating', () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const error = await datasets.saveImported(makeDatasetRecord(), blobOf('x')).catch((e) => e);
		expect(isQuotaError(error)).toBe(true);
		expect(await db.datasets.count()).toBe(0);
		expect(await db.datasetFiles.count()).toBe(0);
	});

	it('refuses a second dataset with the same table name, keeping the first intact', async () => {
		const { db, datasets } = open();
		const first = makeDatasetRecord({ tableName: 'sales' });
		await datasets.saveImported(first, blobOf('first'));
		const second = makeDatasetRecord({ tableName: 'sales' });
		await expect(datasets.saveImported(second, blobOf('second'))).rejects.toThrow();
		expect(await db.datasets.count()).toBe(1);
		expect(await (await datasets.loadFile(first.id))?.blob.text()).toBe('first');
		expect(await datasets.loadFile(second.id)).toBeUndefined();
	});
});

describe('DatasetsRepo reads and changes', () => {
	it('lists newest first', async () => {
		const { datasets } = open();
		const old = makeDatasetRecord({ createdAt: 1 });
		const newest = makeDatasetRecord({ createdAt: 3 });
		const middle = makeDatasetRecord({ createdAt: 2 });
		for (const r of [old, newest, middle]) await datasets.saveImported(r, blobOf(r.id));
		expect((await datasets.list()).map((r) => r.id)).toEqual([newest.id, middle.id, old.id]);
	});

	it('renames, bumping version and updatedAt', async () => {
		const { datasets } = open();
		const record = makeDatasetRecord({ name: 'sales', tableName: 'sales', version: 1 });
		await datasets.saveImported(record, blobOf('x'));
		clock = 20_000;
		const updated = await datasets.rename(record.id, 'Sales 2024', 'sales_2024');
		expect(updated).toMatchObject({
			name: 'Sales 2024',
			tableName: 'sales_2024',
			version: 2,
			updatedAt: 20_000
		});
		expect(await datasets.get(record.id)).toEqual(updated);
		expect(await datasets.rename('missing', 'x', 'x')).toBeUndefined();
	});

	it('removes the record, its file and cached results that read it', async () => {
		const { db, datasets } = open();
		const keep = makeDatasetRecord();
		const gone = makeDatasetRecord();
		await datasets.saveImported(keep, blobOf('keep'));
		await datasets.saveImported(gone, blobOf('gone'));
		const cached = {
			sql: 'select 1',
			readKey: 'r',
			tablesRead: [],
			arrow: new Uint8Array([1]),
			columns: [],
			rows: 1,
			truncated: false,
			engineMs: 1,
			createdAt: 0,
			expiresAt: 1,
			lastUsedAt: 0,
			hits: 0,
			bytes: 1
		};
		await db.resultCache.bulkAdd([
			{ key: 'a', datasetIds: [gone.id], ...cached },
			{ key: 'b', datasetIds: [keep.id], ...cached }
		]);
		await datasets.remove(gone.id);
		expect(await datasets.get(gone.id)).toBeUndefined();
		expect(await datasets.loadFile(gone.id)).toBeUndefined();
		expect((await db.resultCache.toArray()).map((r) => r.key)).toEqual(['b']);
		expect(await datasets.get(keep.id)).toEqual(keep);
		expect(await (await datasets.loadFile(keep.id))?.blob.text()).toBe('keep');
	});

	it('touch records the use', async () => {
		const { datasets } = open();
		const a = makeDatasetRecord({ useCount: 2, lastUsedAt: 5 });
		const b = makeDatasetRecord({ useCount: 0, lastUsedAt: 5 });
		await datasets.saveImported(a, blobOf('a'));
		await datasets.saveImported(b, blobOf('b'));
		clock = 30_000;
		const touched = await datasets.touch([a.id, 'missing']);
		expect(touched).toEqual([{ ...a, useCount: 3, lastUsedAt: 30_000, version: a.version + 1 }]);
		expect(await datasets.get(b.id)).toEqual(b);
	});

	it('lists what the engine needs to attach every table', async () => {
		const { datasets } = open();
		const a = makeDatasetRecord({ tableName: 'a', createdAt: 1, storedFormat: 'parquet' });
		const b = makeDatasetRecord({ tableName: 'b', createdAt: 2 });
		await datasets.saveImported(b, blobOf('bbb'));
		await datasets.saveImported(a, blobOf('aaa'));
		const attachments = await datasets.listAttachments();
		expect(attachments.map((x) => [x.tableName, x.storedFormat])).toEqual([
			['a', 'parquet'],
			['b', 'arrow']
		]);
		expect(await attachments[0].stored.text()).toBe('aaa');
	});
});
