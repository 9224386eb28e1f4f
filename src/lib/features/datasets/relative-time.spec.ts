import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatRelative, toEpochMs } from './relative-time';

const now = Date.UTC(2026, 0, 15, 12, 0, 0);

describe('formatRelative', () => {
	it('says just now for the last few seconds', () => {
		expect(formatRelative(now - 10_000, now, 'en')).toBe('just now');
	});

	it('counts minutes, hours and days', () => {
		expect(formatRelative(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
		expect(formatRelative(now - 3 * 3600_000, now, 'en')).toBe('3 hours ago');
		expect(formatRelative(now - 24 * 3600_000, now, 'en')).toBe('yesterday');
		expect(formatRelative(now - 4 * 24 * 3600_000, now, 'en')).toBe('4 days ago');
	});

	it('says unknown for a missing time', () => {
		expect(formatRelative(NaN, now)).toBe('unknown');
	});
});

describe('toEpochMs', () => {
	it('accepts numbers, dates and ISO strings', () => {
		expect(toEpochMs(now)).toBe(now);
		expect(toEpochMs(new Date(now))).toBe(now);
		expect(toEpochMs(new Date(now).toISOString())).toBe(now);
	});
});

describe('formatAbsolute', () => {
	it('includes the year', () => {
		expect(formatAbsolute(now, 'en')).toContain('2026');
	});
});
