import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, checkLimit, hitRate, limitsFrom, planEviction } from './cache-policy';

function entry(key: string, lastUsedAt: number, bytes = 100, expiresAt = 1_000) {
	return { key, lastUsedAt, bytes, expiresAt };
}

describe('planEviction', () => {
	it('drops expired entries whatever the caps', () => {
		const plan = planEviction(
			[entry('old', 5, 100, 10), entry('edge', 6, 100, 20), entry('fresh', 1, 100, 21)],
			{ maxEntries: 10, maxBytes: 10_000 },
			20
		);
		expect(plan.sort()).toEqual(['edge', 'old']);
	});

	it('evicts the least recently used until the entry cap holds', () => {
		const entries = [entry('c', 30), entry('a', 10), entry('d', 40), entry('b', 20)];
		expect(planEviction(entries, { maxEntries: 2, maxBytes: 10_000 }, 0)).toEqual(['a', 'b']);
	});

	it('evicts the least recently used until the byte cap holds', () => {
		const entries = [entry('big', 50, 900), entry('a', 10, 300), entry('b', 20, 300)];
		expect(planEviction(entries, { maxEntries: 10, maxBytes: 1_200 }, 0)).toEqual(['a']);
		expect(planEviction(entries, { maxEntries: 10, maxBytes: 800 }, 0)).toEqual(['a', 'b', 'big']);
	});

	it('keeps everything within both caps', () => {
		expect(
			planEviction([entry('a', 1), entry('b', 2)], { maxEntries: 2, maxBytes: 200 }, 0)
		).toEqual([]);
	});
});

describe('limits', () => {
	it('accepts whole numbers within bounds and explains the rest', () => {
		expect(checkLimit('maxEntries', 200)).toEqual({ ok: true, value: 200 });
		expect(checkLimit('maxEntries', 200.4)).toEqual({ ok: true, value: 200 });
		const low = checkLimit('maxEntries', 1);
		expect(low).toMatchObject({ ok: false, code: 'invalid-limit' });
		expect(!low.ok && low.message).toBe(
			'The number of answers kept must be between 10 and 100,000.'
		);
		const short = checkLimit('ttlMs', 1000);
		expect(!short.ok && short.message).toBe(
			'How long answers are kept must be between 1 and 365 days.'
		);
		expect(checkLimit('ttlMs', Number.NaN)).toMatchObject({ ok: false });
		expect(checkLimit('maxBytes', '5' as unknown)).toMatchObject({ ok: false });
	});

	it('falls back to the defaults for missing or hostile stored values', () => {
		expect(limitsFrom({})).toEqual(DEFAULT_LIMITS);
		expect(limitsFrom({ ttlMs: -1, maxEntries: 'lots', maxBytes: 1e12 })).toEqual(DEFAULT_LIMITS);
		expect(limitsFrom({ maxEntries: 50 })).toEqual({ ...DEFAULT_LIMITS, maxEntries: 50 });
	});

	it('defaults to a week, 500 answers and 5 MiB', () => {
		expect(DEFAULT_LIMITS).toEqual({ ttlMs: 604_800_000, maxEntries: 500, maxBytes: 5_242_880 });
	});
});

describe('hitRate', () => {
	it('is null before any lookup, else hits over lookups', () => {
		expect(hitRate(0, 0)).toBeNull();
		expect(hitRate(3, 1)).toBe(0.75);
	});
});
