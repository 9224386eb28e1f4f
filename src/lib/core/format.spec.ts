import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration } from './format';

describe('formatBytes', () => {
	it.each([
		[0, '0 B'],
		[1, '1 B'],
		[1023, '1023 B'],
		[1024, '1 KB'],
		[1536, '1.5 KB'],
		[10 * 1024 * 1024, '10 MB'],
		[123.4 * 1024 * 1024, '123 MB'],
		[1024 * 1024 - 1, '1 MB'],
		[2.25 * 1024 ** 3, '2.3 GB'],
		[5 * 1024 ** 5, '5120 TB'],
		[-1, '—'],
		[Number.NaN, '—']
	])('%d → %s', (bytes, expected) => {
		expect(formatBytes(bytes)).toBe(expected);
	});
});

describe('formatCount', () => {
	it('groups digits', () => {
		expect(formatCount(0)).toBe('0');
		expect(formatCount(1234567)).toBe('1,234,567');
	});

	it('adds a singular or plural noun', () => {
		expect(formatCount(1, 'row')).toBe('1 row');
		expect(formatCount(2, 'row')).toBe('2 rows');
		expect(formatCount(0, 'row')).toBe('0 rows');
		expect(formatCount(3, 'query', 'queries')).toBe('3 queries');
	});

	it('shows a dash for non-numbers', () => {
		expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—');
	});
});

describe('formatDuration', () => {
	it.each([
		[0, '0 ms'],
		[850.4, '850 ms'],
		[1000, '1.0 s'],
		[1234, '1.2 s'],
		[9999, '9.9 s'],
		[42_400, '42 s'],
		[60_000, '1 min'],
		[125_000, '2 min 5 s'],
		[3_600_000, '1 h'],
		[3_780_000, '1 h 3 min'],
		[-5, '—']
	])('%d ms → %s', (ms, expected) => {
		expect(formatDuration(ms)).toBe(expected);
	});
});
