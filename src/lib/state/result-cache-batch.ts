/**
 * Lookups the result cache counted in memory and has not yet written: a batch per write
 * (ResultCacheRepo.recordLookups), and the sums the figures show meanwhile.
 */
import type { LookupBatch, ResultCacheCounts } from '$lib/storage/result-cache-repo';

export type Batch = LookupBatch & { used: Map<string, { hits: number; at: number }> };

export function emptyBatch(): Batch {
	return { used: new Map(), hits: 0, misses: 0, charts: { hits: 0, misses: 0 } };
}

export function isEmpty(batch: LookupBatch): boolean {
	return batch.used.size === 0 && batch.hits === 0 && batch.misses === 0;
}

export function addBatch(a: LookupBatch, b: LookupBatch): Batch {
	const used = new Map(a.used);
	for (const [key, use] of b.used) {
		const before = used.get(key);
		used.set(key, { hits: (before?.hits ?? 0) + use.hits, at: Math.max(before?.at ?? 0, use.at) });
	}
	return {
		used,
		hits: a.hits + b.hits,
		misses: a.misses + b.misses,
		charts: addCounts(a.charts, b.charts)
	};
}

/** `a` without what `b` (written) held; the use times in `b` are written, so dropped. */
export function subtractBatch(a: LookupBatch, b: LookupBatch): Batch {
	const used = new Map(a.used);
	for (const key of b.used.keys()) used.delete(key);
	return {
		used,
		hits: a.hits - b.hits,
		misses: a.misses - b.misses,
		charts: { hits: a.charts.hits - b.charts.hits, misses: a.charts.misses - b.charts.misses }
	};
}

function addCounts(a: ResultCacheCounts, b: ResultCacheCounts): ResultCacheCounts {
	return { hits: a.hits + b.hits, misses: a.misses + b.misses };
}
