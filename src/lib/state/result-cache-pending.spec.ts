/**
 * Result-cache writes in flight, over fake-indexeddb: a store starts at once and is written
 * whole (a reader on another connection sees all of the record or none of it, and all of it
 * once the writes are flushed); counts are written when the page is hidden; a reload the app
 * makes waits for the writes, and a stuck one does not hold it for ever.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import type { ResultCacheRecord } from '$lib/storage/db';
import { freshDbName } from '$test/records';
import {
	reloadWhenWritten,
	trackWrite,
	writesFinished,
	writesInFlight
} from './result-cache-pending';
import { ResultCache, type ComputedResult } from './result-cache.svelte';

const opened: QuarryStorage[] = [];
const names: string[] = [];

afterEach(async () => {
	for (const storage of opened.splice(0)) storage.db.close();
	for (const storage of new Set(names.splice(0))) await openStorage({ name: storage }).db.delete();
});

function open(name: string): QuarryStorage {
	const storage = openStorage({ name });
	opened.push(storage);
	names.push(name);
	return storage;
}

/** A result of `bytes` Arrow bytes (the contents only matter for comparing them). */
function computed(bytes: number): ComputedResult {
	return {
		arrow: Uint8Array.from({ length: bytes }, (_, i) => i % 251),
		columns: [{ name: 'total', type: 'INTEGER' }],
		rows: 1,
		truncated: false,
		engineMs: 12
	};
}

async function cacheOver(storage: QuarryStorage, page = new EventTarget(), isHidden = () => false) {
	const cache = new ResultCache({ storage, page, isHidden, flushDelayMs: 60_000 });
	await cache.start();
	return cache;
}

const SQL = 'SELECT 42 AS total';

describe('ResultCache.store', () => {
	it('starts the write at once; a reader sees the whole record or none, and all of it after the flush', async () => {
		const name = freshDbName('result-cache-pending');
		const writer = await cacheOver(open(name));
		const reader = await cacheOver(open(name)); // another page on the same database
		const plan = await writer.plan(SQL, [], []);
		if (!plan) throw new Error('not cacheable');
		const result = computed(256 * 1024);

		const stored = writer.store(plan, result);
		expect(writesInFlight()).toBeGreaterThan(0);
		const during = await reader.find(plan);
		if (during !== undefined) {
			expect(during.arrow).toEqual(result.arrow);
			expect(during.bytes).toBe(result.arrow.byteLength);
		}
		await writesFinished();
		expect(await stored).toBe(true);

		const after: ResultCacheRecord | undefined = await (await cacheOver(open(name))).find(plan);
		expect(after).toMatchObject({
			key: plan.key,
			sql: plan.sql,
			columns: result.columns,
			rows: 1,
			truncated: false,
			engineMs: 12,
			bytes: result.arrow.byteLength
		});
		expect(after?.arrow).toEqual(result.arrow);
	});

	it('writes the counts kept in memory when the page is hidden', async () => {
		const name = freshDbName('result-cache-hidden');
		const page = new EventTarget();
		let isHidden = false;
		const cache = await cacheOver(open(name), page, () => isHidden);
		const plan = await cache.plan(SQL, [], []);
		if (!plan) throw new Error('not cacheable');
		await cache.find(plan);
		page.dispatchEvent(new Event('visibilitychange')); // shown: nothing to do
		isHidden = true;
		page.dispatchEvent(new Event('visibilitychange'));
		await writesFinished();

		const other = await cacheOver(open(name));
		expect({ hits: other.hits, misses: other.misses }).toEqual({ hits: 0, misses: 1 });
	});
});

describe('reloadWhenWritten', () => {
	it('reloads only once the writes started before have finished', async () => {
		let finish!: () => void;
		void trackWrite(new Promise<void>((resolve) => (finish = resolve)));
		let reloads = 0;
		const reloaded = reloadWhenWritten(() => (reloads += 1));
		await Promise.resolve();
		expect(reloads).toBe(0);
		finish();
		await reloaded;
		expect(reloads).toBe(1);
		expect(writesInFlight()).toBe(0);
	});

	it('does not wait for ever on a write that never ends, nor fail on one that failed', async () => {
		void trackWrite(Promise.reject(new Error('quota exceeded'))).catch(() => undefined);
		let unstick!: () => void;
		void trackWrite(new Promise<void>((resolve) => (unstick = resolve)));
		await writesFinished(1);
		expect(writesInFlight()).toBe(1); // only the stuck one
		unstick();
		await writesFinished();
		expect(writesInFlight()).toBe(0);
	});
});
