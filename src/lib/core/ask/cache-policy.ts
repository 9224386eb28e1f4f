/**
 * The answer cache's limits (pure): time to live, and a cap on entries and on bytes with
 * least-recently-used eviction. Storage applies the plan; nothing here reads a clock.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface AnswerCacheLimits {
	/** How long an answer is served after it was stored. */
	ttlMs: number;
	maxEntries: number;
	maxBytes: number;
}

/** An answer is served for a week; a few hundred answers fit in well under the byte cap. */
export const DEFAULT_LIMITS: AnswerCacheLimits = {
	ttlMs: 7 * DAY_MS,
	maxEntries: 500,
	maxBytes: 5 * 1024 * 1024
};

/** What the settings accept; the inputs show the same bounds. */
export const MIB = 1024 * 1024;

/**
 * What the settings accept, and the unit the settings page shows each limit in (days, answers,
 * MB); the bounds are whole numbers of that unit.
 */
export const LIMIT_BOUNDS = {
	ttlMs: { min: DAY_MS, max: 365 * DAY_MS, unit: DAY_MS, unitName: 'days' },
	maxEntries: { min: 10, max: 100_000, unit: 1, unitName: '' },
	maxBytes: { min: MIB, max: 512 * MIB, unit: MIB, unitName: 'MB' }
} as const satisfies Record<
	keyof AnswerCacheLimits,
	{ min: number; max: number; unit: number; unitName: string }
>;

export type LimitResult =
	{ ok: true; value: number } | { ok: false; code: 'invalid-limit'; message: string };

const LIMIT_WORDS: Record<keyof AnswerCacheLimits, string> = {
	ttlMs: 'How long answers are kept',
	maxEntries: 'The number of answers kept',
	maxBytes: 'The size of the answer cache'
};

/** Check a limit the user typed (already in ms, entries or bytes); whole numbers within bounds. */
export function checkLimit(name: keyof AnswerCacheLimits, value: unknown): LimitResult {
	const { min, max, unit, unitName } = LIMIT_BOUNDS[name];
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		return { ok: false, code: 'invalid-limit', message: `${LIMIT_WORDS[name]} must be a number.` };
	}
	const whole = Math.round(value);
	if (whole < min || whole > max) {
		return {
			ok: false,
			code: 'invalid-limit',
			message: `${LIMIT_WORDS[name]} must be between ${min / unit} and ${`${(max / unit).toLocaleString('en')} ${unitName}`.trim()}.`
		};
	}
	return { ok: true, value: whole };
}

/** Stored limits with anything missing or out of bounds replaced by its default. */
export function limitsFrom(
	stored: Partial<Record<keyof AnswerCacheLimits, unknown>>
): AnswerCacheLimits {
	const pick = (name: keyof AnswerCacheLimits) => {
		const checked = checkLimit(name, stored[name]);
		return checked.ok ? checked.value : DEFAULT_LIMITS[name];
	};
	return { ttlMs: pick('ttlMs'), maxEntries: pick('maxEntries'), maxBytes: pick('maxBytes') };
}

export interface EntryFacts {
	key: string;
	expiresAt: number;
	lastUsedAt: number;
	bytes: number;
}

/**
 * Keys to delete so that what stays is fresh and within both caps: every expired entry
 * (`expiresAt <= now`), then the least recently used until the count and the bytes fit.
 * Ties in `lastUsedAt` go by key, so the plan is the same on every run.
 */
export function planEviction(
	entries: readonly EntryFacts[],
	limits: Pick<AnswerCacheLimits, 'maxEntries' | 'maxBytes'>,
	now: number
): string[] {
	const doomed: string[] = [];
	const live: EntryFacts[] = [];
	for (const entry of entries) {
		if (entry.expiresAt <= now) doomed.push(entry.key);
		else live.push(entry);
	}
	live.sort((a, b) => a.lastUsedAt - b.lastUsedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	let count = live.length;
	let bytes = live.reduce((sum, e) => sum + e.bytes, 0);
	for (const entry of live) {
		if (count <= limits.maxEntries && bytes <= limits.maxBytes) break;
		doomed.push(entry.key);
		count -= 1;
		bytes -= entry.bytes;
	}
	return doomed;
}

/** Hits over lookups, or null before the first lookup. */
export function hitRate(hits: number, misses: number): number | null {
	const total = hits + misses;
	return total === 0 ? null : hits / total;
}
