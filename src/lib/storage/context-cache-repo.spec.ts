import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDbName, makeDatasetRecord } from '$test/records';
import { CONTEXT_CACHE_COUNTS_KEY } from './context-cache-repo';
import type { ContextCacheRecord } from './records';
import { openStorage, type QuarryStorage } from './storage';

let storage: QuarryStorage;

afterEach(async () => {
	storage.db.close();
	await storage.db.delete();
});

function entry(key: string, datasetIds: string[], expiresAt = 1_000): ContextCacheRecord {
	return {
		key,
		kind: 'validation',
		contextId: 'c1',
		datasetIds,
		report: { findings: [], relations: [], metrics: [], measuredAt: 0 },
		createdAt: 0,
		expiresAt
	};
}

describe('ContextCacheRepo', () => {
	it('returns a fresh entry as a hit and an absent or expired one as a miss', async () => {
		storage = openStorage({ name: freshDbName('context-cache') });
		await storage.contextCache.put(entry('fresh', ['d1']), 0);
		await storage.contextCache.put(entry('old', ['d1'], 10), 0);
		expect((await storage.contextCache.get('fresh', 500))?.report).toMatchObject({ findings: [] });
		expect(await storage.contextCache.get('old', 10)).toBeUndefined();
		expect(await storage.contextCache.get('absent', 10)).toBeUndefined();
		expect(await storage.db.contextCache.get('old')).toBeUndefined(); // deleted when met
		const stats = await storage.contextCache.stats();
		expect(stats).toMatchObject({ entries: 1, hits: 1, misses: 2 });
		expect(stats.bytes).toBeGreaterThan(10);
	});

	it('treats a malformed entry as a miss and hostile counts as zero', async () => {
		storage = openStorage({ name: freshDbName('context-cache') });
		await storage.db.contextCache.put({ key: 'junk' } as unknown as ContextCacheRecord);
		await storage.db.settings.put({ key: CONTEXT_CACHE_COUNTS_KEY, value: { hits: -1 } });
		expect(await storage.contextCache.get('junk', 0)).toBeUndefined();
		expect(await storage.contextCache.stats()).toEqual({
			entries: 0,
			bytes: 0,
			hits: 0,
			misses: 1
		});
	});

	it('clears entries and counts', async () => {
		storage = openStorage({ name: freshDbName('context-cache') });
		await storage.contextCache.put(entry('a', ['d1']), 0);
		await storage.contextCache.get('a', 1);
		await storage.contextCache.clear();
		expect(await storage.contextCache.stats()).toEqual({
			entries: 0,
			bytes: 0,
			hits: 0,
			misses: 0
		});
	});

	it('drops reports about a dataset when it is renamed or deleted', async () => {
		storage = openStorage({ name: freshDbName('context-cache') });
		await storage.db.datasets.bulkPut([
			makeDatasetRecord({ id: 'd1' }),
			makeDatasetRecord({ id: 'd2', tableName: 'second' })
		]);
		await storage.contextCache.put(entry('both', ['d1', 'd2']), 0);
		await storage.contextCache.put(entry('second', ['d2']), 0);
		await storage.contextCache.put(entry('third', ['d3']), 0);
		await storage.datasets.rename('d1', 'Renamed', 'renamed');
		expect(await storage.db.contextCache.toCollection().primaryKeys()).toEqual(['second', 'third']);
		await storage.datasets.remove('d2');
		expect(await storage.db.contextCache.toCollection().primaryKeys()).toEqual(['third']);
	});
});
