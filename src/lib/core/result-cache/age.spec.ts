import { describe, expect, it } from 'vitest';
import { formatAge } from './age';

describe('formatAge', () => {
	it('words an age in the largest whole unit', () => {
		expect(formatAge(5_000)).toBe('under a minute old');
		expect(formatAge(3 * 60_000 + 59_000)).toBe('3 min old');
		expect(formatAge(2 * 3_600_000)).toBe('2 h old');
		expect(formatAge(50 * 3_600_000)).toBe('2 d old');
		expect(formatAge(Number.NaN)).toBe('under a minute old');
	});
});
