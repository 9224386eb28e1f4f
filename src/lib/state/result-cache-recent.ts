/**
 * The results this page read or stored last, kept in memory so that a repeated hit skips the
 * IndexedDB read (least recently used go first past a byte budget). Serving from here is as safe
 * as serving from storage: an entry's key holds the fingerprints of the datasets it read, so
 * changed data is never planned to the same key, and an entry is served only until it expires.
 */
import type { ResultCacheRecord } from '$lib/storage/db';

const MIB = 1024 * 1024;

export class RecentResults {
	readonly #entries = new Map<string, ResultCacheRecord>();
	readonly #maxBytes: number;
	#bytes = 0;

	constructor(maxBytes = 16 * MIB) {
		this.#maxBytes = maxBytes;
	}

	/** The entry under `key` if it is still fresh at `now` (it becomes the most recent). */
	get(key: string, now: number): ResultCacheRecord | undefined {
		const entry = this.#entries.get(key);
		if (!entry) return undefined;
		this.forget(key);
		if (entry.expiresAt <= now) return undefined;
		this.remember(entry);
		return entry;
	}

	/** Keep `entry` (replacing one under its key); one above a quarter of the budget is not kept. */
	remember(entry: ResultCacheRecord): void {
		this.forget(entry.key);
		if (entry.bytes > this.#maxBytes / 4) return;
		this.#entries.set(entry.key, entry);
		this.#bytes += entry.bytes;
		for (const [key] of this.#entries) {
			if (this.#bytes <= this.#maxBytes) break;
			this.forget(key);
		}
	}

	forget(key: string): void {
		const entry = this.#entries.get(key);
		if (!entry) return;
		this.#entries.delete(key);
		this.#bytes -= entry.bytes;
	}

	clear(): void {
		this.#entries.clear();
		this.#bytes = 0;
	}
}
