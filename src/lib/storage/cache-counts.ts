/** A cache's hit and miss counts, kept in one settings record so they survive a reload. */
import type { QuarryDB } from './db';

export interface CacheCounts {
	hits: number;
	misses: number;
}

/** The counts stored under `key`, or zeros when absent or not two non-negative whole numbers. */
export async function readCacheCounts(db: QuarryDB, key: string): Promise<CacheCounts> {
	const value: unknown = (await db.settings.get(key))?.value;
	if (typeof value !== 'object' || value === null) return { hits: 0, misses: 0 };
	return {
		hits: countOf('hits' in value ? value.hits : undefined),
		misses: countOf('misses' in value ? value.misses : undefined)
	};
}

function countOf(value: unknown): number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}
