import { describe, expect, it } from 'vitest';
import { RecentMap } from './recent-map';

describe('RecentMap', () => {
	it('keeps the most recently used entries up to its limit', () => {
		const map = new RecentMap<string, number>(2);
		map.set('a', 1);
		map.set('b', 2);
		expect(map.get('a')).toBe(1); // a is now the most recent
		map.set('c', 3); // b, the least recent, goes
		expect(map.get('b')).toBeUndefined();
		expect(map.get('a')).toBe(1);
		expect(map.get('c')).toBe(3);
	});

	it('replacing a value does not grow the map', () => {
		const map = new RecentMap<string, number>(2);
		map.set('a', 1);
		map.set('a', 2);
		map.set('b', 3);
		expect(map.get('a')).toBe(2);
		expect(map.get('b')).toBe(3);
	});
});
