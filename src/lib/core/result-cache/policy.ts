/**
 * The result cache's limits (pure): how long a result is served, the size of the whole cache
 * (least recently used results go first) and the largest result stored at all.
 */
import { planEviction } from '$lib/core/ask/cache-policy';

export const MIB = 1024 * 1024;
export const HOUR_MS = 60 * 60 * 1000;

export interface ResultCacheLimits {
	ttlMs: number;
	/** Arrow bytes of all entries together. */
	maxBytes: number;
	/** A result with more Arrow bytes than this is not stored. */
	maxEntryBytes: number;
}

export const DEFAULT_RESULT_LIMITS: ResultCacheLimits = {
	ttlMs: HOUR_MS,
	maxBytes: 64 * MIB,
	maxEntryBytes: 8 * MIB
};

/** What the settings accept, in the unit the settings page shows (minutes, MB). */
export const RESULT_LIMIT_BOUNDS = {
	ttlMs: { min: 60_000, max: 7 * 24 * HOUR_MS, unit: 60_000, unitName: 'minutes' },
	maxBytes: { min: MIB, max: 1024 * MIB, unit: MIB, unitName: 'MB' },
	maxEntryBytes: { min: MIB / 4, max: 256 * MIB, unit: MIB, unitName: 'MB' }
} as const satisfies Record<
	keyof ResultCacheLimits,
	{ min: number; max: number; unit: number; unitName: string }
>;

const LIMIT_WORDS: Record<keyof ResultCacheLimits, string> = {
	ttlMs: 'How long results are kept',
	maxBytes: 'The size of the result cache',
	maxEntryBytes: 'The largest result kept'
};

export type ResultLimitCheck =
	{ ok: true; value: number } | { ok: false; code: 'invalid-limit'; message: string };

/** Check a limit (already in ms or bytes): a whole number within bounds. */
export function checkResultLimit(name: keyof ResultCacheLimits, value: unknown): ResultLimitCheck {
	const { min, max, unit, unitName } = RESULT_LIMIT_BOUNDS[name];
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return { ok: false, code: 'invalid-limit', message: `${LIMIT_WORDS[name]} must be a number.` };
	}
	const whole = Math.round(value);
	if (whole < min || whole > max) {
		return {
			ok: false,
			code: 'invalid-limit',
			message: `${LIMIT_WORDS[name]} must be between ${min / unit} and ${(max / unit).toLocaleString('en')} ${unitName}.`
		};
	}
	return { ok: true, value: whole };
}

/** Stored limits, anything missing or out of bounds replaced by its default. */
export function resultLimitsFrom(
	stored: Partial<Record<keyof ResultCacheLimits, unknown>>
): ResultCacheLimits {
	const pick = (name: keyof ResultCacheLimits) => {
		const checked = checkResultLimit(name, stored[name]);
		return checked.ok ? checked.value : DEFAULT_RESULT_LIMITS[name];
	};
	return { ttlMs: pick('ttlMs'), maxBytes: pick('maxBytes'), maxEntryBytes: pick('maxEntryBytes') };
}

/** Whether a result of `bytes` Arrow bytes is stored at all. */
export function fitsEntryLimit(
	bytes: number,
	limits: Pick<ResultCacheLimits, 'maxEntryBytes'>
): boolean {
	return bytes <= limits.maxEntryBytes;
}

export interface ResultEntryFacts {
	key: string;
	expiresAt: number;
	lastUsedAt: number;
	bytes: number;
}

/**
 * Keys to delete so that what stays is fresh and within the byte cap: the expired entries, then
 * the least recently used until the bytes fit (the same plan as the answer cache's, with no cap
 * on the number of entries).
 */
export function planResultEviction(
	entries: readonly ResultEntryFacts[],
	limits: Pick<ResultCacheLimits, 'maxBytes'>,
	now: number
): string[] {
	return planEviction(
		entries,
		{ maxEntries: Number.POSITIVE_INFINITY, maxBytes: limits.maxBytes },
		now
	);
}
