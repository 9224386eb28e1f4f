import { describe, expect, it } from 'vitest';
import { cellsEqual, compareResults } from '../nl/harness/compare';

describe('comparing an engine result with the reference', () => {
	it('ignores row order unless order matters', () => {
		const expected = [
			['USA', 254],
			['Japan', 79]
		];
		const swapped = [
			['Japan', 79],
			['USA', 254]
		];
		expect(compareResults(swapped, expected).isMatch).toBe(true);
		expect(compareResults(swapped, expected, { isOrdered: true }).isMatch).toBe(false);
	});

	it('matches columns by value, not by name or position, and allows extra columns', () => {
		const expected = [
			['USA', 254],
			['Japan', 79]
		];
		const reordered = [
			[254, 'USA', 0.6],
			[79, 'Japan', 0.2]
		];
		expect(compareResults(reordered, expected, { isOrdered: true }).isMatch).toBe(true);
		expect(compareResults([['USA'], ['Japan']], expected).isMatch).toBe(false);
	});

	it('keeps rows together when matching columns', () => {
		const expected = [
			['a', 1],
			['b', 2]
		];
		const crossed = [
			['a', 2],
			['b', 1]
		];
		expect(compareResults(crossed, expected).isMatch).toBe(false);
	});

	it('treats duplicate rows as a bag, not a set', () => {
		expect(compareResults([[1], [1], [2]], [[1], [2], [2]]).isMatch).toBe(false);
		expect(compareResults([[2], [1], [1]], [[1], [2], [1]]).isMatch).toBe(true);
	});

	it('accepts any order among ties of the sorted column', () => {
		const expected = [
			['grand prix', 230],
			['catalina', 225],
			['estate wagon', 225]
		];
		const tieSwapped = [
			['grand prix', 230],
			['estate wagon', 225],
			['catalina', 225]
		];
		const wrongOrder = [
			['catalina', 225],
			['grand prix', 230],
			['estate wagon', 225]
		];
		expect(compareResults(tieSwapped, expected, { isOrdered: true }).isMatch).toBe(true);
		expect(compareResults(wrongOrder, expected, { isOrdered: true }).isMatch).toBe(false);
	});

	it('compares numbers with a small relative tolerance', () => {
		expect(cellsEqual(1 / 3, 0.3333333334)).toBe(true);
		expect(cellsEqual(3753891452, 3753891452.0000005)).toBe(true);
		expect(cellsEqual(100, 100.01)).toBe(false);
		expect(cellsEqual(0, 1e-12)).toBe(true);
		expect(cellsEqual('42', 42)).toBe(true);
	});

	it('never equates missing values with zero or empty text', () => {
		expect(cellsEqual(null, 0)).toBe(false);
		expect(cellsEqual('', null)).toBe(false);
		expect(cellsEqual(null, null)).toBe(true);
	});

	it('accepts a year written as the first day of that year, and nothing looser', () => {
		expect(cellsEqual('2014-01-01', 2014)).toBe(true);
		expect(cellsEqual(1970, '1970-01-01')).toBe(true);
		expect(cellsEqual('2014-03-01', 2014)).toBe(false);
		expect(cellsEqual('2014-01-01', 2015)).toBe(false);
	});

	it('accepts shares as fractions or percentages only when asked to', () => {
		const expected = [
			['USA', 62.5],
			['Europe', 37.5]
		];
		const fractions = [
			['USA', 0.625],
			['Europe', 0.375]
		];
		expect(compareResults(fractions, expected).isMatch).toBe(false);
		expect(compareResults(fractions, expected, { allowPercentScale: true }).isMatch).toBe(true);
	});

	it('says why results differ', () => {
		expect(compareResults([[1]], [[1], [2]]).reason).toBe('1 rows, expected 2');
		expect(compareResults([[1]], [[1, 2]]).reason).toBe('1 columns, expected 2');
		expect(compareResults([[3]], [[4]]).reason).toMatch(/values differ: got \[\[3\]\]/);
		expect(compareResults([], []).isMatch).toBe(true);
	});
});
