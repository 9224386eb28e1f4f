import { describe, expect, it } from 'vitest';
import type { ResultCacheRecord } from '$lib/storage/db';
import { RecentResults } from './result-cache-recent';

function entry(key: string, bytes: number, expiresAt = 1_000): ResultCacheRecord {
	return {
		key,
		sql: `select ${key}`,
		readKey: key,
		tablesRead: ['t'],
		arrow: new Uint8Array(bytes),
		columns: [],
		rows: 0,
		truncated: false,
		engineMs: 1,
		datasetIds: ['d'],
		createdAt: 0,
		expiresAt,
		lastUsedAt: 0,
		hits: 0,
		bytes
	};
}

describe('RecentResults', () => {
	it('serves what it holds until it expires', () => {
		const recent = new RecentResults(1_000);
		recent.remember(entry('a', 10, 50));
		expect(recent.get('a', 49)?.key).toBe('a');
		expect(recent.get('a', 50)).toBeUndefined();
		expect(recent.get('a', 10)).toBeUndefined();
	});

	it('lets the least recently used go past its byte budget, and keeps no large entry', () => {
		const recent = new RecentResults(1_000);
		recent.remember(entry('a', 250));
		recent.remember(entry('b', 250));
		recent.remember(entry('c', 250));
		recent.get('a', 0);
		recent.remember(entry('d', 250));
		recent.remember(entry('e', 250));
		expect(['a', 'b', 'c', 'd', 'e'].filter((k) => recent.get(k, 0))).toEqual(['a', 'c', 'd', 'e']);
		recent.remember(entry('big', 251));
		expect(recent.get('big', 0)).toBeUndefined();
		recent.clear();
		expect(recent.get('a', 0)).toBeUndefined();
	});
});
