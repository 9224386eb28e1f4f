/**
 * The answer cache's table: stored answers with their expiry and last use, plus the hit and
 * miss counts (a settings record, so they survive a reload). Every read checks the stored shape:
 * an entry that is not a well-formed answer is removed and counts as a miss.
 */
import { readCacheCounts } from './cache-counts';
import { isCachedEntry } from '$lib/core/ask/cache-record';
import { planEviction, type AnswerCacheLimits } from '$lib/core/ask/cache-policy';
import type { QuarryDB } from './db';
import type { AskCacheRecord } from './records';

/** The settings record that holds the counts. */
export const COUNTS_KEY = 'askCacheCounts';

export interface AskCacheCounts {
	hits: number;
	misses: number;
}

export interface AskCacheStats extends AskCacheCounts {
	entries: number;
	bytes: number;
}

export class AskCacheRepo {
	readonly #db: QuarryDB;

	constructor(db: QuarryDB) {
		this.#db = db;
	}

	/**
	 * The first fresh, well-formed entry among `keys` (tried in order). Counts one hit (and marks
	 * the entry used) or one miss. Expired or malformed entries met on the way are deleted.
	 */
	async lookup(keys: readonly string[], now: number): Promise<AskCacheRecord | undefined> {
		const found = await this.find(keys, now);
		await this.recordLookup(found?.key, now);
		return found;
	}

	/**
	 * The first fresh, well-formed entry among `keys`, read without writing (a cache hit must be
	 * quick); expired or malformed entries met on the way are deleted. Call recordLookup after.
	 */
	async find(keys: readonly string[], now: number): Promise<AskCacheRecord | undefined> {
		const stored: unknown[] = await this.#db.askCache.bulkGet([...keys]);
		const stale: string[] = [];
		let found: AskCacheRecord | undefined;
		for (const [i, key] of keys.entries()) {
			const entry = stored[i];
			if (entry === undefined) continue;
			if (!isCachedEntry(entry) || entry.key !== key || entry.expiresAt <= now) {
				stale.push(key);
				continue;
			}
			found = entry;
			break;
		}
		if (stale.length > 0) await this.#db.askCache.bulkDelete(stale);
		return found;
	}

	/** Count one hit (marking `foundKey` used now) or, without a key, one miss. */
	async recordLookup(foundKey: string | undefined, now: number): Promise<void> {
		const db = this.#db;
		await db.transaction('rw', db.askCache, db.settings, async () => {
			let isHit = false;
			if (foundKey !== undefined) {
				const stored: unknown = await db.askCache.get(foundKey);
				if (isCachedEntry(stored)) {
					await db.askCache.put({ ...stored, lastUsedAt: now, hits: stored.hits + 1 });
					isHit = true;
				}
			}
			const counts = await readCacheCounts(db, COUNTS_KEY);
			if (isHit) counts.hits += 1;
			else counts.misses += 1;
			await db.settings.put({ key: COUNTS_KEY, value: counts });
		});
	}

	/** Store (or replace) an entry, then hold the table to `limits`. */
	async put(
		record: AskCacheRecord,
		limits: Pick<AnswerCacheLimits, 'maxEntries' | 'maxBytes'>,
		now: number
	): Promise<void> {
		const db = this.#db;
		await db.transaction('rw', db.askCache, async () => {
			await db.askCache.put(record);
			await this.#enforce(limits, now);
		});
	}

	/**
	 * Delete what is expired or malformed, then the least recently used entries until both caps
	 * hold. Returns how many entries were deleted.
	 */
	async sweep(
		limits: Pick<AnswerCacheLimits, 'maxEntries' | 'maxBytes'>,
		now: number
	): Promise<number> {
		const db = this.#db;
		return db.transaction('rw', db.askCache, () => this.#enforce(limits, now));
	}

	async #enforce(
		limits: Pick<AnswerCacheLimits, 'maxEntries' | 'maxBytes'>,
		now: number
	): Promise<number> {
		const table = this.#db.askCache;
		const malformed: string[] = [];
		const facts = [];
		for (const stored of await table.toArray()) {
			if (isCachedEntry(stored)) facts.push(stored);
			else malformed.push(keyOf(stored));
		}
		const doomed = [...malformed, ...planEviction(facts, limits, now)];
		if (doomed.length > 0) await table.bulkDelete(doomed);
		return doomed.length;
	}

	/** Give every entry the expiry `ttlMs` after it was stored (after the TTL setting changed). */
	async retime(ttlMs: number): Promise<void> {
		await this.#db.askCache.toCollection().modify((entry) => {
			if (typeof entry.createdAt === 'number') entry.expiresAt = entry.createdAt + ttlMs;
		});
	}

	/** Entries, their bytes, and the hit and miss counts. */
	async stats(): Promise<AskCacheStats> {
		const db = this.#db;
		return db.transaction('r', db.askCache, db.settings, async () => {
			let entries = 0;
			let bytes = 0;
			await db.askCache.each((stored: unknown) => {
				if (!isCachedEntry(stored)) return;
				entries += 1;
				bytes += stored.bytes;
			});
			return { entries, bytes, ...(await readCacheCounts(db, COUNTS_KEY)) };
		});
	}

	/** Delete every entry and reset the counts. */
	async clear(): Promise<void> {
		const db = this.#db;
		await db.transaction('rw', db.askCache, db.settings, async () => {
			await db.askCache.clear();
			await db.settings.delete(COUNTS_KEY);
		});
	}
}

/** The primary key of a stored value, whatever else it holds. */
function keyOf(stored: unknown): string {
	return typeof stored === 'object' && stored !== null && 'key' in stored
		? String(stored.key)
		: String(stored);
}
