/**
 * The caches' figures per kind of lookup, over fake-indexeddb: the result cache's lookups split
 * into query results, charts and dataset pages, with the answer and context caches beside them,
 * summing to the overall hit rate, and read back the same after a reload.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName } from '$test/records';
import { AnswerCache } from './answer-cache.svelte';
import { Caches } from './caches.svelte';
import { ResultCache, type LookupSource } from './result-cache.svelte';

const opened: QuarryStorage[] = [];

afterEach(async () => {
	for (const storage of opened.splice(0)) {
		storage.db.close();
		await storage.db.delete();
	}
});

async function cachesOver(storage: QuarryStorage): Promise<Caches> {
	const results = new ResultCache({ storage, page: new EventTarget() });
	const answers = new AnswerCache({ storage, configuredLlm: async () => undefined });
	await Promise.all([results.start(), answers.start()]);
	return new Caches({ storage, results, answers });
}

const RESULT = {
	arrow: new Uint8Array([1, 2, 3]),
	columns: [{ name: 'x', type: 'INTEGER' }],
	rows: 1,
	truncated: false,
	engineMs: 5
};

/** Look `sql` up as `source` would: a miss the first time, stored, then a hit each time after. */
async function lookUp(caches: Caches, sql: string, source: LookupSource, times: number) {
	const plan = await caches.results.plan(sql, [], []);
	if (!plan) throw new Error(`not cacheable: ${sql}`);
	for (let i = 0; i < times; i++) {
		const found = await caches.results.find(plan, { source });
		if (!found) await caches.results.store(plan, RESULT);
	}
}

function byKind(caches: Caches) {
	return Object.fromEntries(
		caches.lookups.map(({ kind, hits, misses, hitRate }) => [kind, { hits, misses, hitRate }])
	);
}

describe('Caches.lookups', () => {
	it('counts query results, charts, dataset pages and answers apart, and together', async () => {
		const storage = openStorage({ name: freshDbName('caches') });
		opened.push(storage);
		const caches = await cachesOver(storage);
		await lookUp(caches, 'SELECT 1 AS x', 'query', 4); // 1 miss, 3 hits
		await lookUp(caches, 'SELECT 2 AS x', 'chart', 2); // 1 miss, 1 hit
		await lookUp(caches, 'SELECT 3 AS x', 'dataset', 3); // 1 miss, 2 hits
		// A lookup behind a counted one (a chart's statistics) counts nowhere.
		const support = await caches.results.plan('SELECT 2 AS x', [], []);
		await caches.results.find(support!, { source: 'chart', isCounted: false });
		await caches.answers.lookup('how many rows', { datasets: [] }); // 1 miss

		const expected = {
			queries: { hits: 3, misses: 1, hitRate: 0.75 },
			charts: { hits: 1, misses: 1, hitRate: 0.5 },
			datasets: { hits: 2, misses: 1, hitRate: 2 / 3 },
			answers: { hits: 0, misses: 1, hitRate: 0 },
			contexts: { hits: 0, misses: 0, hitRate: null }
		};
		expect(byKind(caches)).toEqual(expected);
		expect(caches.hitRate).toBe(6 / 10);

		await caches.results.settled();
		await caches.answers.settled();
		const reloaded = await cachesOver(storage);
		await reloaded.refresh();
		expect(byKind(reloaded)).toEqual(expected);
		expect(reloaded.hitRate).toBe(6 / 10);
		expect(reloaded.results.entries).toBe(3);

		await reloaded.clearAll();
		expect(reloaded.lookups.every((row) => row.hits + row.misses === 0)).toBe(true);
		expect(reloaded.hitRate).toBeNull();
	});
});
