import { describe, expect, it } from 'vitest';
import { describeHistogram, formatNulls, formatRange, formatValue } from './profile-text';

describe('profile text', () => {
	it('writes nulls as a percentage with the count, never rounding a few to none', () => {
		expect(formatNulls({ nullShare: 0.2, nullCount: 1 })).toBe('20% (1)');
		expect(formatNulls({ nullShare: 0, nullCount: 0 })).toBe('0% (0)');
		expect(formatNulls({ nullShare: 0.001, nullCount: 1000 })).toBe('<1% (1,000)');
		expect(formatNulls({ nullShare: 0.999 })).toBe('>99%');
		expect(formatNulls({ nullShare: 1, nullCount: 3 })).toBe('100% (3)');
	});

	it('writes ranges and values short', () => {
		expect(formatRange({ min: -3.5, max: 30 })).toBe('-3.5 – 30');
		expect(formatRange({ min: 2012, max: 2015 })).toBe('2012 – 2015');
		expect(formatRange({ min: 1 / 3, max: 1 / 3 })).toBe('0.3333');
		expect(formatRange({ min: '2014-01-15', max: '2015-12-31T00:00:00' })).toBe(
			'2014-01-15 – 2015-12-31'
		);
		expect(formatRange({ min: null, max: null })).toBe('—');
		expect(formatValue('')).toBe('(empty text)');
		expect(formatValue(false)).toBe('false');
		expect(formatValue(1234567.891)).toBe('1234567.891');
	});

	it('describes a histogram in words', () => {
		const bins = [
			{ start: 0, end: 5, count: 2 },
			{ start: 5, end: 10, count: 7 },
			{ start: 10, end: 15, count: 1 }
		];
		expect(describeHistogram('fare', bins)).toBe(
			'Histogram of fare: 3 bars from 0 to 15, 10 values; most (7) between 5 and 10.'
		);
		expect(describeHistogram('fare', [])).toBe('No histogram for fare.');
	});
});
