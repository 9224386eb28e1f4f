import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS, MIB } from '$lib/core/ask/cache-policy';
import type { AskAnswer, AskScope } from '$lib/core/ask/types';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName } from '$test/records';
import { AnswerCache, type LlmIdentity } from './answer-cache.svelte';

const opened: QuarryStorage[] = [];
let clock = 1_000_000;

afterEach(async () => {
	for (const storage of opened.splice(0)) {
		storage.db.close();
		await storage.db.delete();
	}
});

function open(name = freshDbName('answer-cache')): QuarryStorage {
	const storage = openStorage({ name });
	opened.push(storage);
	return storage;
}

function cacheOver(storage: QuarryStorage, llm?: LlmIdentity): AnswerCache {
	return new AnswerCache({ storage, now: () => clock, configuredLlm: async () => llm });
}

const scope: AskScope = { datasets: [{ id: 'd1', fingerprint: 'a'.repeat(64) }] };

function answer(sql: string, overrides: Partial<AskAnswer> = {}): AskAnswer {
	return {
		sql,
		explanation: 'Because.',
		confidence: 0.8,
		interpretation: [],
		source: 'offline',
		...overrides
	};
}

describe('AnswerCache lookup and store', () => {
	it('serves a stored answer to every spelling of the question, and counts hits and misses', async () => {
		const cache = cacheOver(open());
		await cache.start();
		expect(await cache.lookup('Average temp by month?', scope)).toBeUndefined();
		await cache.store('Average temp by month?', scope, answer('SELECT 1'), ['d1']);

		const hit = await cache.lookup('  average   TEMP by month ', scope);
		expect(hit).toEqual({ answer: answer('SELECT 1'), storedAt: clock });
		expect(await cache.lookup('average temp by month in 2020', scope)).toBeUndefined();
		expect(
			await cache.lookup('average temp by month', {
				datasets: [{ id: 'd1', fingerprint: 'b'.repeat(64) }]
			})
		).toBeUndefined();
		expect({ hits: cache.hits, misses: cache.misses, hitRate: cache.hitRate }).toEqual({
			hits: 1,
			misses: 3,
			hitRate: 0.25
		});
		expect(cache.entries).toBe(1);
		expect(cache.bytes).toBeGreaterThan(0);
	});

	it('replaces the answer stored for the same question', async () => {
		const cache = cacheOver(open());
		await cache.store('count rows', scope, answer('SELECT 1'), ['d1']);
		await cache.store('Count rows?', scope, answer('SELECT 2'), ['d1']);
		expect(cache.entries).toBe(1);
		expect((await cache.lookup('count rows', scope))?.answer.sql).toBe('SELECT 2');
	});

	it('keeps the counts in storage: a new cache over the same database shows them', async () => {
		const name = freshDbName('answer-cache');
		const first = cacheOver(open(name));
		await first.store('q', scope, answer('SELECT 1'), ['d1']);
		await first.lookup('q', scope);
		await first.lookup('q', scope);
		await first.lookup('other', scope);
		// A hit is handed back before its use is recorded.
		await first.settled();

		const second = cacheOver(open(name));
		await second.start();
		expect({ hits: second.hits, misses: second.misses, entries: second.entries }).toEqual({
			hits: 2,
			misses: 1,
			entries: 1
		});
	});

	it('serves an LLM answer only while the same provider and model are configured', async () => {
		const storage = open();
		const llama = { provider: 'localhost:11434', model: 'llama3.1' };
		const llmAnswer = answer('SELECT 9', { source: 'llm', ...llama });
		await cacheOver(storage, llama).store('q', scope, llmAnswer, ['d1']);

		expect(await cacheOver(storage).lookup('q', scope)).toBeUndefined();
		expect(
			await cacheOver(storage, { ...llama, model: 'qwen2.5' }).lookup('q', scope)
		).toBeUndefined();
		expect((await cacheOver(storage, llama).lookup('q', scope))?.answer).toEqual(llmAnswer);

		// An offline answer to the same question is tried first.
		await cacheOver(storage, llama).store('q', scope, answer('SELECT 1'), ['d1']);
		expect((await cacheOver(storage, llama).lookup('q', scope))?.answer.sql).toBe('SELECT 1');
	});

	it('reads the configured LLM from the settings by default', async () => {
		const storage = open();
		const llmAnswer = answer('SELECT 9', {
			source: 'llm',
			provider: 'llm.example:8080',
			model: 'm1'
		});
		const cache = new AnswerCache({ storage, now: () => clock });
		await cache.store('q', scope, llmAnswer, ['d1']);
		expect(await cache.lookup('q', scope)).toBeUndefined();
		await storage.settings.set('llm', {
			baseUrl: 'https://llm.example:8080/v1',
			model: 'm1',
			apiKey: '',
			allowSampleValues: false,
			timeoutMs: 60_000
		});
		expect((await cache.lookup('q', scope))?.answer).toEqual(llmAnswer);
		await storage.settings.set('llm', {
			baseUrl: 'not a url',
			model: 'm1',
			apiKey: '',
			allowSampleValues: false,
			timeoutMs: 60_000
		});
		expect(await cache.lookup('q', scope)).toBeUndefined();
	});

	it('treats a stored entry of the wrong shape as a miss and removes it', async () => {
		const storage = open();
		const cache = cacheOver(storage);
		await cache.store('q', scope, answer('SELECT 1'), ['d1']);
		const [stored] = await storage.db.askCache.toArray();
		await storage.db.askCache.put({
			...stored,
			answer: { sql: 42, explanation: '<img src=x>' }
		} as unknown as typeof stored);

		expect(await cache.lookup('q', scope)).toBeUndefined();
		expect(await storage.db.askCache.count()).toBe(0);
		expect(cache.misses).toBe(1);
	});

	it('turns a storage failure into a miss with a worded error', async () => {
		const storage = open();
		const cache = cacheOver(storage);
		storage.db.close();
		expect(await cache.lookup('q', scope)).toBeUndefined();
		expect(cache.error).toMatch(/^The answer cache is not available: /);
		await cache.store('q', scope, answer('SELECT 1'), ['d1']);
		expect(cache.entries).toBe(0);
	});
});

describe('AnswerCache limits', () => {
	it('never serves an answer older than the TTL, and sweeps it', async () => {
		const storage = open();
		const cache = cacheOver(storage);
		await cache.store('q', scope, answer('SELECT 1'), ['d1']);
		clock += 7 * DAY_MS - 1;
		expect(await cache.lookup('q', scope)).toBeDefined();
		clock += 1;
		expect(await cache.lookup('q', scope)).toBeUndefined();
		expect(await storage.db.askCache.count()).toBe(0);
	});

	it('applies a shorter TTL to answers already stored, and rejects a TTL out of bounds', async () => {
		const storage = open();
		const cache = cacheOver(storage);
		await cache.store('q', scope, answer('SELECT 1'), ['d1']);
		clock += 2 * DAY_MS;
		expect(await cache.setLimit('ttlMs', DAY_MS)).toEqual({ ok: true, value: DAY_MS });
		expect(cache.entries).toBe(0);
		expect(await storage.settings.get('askCacheTtlMs')).toBe(DAY_MS);
		const rejected = await cache.setLimit('ttlMs', 0);
		expect(rejected).toMatchObject({ ok: false, code: 'invalid-limit' });
		expect(cache.limits.ttlMs).toBe(DAY_MS);
	});

	it('evicts the least recently used answers over the entry cap', async () => {
		const cache = cacheOver(open());
		await cache.setLimit('maxEntries', 10);
		for (let i = 0; i < 10; i++) {
			clock += 1;
			await cache.store(`question ${i}`, scope, answer(`SELECT ${i}`), ['d1']);
		}
		clock += 1;
		await cache.lookup('question 0', scope); // used: no longer the oldest
		clock += 1;
		await cache.store('question 10', scope, answer('SELECT 10'), ['d1']);
		expect(cache.entries).toBe(10);
		expect(await cache.lookup('question 1', scope)).toBeUndefined();
		expect(await cache.lookup('question 0', scope)).toBeDefined();
		expect(await cache.lookup('question 10', scope)).toBeDefined();
	});

	it('evicts the least recently used answers over the byte cap', async () => {
		const cache = cacheOver(open());
		await cache.setLimit('maxBytes', MIB);
		const big = 'x'.repeat(320 * 1024);
		for (let i = 0; i < 4; i++) {
			clock += 1;
			await cache.store(`question ${i}`, scope, answer(`SELECT '${big}' AS c${i}`), ['d1']);
		}
		expect(cache.entries).toBe(3);
		expect(cache.bytes).toBeLessThanOrEqual(MIB);
		expect(await cache.lookup('question 0', scope)).toBeUndefined();
		expect(await cache.lookup('question 3', scope)).toBeDefined();
	});

	it('evicts at once when a cap is lowered', async () => {
		const cache = cacheOver(open());
		await cache.setLimit('maxEntries', 20);
		for (let i = 0; i < 12; i++) {
			clock += 1;
			await cache.store(`question ${i}`, scope, answer(`SELECT ${i}`), ['d1']);
		}
		expect(await cache.setLimit('maxEntries', 10)).toEqual({ ok: true, value: 10 });
		expect(cache.entries).toBe(10);
		expect(await cache.lookup('question 1', scope)).toBeUndefined();
		expect(await cache.lookup('question 2', scope)).toBeDefined();
	});

	it('clears every answer and the counts', async () => {
		const cache = cacheOver(open());
		await cache.store('q', scope, answer('SELECT 1'), ['d1']);
		await cache.lookup('q', scope);
		await cache.clear();
		expect({ entries: cache.entries, hits: cache.hits, misses: cache.misses }).toEqual({
			entries: 0,
			hits: 0,
			misses: 0
		});
		expect(cache.hitRate).toBeNull();
	});
});
