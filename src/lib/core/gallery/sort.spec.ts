import { describe, expect, it } from 'vitest';
import { isGallerySort, sortCharts } from './sort';

const charts = [
	{ id: 'a', title: 'beta', createdAt: 2, updatedAt: 9 },
	{ id: 'b', title: 'Alpha 10', createdAt: 3, updatedAt: 3 },
	{ id: 'c', title: 'Álpha 9', createdAt: 1, updatedAt: 5 },
	{ id: 'd', title: 'beta', createdAt: 4, updatedAt: 4 }
];

function ids(order: Parameters<typeof sortCharts>[1]) {
	return sortCharts(charts, order).map((c) => c.id);
}

describe('sortCharts', () => {
	it('orders by creation time either way', () => {
		expect(ids('newest')).toEqual(['d', 'b', 'a', 'c']);
		expect(ids('oldest')).toEqual(['c', 'a', 'b', 'd']);
	});

	it('orders titles A–Z ignoring case and accents, numbers by value, ties newest first', () => {
		expect(ids('title')).toEqual(['c', 'b', 'd', 'a']);
	});

	it('orders by last change', () => {
		expect(ids('updated')).toEqual(['a', 'c', 'd', 'b']);
	});

	it('does not reorder its input', () => {
		sortCharts(charts, 'title');
		expect(charts.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('isGallerySort', () => {
	it('accepts the four orders only', () => {
		expect(['newest', 'oldest', 'title', 'updated'].every(isGallerySort)).toBe(true);
		expect(isGallerySort('random')).toBe(false);
		expect(isGallerySort(null)).toBe(false);
	});
});
