import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDbName, makeDatasetRecord } from '$test/records';
import {
	RESULT_CHART_COUNTS_KEY,
	RESULT_COUNTS_KEY,
	RESULT_DATASET_COUNTS_KEY
} from './result-cache-repo';
import type { ResultCacheRecord } from './records';
import { openStorage, type QuarryStorage } from './storage';

let storage: QuarryStorage;

afterEach(async () => {
	storage.db.close();
	await storage.db.delete();
});

function entry(key: string, overrides: Partial<ResultCacheRecord> = {}): ResultCacheRecord {
	return {
		key,
		sql: `select ${key}`,
		readKey: `read-${key}`,
		tablesRead: ['t1'],
		arrow: new Uint8Array(100).fill(7),
		columns: [{ name: 'a', type: 'INTEGER' }],
		rows: 1,
		truncated: false,
		engineMs: 5,
		datasetIds: ['d1'],
		createdAt: 0,
		expiresAt: 1_000,
		lastUsedAt: 0,
		hits: 0,
		bytes: 100,
		...overrides
	};
}

const limits = { maxBytes: 1_000_000, maxEntryBytes: 500 };

function open(): QuarryStorage {
	storage = openStorage({ name: freshDbName('result-cache') });
	return storage;
}

describe('ResultCacheRepo', () => {
	it('serves a fresh entry with its bytes, counts hits and misses, and misses once expired', async () => {
		const { resultCache } = open();
		await resultCache.put(entry('k'), limits, 0);
		const hit = await resultCache.lookup('k', 10);
		expect(hit?.arrow).toEqual(new Uint8Array(100).fill(7));
		expect(await resultCache.lookup('other', 10)).toBeUndefined();
		expect(await resultCache.lookup('k', 1_000)).toBeUndefined();
		expect(await storage.db.resultCache.get('k')).toBeUndefined();
		expect(await resultCache.stats()).toEqual({
			entries: 0,
			bytes: 0,
			hits: 1,
			misses: 2,
			charts: { hits: 0, misses: 0 },
			datasets: { hits: 0, misses: 0 }
		});
	});

	it('marks a hit used, for least-recently-used eviction', async () => {
		const { resultCache } = open();
		await resultCache.put(entry('a', { lastUsedAt: 1 }), limits, 1);
		await resultCache.put(entry('b', { lastUsedAt: 2 }), limits, 2);
		await resultCache.lookup('a', 3);
		await resultCache.put(entry('c', { lastUsedAt: 4 }), { ...limits, maxBytes: 250 }, 4);
		expect((await storage.db.resultCache.toCollection().primaryKeys()).sort()).toEqual(['a', 'c']);
		expect((await storage.db.resultCache.get('a'))?.hits).toBe(1);
	});

	it('writes a batch of lookups in one go: counts, the charts and dataset pages parts, hits and use times', async () => {
		const { resultCache } = open();
		await resultCache.put(entry('a', { lastUsedAt: 1 }), limits, 1);
		await resultCache.recordLookups({
			used: new Map([
				['a', { hits: 3, at: 9 }],
				['gone', { hits: 1, at: 9 }]
			]),
			hits: 4,
			misses: 2,
			charts: { hits: 1, misses: 1 },
			datasets: { hits: 2, misses: 0 }
		});
		expect(await storage.db.resultCache.get('a')).toMatchObject({ hits: 3, lastUsedAt: 9 });
		expect(await resultCache.stats()).toMatchObject({
			hits: 4,
			misses: 2,
			charts: { hits: 1, misses: 1 },
			datasets: { hits: 2, misses: 0 }
		});
	});

	it('keeps the byte cap after entries were dropped elsewhere', async () => {
		const { resultCache } = open();
		const cap = { maxBytes: 300, maxEntryBytes: 300 };
		await resultCache.put(entry('a', { lastUsedAt: 1, datasetIds: ['gone'] }), cap, 1);
		await resultCache.put(entry('b', { lastUsedAt: 2 }), cap, 2);
		await resultCache.dropForDatasets(['gone']);
		await resultCache.put(entry('c', { lastUsedAt: 3 }), cap, 3);
		await resultCache.put(entry('d', { lastUsedAt: 4 }), cap, 4);
		expect((await storage.db.resultCache.toCollection().primaryKeys()).sort()).toEqual([
			'b',
			'c',
			'd'
		]);
		await resultCache.put(entry('e', { lastUsedAt: 5 }), cap, 5);
		expect((await storage.db.resultCache.toCollection().primaryKeys()).sort()).toEqual([
			'c',
			'd',
			'e'
		]);
	});

	it('does not store a result above the per-entry limit', async () => {
		const { resultCache } = open();
		expect(await resultCache.put(entry('big', { bytes: 501 }), limits, 0)).toBe(false);
		expect(await resultCache.put(entry('ok', { bytes: 500 }), limits, 0)).toBe(true);
		expect(await storage.db.resultCache.count()).toBe(1);
	});

	it('treats a malformed entry as a miss and removes it', async () => {
		const { resultCache } = open();
		await storage.db.resultCache.put({
			...entry('bad'),
			arrow: 'not bytes' as unknown as Uint8Array
		});
		expect(await resultCache.lookup('bad', 1)).toBeUndefined();
		expect(await storage.db.resultCache.count()).toBe(0);
	});

	it('drops the entries that read a dataset, and only those', async () => {
		const { resultCache } = open();
		await resultCache.put(entry('x', { datasetIds: ['d1', 'd2'] }), limits, 0);
		await resultCache.put(entry('y', { datasetIds: ['d2'] }), limits, 0);
		await resultCache.put(entry('z', { datasetIds: ['d3'] }), limits, 0);
		expect(await resultCache.dropForDatasets(['d1', 'd3'])).toBe(2);
		expect(await storage.db.resultCache.toCollection().primaryKeys()).toEqual(['y']);
	});

	it('clears entries and counts', async () => {
		const { resultCache } = open();
		await resultCache.put(entry('k'), limits, 0);
		await resultCache.lookup('k', 1);
		await resultCache.recordLookups({
			used: new Map(),
			hits: 0,
			misses: 2,
			charts: { hits: 0, misses: 1 },
			datasets: { hits: 0, misses: 1 }
		});
		await resultCache.clear();
		expect(await resultCache.stats()).toEqual({
			entries: 0,
			bytes: 0,
			hits: 0,
			misses: 0,
			charts: { hits: 0, misses: 0 },
			datasets: { hits: 0, misses: 0 }
		});
		expect(await storage.db.settings.get(RESULT_COUNTS_KEY)).toBeUndefined();
		expect(await storage.db.settings.get(RESULT_CHART_COUNTS_KEY)).toBeUndefined();
		expect(await storage.db.settings.get(RESULT_DATASET_COUNTS_KEY)).toBeUndefined();
	});

	it('retimes entries after the TTL changed', async () => {
		const { resultCache } = open();
		await resultCache.put(entry('k', { createdAt: 100, expiresAt: 10_000 }), limits, 100);
		await resultCache.retime(50);
		expect(await resultCache.find('k', 151)).toBeUndefined();
	});
});

describe('DatasetsRepo and the result cache', () => {
	it('drops cached results when a dataset is renamed or removed', async () => {
		const { resultCache, datasets } = open();
		const one = makeDatasetRecord();
		const two = makeDatasetRecord();
		await datasets.saveImported(one, new Blob(['1']));
		await datasets.saveImported(two, new Blob(['2']));
		await resultCache.put(entry('a', { datasetIds: [one.id] }), limits, 0);
		await resultCache.put(entry('b', { datasetIds: [two.id] }), limits, 0);
		await datasets.rename(one.id, 'Renamed', 'renamed');
		expect(await storage.db.resultCache.toCollection().primaryKeys()).toEqual(['b']);
		await datasets.remove(two.id);
		expect(await storage.db.resultCache.count()).toBe(0);
	});
});

describe('ResultCacheRepo.tablesReadFor', () => {
	it('gives the tables a stored statement reads by its read key, nothing for others', async () => {
		storage = openStorage({ name: freshDbName('result-reads') });
		await storage.db.resultCache.bulkPut([
			entry('a', { readKey: 'same-text', tablesRead: ['flights', 'airports'] }),
			entry('b', { readKey: 'other-text', tablesRead: ['cars'] })
		]);
		expect(await storage.resultCache.tablesReadFor('same-text')).toEqual(['flights', 'airports']);
		expect(await storage.resultCache.tablesReadFor('unknown')).toBeUndefined();
		// A malformed entry is not trusted.
		await storage.db.resultCache.put({ ...entry('c'), readKey: 'bad', tablesRead: [1] } as never);
		expect(await storage.resultCache.tablesReadFor('bad')).toBeUndefined();
	});
});
