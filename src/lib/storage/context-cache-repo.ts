/**
 * The context cache's table: measured suggestion and validation reports with their expiry, plus
 * the hit and miss counts (a settings record, so they survive a reload). An expired or malformed
 * entry is a miss and is deleted when met.
 */
import { readCacheCounts } from './cache-counts';
import type { QuarryDB } from './db';
import type { ContextCacheRecord } from './records';

/** The settings record that holds the counts. */
export const CONTEXT_CACHE_COUNTS_KEY = 'contextCacheCounts';

export interface ContextCacheStats {
	entries: number;
	/** Approximate size of the stored reports (their JSON length). */
	bytes: number;
	hits: number;
	misses: number;
}

export class ContextCacheRepo {
	readonly #db: QuarryDB;

	constructor(db: QuarryDB) {
		this.#db = db;
	}

	/** The fresh entry under `key`, counting one hit or one miss. */
	async get(key: string, now: number): Promise<ContextCacheRecord | undefined> {
		const db = this.#db;
		return db.transaction('rw', db.contextCache, db.settings, async () => {
			const stored: unknown = await db.contextCache.get(key);
			const fresh = isRecord(stored) && stored.key === key && stored.expiresAt > now;
			if (stored !== undefined && !fresh) await db.contextCache.delete(key);
			const counts = await readCacheCounts(db, CONTEXT_CACHE_COUNTS_KEY);
			if (fresh) counts.hits += 1;
			else counts.misses += 1;
			await db.settings.put({ key: CONTEXT_CACHE_COUNTS_KEY, value: counts });
			return fresh ? stored : undefined;
		});
	}

	/** Store (or replace) an entry; expired entries are swept on the way. */
	async put(record: ContextCacheRecord, now: number): Promise<void> {
		const db = this.#db;
		await db.transaction('rw', db.contextCache, async () => {
			await db.contextCache.where('expiresAt').belowOrEqual(now).delete();
			await db.contextCache.put(record);
		});
	}

	/** Entries, their approximate bytes, and the hit and miss counts. */
	async stats(): Promise<ContextCacheStats> {
		const db = this.#db;
		return db.transaction('r', db.contextCache, db.settings, async () => {
			let entries = 0;
			let bytes = 0;
			await db.contextCache.each((stored: unknown) => {
				if (!isRecord(stored)) return;
				entries += 1;
				bytes += JSON.stringify(stored.report ?? null).length;
			});
			return { entries, bytes, ...(await readCacheCounts(db, CONTEXT_CACHE_COUNTS_KEY)) };
		});
	}

	/** Delete every entry and reset the counts. */
	async clear(): Promise<void> {
		const db = this.#db;
		await db.transaction('rw', db.contextCache, db.settings, async () => {
			await db.contextCache.clear();
			await db.settings.delete(CONTEXT_CACHE_COUNTS_KEY);
		});
	}
}

function isRecord(value: unknown): value is ContextCacheRecord {
	if (typeof value !== 'object' || value === null) return false;
	const record = value as Record<string, unknown>;
	return (
		typeof record.key === 'string' &&
		(record.kind === 'suggestions' || record.kind === 'validation') &&
		typeof record.contextId === 'string' &&
		Array.isArray(record.datasetIds) &&
		typeof record.createdAt === 'number' &&
		typeof record.expiresAt === 'number' &&
		'report' in record
	);
}
