/** The result cache's limits as the settings store them (time to live, byte caps). */
import { resultLimitsFrom, type ResultCacheLimits } from '$lib/core/result-cache/policy';
import type { QuarryStorage } from '$lib/storage/storage';

/** The settings record of each limit. */
export const LIMIT_SETTINGS = {
	ttlMs: 'resultCacheTtlMs',
	maxBytes: 'resultCacheMaxBytes',
	maxEntryBytes: 'resultCacheMaxEntryBytes'
} as const satisfies Record<keyof ResultCacheLimits, string>;

/** The stored limits; one missing or out of bounds counts as its default. */
export async function readResultLimits(
	settings: QuarryStorage['settings']
): Promise<ResultCacheLimits> {
	const [ttlMs, maxBytes, maxEntryBytes] = await Promise.all([
		settings.get(LIMIT_SETTINGS.ttlMs),
		settings.get(LIMIT_SETTINGS.maxBytes),
		settings.get(LIMIT_SETTINGS.maxEntryBytes)
	]);
	return resultLimitsFrom({ ttlMs, maxBytes, maxEntryBytes });
}
