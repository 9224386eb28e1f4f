/**
 * Lookups the result cache counted in memory and has not yet written: the batch the next write
 * takes (ResultCacheRepo.recordLookups), and the sums the figures show meanwhile.
 */
import type { LookupBatch, ResultCacheCounts } from '$lib/storage/result-cache-repo';

/** Who looked a result up: the query runners, a chart being drawn, or a dataset's page. */
export type LookupSource = 'query' | 'chart' | 'dataset';

/** The share of the counts each source's lookups also add to (the query runners': none). */
const SHARES = {
	query: undefined,
	chart: 'charts',
	dataset: 'datasets'
} as const satisfies Record<LookupSource, 'charts' | 'datasets' | undefined>;

type Batch = LookupBatch & { used: Map<string, { hits: number; at: number }> };

export class PendingLookups {
	/** Counted and not yet being written. */
	#pending: Batch = emptyBatch();
	/** Being written now (still shown in the figures until the write is done). */
	#writing: Batch = emptyBatch();

	get isEmpty(): boolean {
		const batch = this.#pending;
		return batch.used.size === 0 && batch.hits === 0 && batch.misses === 0;
	}

	/** A use of the entry under `key` that counts no hit (a lookup behind a counted one). */
	use(key: string, now: number): void {
		const use = this.#pending.used.get(key);
		this.#pending.used.set(key, { hits: (use?.hits ?? 0) + 1, at: now });
	}

	/** A counted lookup by `source`: a hit on `foundKey`, or a miss without it. */
	count(foundKey: string | undefined, source: LookupSource, now: number): void {
		const pending = this.#pending;
		const share = SHARES[source];
		if (foundKey !== undefined) {
			this.use(foundKey, now);
			pending.hits += 1;
			if (share) pending[share].hits += 1;
		} else {
			pending.misses += 1;
			if (share) pending[share].misses += 1;
		}
	}

	/** The batch to write now; it stays in the figures until `written` is called with it. */
	take(): LookupBatch {
		const batch = this.#pending;
		this.#pending = emptyBatch();
		this.#writing = addBatch(this.#writing, batch);
		return batch;
	}

	written(batch: LookupBatch): void {
		const writing = this.#writing;
		this.#writing = {
			used: new Map([...writing.used].filter(([key]) => !batch.used.has(key))),
			hits: writing.hits - batch.hits,
			misses: writing.misses - batch.misses,
			charts: subtractCounts(writing.charts, batch.charts),
			datasets: subtractCounts(writing.datasets, batch.datasets)
		};
	}

	/** What is counted and not yet stored: pending and being written. */
	unsaved(): LookupBatch {
		return addBatch(this.#pending, this.#writing);
	}
}

function emptyBatch(): Batch {
	return {
		used: new Map(),
		hits: 0,
		misses: 0,
		charts: { hits: 0, misses: 0 },
		datasets: { hits: 0, misses: 0 }
	};
}

function addBatch(a: LookupBatch, b: LookupBatch): Batch {
	const used = new Map(a.used);
	for (const [key, use] of b.used) {
		const before = used.get(key);
		used.set(key, { hits: (before?.hits ?? 0) + use.hits, at: Math.max(before?.at ?? 0, use.at) });
	}
	return {
		used,
		hits: a.hits + b.hits,
		misses: a.misses + b.misses,
		charts: addCounts(a.charts, b.charts),
		datasets: addCounts(a.datasets, b.datasets)
	};
}

function addCounts(a: ResultCacheCounts, b: ResultCacheCounts): ResultCacheCounts {
	return { hits: a.hits + b.hits, misses: a.misses + b.misses };
}

function subtractCounts(a: ResultCacheCounts, b: ResultCacheCounts): ResultCacheCounts {
	return { hits: a.hits - b.hits, misses: a.misses - b.misses };
}
