import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDbName } from '$test/records';
import { COUNTS_KEY } from './ask-cache-repo';
import type { AskCacheRecord } from './records';
import { openStorage, type QuarryStorage } from './storage';

let storage: QuarryStorage;

afterEach(async () => {
	storage.db.close();
	await storage.db.delete();
});

function entry(key: string, lastUsedAt: number): AskCacheRecord {
	const answer = {
		sql: 'SELECT 1',
		explanation: '',
		confidence: 1,
		interpretation: [],
		source: 'offline' as const
	};
	return {
		key,
		question: key,
		datasetIds: ['d1'],
		answer,
		createdAt: 0,
		expiresAt: 1_000,
		lastUsedAt,
		hits: 0,
		bytes: 100
	};
}

const limits = { maxEntries: 10, maxBytes: 1_000_000 };

describe('AskCacheRepo', () => {
	it('sweeps expired and malformed entries, keeps the rest', async () => {
		storage = openStorage({ name: freshDbName('ask-cache') });
		await storage.db.askCache.bulkPut([entry('fresh', 1), { ...entry('stale', 1), expiresAt: 5 }]);
		await storage.db.askCache.put({
			key: 'junk',
			answer: 'DROP TABLE x'
		} as unknown as AskCacheRecord);
		expect(await storage.askCache.sweep(limits, 5)).toBe(2);
		expect(await storage.db.askCache.toCollection().primaryKeys()).toEqual(['fresh']);
		expect(await storage.askCache.stats()).toEqual({ entries: 1, bytes: 100, hits: 0, misses: 0 });
	});

	it('reads hostile stored counts as zero and counts on from there', async () => {
		storage = openStorage({ name: freshDbName('ask-cache') });
		await storage.db.settings.put({ key: COUNTS_KEY, value: { hits: -4, misses: 'many' } });
		await storage.askCache.lookup(['absent'], 0);
		expect(await storage.askCache.stats()).toMatchObject({ hits: 0, misses: 1 });
	});

	it('finds without writing, then records the use separately', async () => {
		storage = openStorage({ name: freshDbName('ask-cache') });
		await storage.db.askCache.put(entry('k', 1));
		expect((await storage.askCache.find(['k'], 50))?.key).toBe('k');
		expect(await storage.db.askCache.get('k')).toMatchObject({ hits: 0 });
		expect(await storage.askCache.stats()).toMatchObject({ hits: 0, misses: 0 });
		await storage.askCache.recordLookup('k', 60);
		await storage.askCache.recordLookup(undefined, 61);
		expect(await storage.db.askCache.get('k')).toMatchObject({ lastUsedAt: 60, hits: 1 });
		expect(await storage.askCache.stats()).toMatchObject({ hits: 1, misses: 1 });
	});

	it('marks a hit entry as used and counts its hits', async () => {
		storage = openStorage({ name: freshDbName('ask-cache') });
		await storage.db.askCache.put(entry('k', 1));
		expect((await storage.askCache.lookup(['absent', 'k'], 50))?.key).toBe('k');
		expect(await storage.db.askCache.get('k')).toMatchObject({ lastUsedAt: 50, hits: 1 });
		expect(await storage.askCache.stats()).toMatchObject({ hits: 1, misses: 0 });
	});
});
