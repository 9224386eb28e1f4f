/**
 * The result cache's table: Arrow bytes of query results with their expiry and last use, plus
 * the hit and miss counts (a settings record, so they survive a reload). Every read checks the
 * stored shape: an entry that is not a well-formed result is removed and counts as a miss.
 * Entries are dropped with the datasets they read (datasets-repo.ts, same transaction).
 */
import { readCacheCounts } from './cache-counts';
import { isResultEntry } from '$lib/core/result-cache/entry-shape';
import { planResultEviction, type ResultCacheLimits } from '$lib/core/result-cache/policy';
import type { QuarryDB } from './db';
import type { ResultCacheRecord } from './records';

/** The settings record that holds the counts. */
export const RESULT_COUNTS_KEY = 'resultCacheCounts';
/** The settings record that holds the share of those counts that charts' lookups made. */
export const RESULT_CHART_COUNTS_KEY = 'resultCacheChartCounts';
/** The settings record that holds the share of those counts that dataset pages' lookups made. */
export const RESULT_DATASET_COUNTS_KEY = 'resultCacheDatasetCounts';
/**
 * The settings record that holds an upper bound of the bytes stored, so that a put reads every
 * entry (to evict) only when the cap may be exceeded. Deletes elsewhere (a dataset removed or
 * renamed) leave it high, never low; a full pass sets it to the exact total again.
 */
export const RESULT_BYTES_KEY = 'resultCacheBytesBound';

export interface ResultCacheCounts {
	hits: number;
	misses: number;
}

export interface ResultCacheStats extends ResultCacheCounts {
	entries: number;
	bytes: number;
	/** The part of `hits` and `misses` that charts' lookups made. */
	charts: ResultCacheCounts;
	/** The part of `hits` and `misses` that dataset pages' lookups (their first rows) made. */
	datasets: ResultCacheCounts;
}

/** Lookups counted in memory, written together (ResultCacheRepo.recordLookups). */
export interface LookupBatch {
	/** Hits per entry key, with the time of the last one. */
	used: ReadonlyMap<string, { hits: number; at: number }>;
	hits: number;
	misses: number;
	/** The part of `hits` and `misses` that charts' lookups made. */
	charts: ResultCacheCounts;
	/** The part of `hits` and `misses` that dataset pages' lookups made. */
	datasets: ResultCacheCounts;
}

export class ResultCacheRepo {
	readonly #db: QuarryDB;

	constructor(db: QuarryDB) {
		this.#db = db;
	}

	/**
	 * The fresh, well-formed entry under `key`, read without writing (a hit must be quick); an
	 * expired or malformed one is deleted. Count it with recordLookups after, or use lookup.
	 */
	async find(key: string, now: number): Promise<ResultCacheRecord | undefined> {
		const stored: unknown = await this.#db.resultCache.get(key);
		if (stored === undefined) return undefined;
		if (isResultEntry(stored) && stored.key === key && stored.expiresAt > now) return stored;
		await this.#db.resultCache.delete(key);
		return undefined;
	}

	/**
	 * The tables a cached statement was found to read, by its readKey (the first well-formed
	 * entry: every entry under one readKey read the same tables), read without writing.
	 */
	async tablesReadFor(readKey: string): Promise<string[] | undefined> {
		const stored: unknown = await this.#db.resultCache.where('readKey').equals(readKey).first();
		return isResultEntry(stored) ? stored.tablesRead : undefined;
	}

	/** find, then count the hit or miss. */
	async lookup(key: string, now: number): Promise<ResultCacheRecord | undefined> {
		const found = await this.find(key, now);
		await this.recordLookup(found?.key, now);
		return found;
	}

	/** Count one hit (marking `foundKey` used now) or, without a key, one miss. */
	async recordLookup(foundKey: string | undefined, now: number): Promise<void> {
		await this.recordLookups({
			used: new Map(foundKey === undefined ? [] : [[foundKey, { hits: 1, at: now }]]),
			hits: foundKey === undefined ? 0 : 1,
			misses: foundKey === undefined ? 1 : 0,
			charts: { hits: 0, misses: 0 },
			datasets: { hits: 0, misses: 0 }
		});
	}

	/**
	 * Add a batch of lookups to the counts and mark the entries hit as used, in one transaction.
	 * A hit counts even when its entry has gone since (it was served).
	 */
	async recordLookups(batch: LookupBatch): Promise<void> {
		const db = this.#db;
		await db.transaction('rw', db.resultCache, db.settings, async () => {
			for (const [key, use] of batch.used) {
				await db.resultCache.update(key, (entry) => {
					entry.lastUsedAt = Math.max(use.at, Number(entry.lastUsedAt) || 0);
					entry.hits = (Number.isSafeInteger(entry.hits) ? entry.hits : 0) + use.hits;
				});
			}
			await addCounts(db, RESULT_COUNTS_KEY, batch);
			if (batch.charts.hits + batch.charts.misses > 0) {
				await addCounts(db, RESULT_CHART_COUNTS_KEY, batch.charts);
			}
			if (batch.datasets.hits + batch.datasets.misses > 0) {
				await addCounts(db, RESULT_DATASET_COUNTS_KEY, batch.datasets);
			}
		});
	}

	/**
	 * Store (or replace) an entry, then hold the table to the byte cap (least recently used go
	 * first). An entry above the per-entry limit is not stored (returns false).
	 *
	 * The entry is written first, alone, in a transaction committed as it is sent: Chromium
	 * aborts the transactions still running when a page is reloaded or closed, and one that
	 * needs the page to answer a request before it can commit waits for the page to be free
	 * (drawing a result can hold it for tens of milliseconds). The byte bound, the expired
	 * entries and the cap follow in a second transaction; if that one is lost, the bound is low
	 * by this entry until the next sweep (every start) sets it exactly.
	 */
	async put(
		record: ResultCacheRecord,
		limits: Pick<ResultCacheLimits, 'maxBytes' | 'maxEntryBytes'>,
		now: number
	): Promise<boolean> {
		if (record.bytes > limits.maxEntryBytes || record.bytes > limits.maxBytes) return false;
		const db = this.#db;
		await this.#writeAtOnce(record);
		await db.transaction('rw', db.resultCache, db.settings, async () => {
			const bound: unknown = (await db.settings.get(RESULT_BYTES_KEY))?.value;
			const total = typeof bound === 'number' && bound >= 0 ? bound + record.bytes : Infinity;
			if (total <= limits.maxBytes) {
				await db.resultCache.where('expiresAt').belowOrEqual(now).delete();
				await db.settings.put({ key: RESULT_BYTES_KEY, value: total });
			} else {
				await this.#enforce(limits, now);
			}
		});
		return true;
	}

	/**
	 * Put `record` in a transaction of its own, committed at once (IDBTransaction.commit): the
	 * database writes it without waiting for the page. The write is whole or not at all. Goes
	 * past Dexie's layers (the table is not synced, and stats() reads the byte bound, whose
	 * write in put() tells live readers).
	 */
	async #writeAtOnce(record: ResultCacheRecord): Promise<void> {
		const db = this.#db;
		if (!db.isOpen()) await db.open();
		const tx = db.backendDB().transaction('resultCache', 'readwrite');
		const done = new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onabort = () => reject(tx.error ?? new Error('The result could not be stored.'));
		});
		tx.objectStore('resultCache').put(record);
		if (typeof tx.commit === 'function') tx.commit();
		await done;
	}

	/**
	 * Delete what is expired or malformed, then the least recently used until the cap holds
	 * (reads every entry; call inside a transaction over resultCache and settings).
	 */
	async sweep(limits: Pick<ResultCacheLimits, 'maxBytes'>, now: number): Promise<number> {
		const db = this.#db;
		return db.transaction('rw', db.resultCache, db.settings, () => this.#enforce(limits, now));
	}

	/** Delete the entry under `key` (a result too large to keep replaces nothing stale). */
	async dropKey(key: string): Promise<void> {
		await this.#db.resultCache.delete(key);
	}

	/** Delete every entry that read any of `datasetIds`. */
	async dropForDatasets(datasetIds: readonly string[]): Promise<number> {
		if (datasetIds.length === 0) return 0;
		return this.#db.resultCache
			.where('datasetIds')
			.anyOf([...datasetIds])
			.delete();
	}

	/** Give every entry the expiry `ttlMs` after it was stored (after the TTL setting changed). */
	async retime(ttlMs: number): Promise<void> {
		await this.#db.resultCache.toCollection().modify((entry) => {
			if (typeof entry.createdAt === 'number') entry.expiresAt = entry.createdAt + ttlMs;
		});
	}

	/** Entries, their bytes, and the hit and miss counts. */
	async stats(): Promise<ResultCacheStats> {
		const db = this.#db;
		return db.transaction('r', db.resultCache, db.settings, async () => {
			let entries = 0;
			let bytes = 0;
			await db.resultCache.each((stored: unknown) => {
				if (!isResultEntry(stored)) return;
				entries += 1;
				bytes += stored.bytes;
			});
			// Read so that live readers run again when an entry is stored (see #writeAtOnce).
			await db.settings.get(RESULT_BYTES_KEY);
			const counts = await readCacheCounts(db, RESULT_COUNTS_KEY);
			const charts = await readCacheCounts(db, RESULT_CHART_COUNTS_KEY);
			const datasets = await readCacheCounts(db, RESULT_DATASET_COUNTS_KEY);
			return { entries, bytes, ...counts, charts, datasets };
		});
	}

	/** Delete every entry and reset the counts. */
	async clear(): Promise<void> {
		const db = this.#db;
		await db.transaction('rw', db.resultCache, db.settings, async () => {
			await db.resultCache.clear();
			await db.settings.bulkDelete([
				RESULT_COUNTS_KEY,
				RESULT_CHART_COUNTS_KEY,
				RESULT_DATASET_COUNTS_KEY,
				RESULT_BYTES_KEY
			]);
		});
	}

	async #enforce(limits: Pick<ResultCacheLimits, 'maxBytes'>, now: number): Promise<number> {
		const table = this.#db.resultCache;
		await table.where('expiresAt').belowOrEqual(now).delete();
		const malformed: string[] = [];
		const facts: { key: string; expiresAt: number; lastUsedAt: number; bytes: number }[] = [];
		await table.each((stored: unknown, cursor) => {
			if (isResultEntry(stored)) facts.push(stored);
			else malformed.push(String(cursor.primaryKey));
		});
		const evicted = planResultEviction(facts, limits, now);
		const doomed = [...malformed, ...evicted];
		if (doomed.length > 0) await table.bulkDelete(doomed);
		const gone = new Set(evicted);
		const kept = facts.reduce((sum, f) => sum + (gone.has(f.key) ? 0 : f.bytes), 0);
		await this.#db.settings.put({ key: RESULT_BYTES_KEY, value: kept });
		return doomed.length;
	}
}

async function addCounts(db: QuarryDB, key: string, add: ResultCacheCounts): Promise<void> {
	const counts = await readCacheCounts(db, key);
	await db.settings.put({
		key,
		value: { hits: counts.hits + add.hits, misses: counts.misses + add.misses }
	});
}
