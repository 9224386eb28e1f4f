import { describe, expect, it } from 'vitest';
import {
	DEFAULT_RESULT_LIMITS,
	MIB,
	checkResultLimit,
	fitsEntryLimit,
	planResultEviction,
	resultLimitsFrom
} from './policy';

describe('result cache limits', () => {
	it('defaults to an hour, 64 MB in all and 8 MB per result', () => {
		expect(DEFAULT_RESULT_LIMITS).toEqual({
			ttlMs: 3_600_000,
			maxBytes: 64 * MIB,
			maxEntryBytes: 8 * MIB
		});
		expect(resultLimitsFrom({ ttlMs: 'x', maxBytes: -1 })).toEqual(DEFAULT_RESULT_LIMITS);
		expect(resultLimitsFrom({ ttlMs: 120_000 }).ttlMs).toBe(120_000);
	});

	it('refuses limits out of bounds with a message in the unit shown', () => {
		expect(checkResultLimit('ttlMs', 1000)).toMatchObject({
			ok: false,
			message: 'How long results are kept must be between 1 and 10,080 minutes.'
		});
		expect(checkResultLimit('maxBytes', Number.NaN)).toMatchObject({ ok: false });
		expect(checkResultLimit('maxBytes', 2 * MIB)).toEqual({ ok: true, value: 2 * MIB });
	});

	it('keeps results up to the per-entry limit', () => {
		expect(fitsEntryLimit(8 * MIB, DEFAULT_RESULT_LIMITS)).toBe(true);
		expect(fitsEntryLimit(8 * MIB + 1, DEFAULT_RESULT_LIMITS)).toBe(false);
	});

	it('evicts the expired, then the least recently used until the bytes fit', () => {
		const entries = [
			{ key: 'old', expiresAt: 50, lastUsedAt: 40, bytes: 10 },
			{ key: 'a', expiresAt: 500, lastUsedAt: 30, bytes: 40 },
			{ key: 'b', expiresAt: 500, lastUsedAt: 20, bytes: 40 },
			{ key: 'c', expiresAt: 500, lastUsedAt: 90, bytes: 40 }
		];
		expect(planResultEviction(entries, { maxBytes: 80 }, 100)).toEqual(['old', 'b']);
		expect(planResultEviction(entries, { maxBytes: 1000 }, 100)).toEqual(['old']);
	});
});
