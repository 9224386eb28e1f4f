import { describe, expect, it } from 'vitest';
import { chartDatasetNames, listNames, statusLabel, statusSentence } from './status-text';

describe('status text', () => {
	it('lists names in prose', () => {
		expect(listNames(['a'])).toBe('a');
		expect(listNames(['a', 'b'])).toBe('a and b');
		expect(listNames(['a', 'b', 'c'])).toBe('a, b and c');
	});

	it('says nothing when the data is as saved', () => {
		expect(statusLabel({ kind: 'ok' })).toBeNull();
		expect(statusSentence({ kind: 'ok' })).toBeNull();
	});

	it('names deleted and changed datasets', () => {
		expect(statusLabel({ kind: 'missing', datasets: ['Sales'] })).toBe('Dataset deleted');
		expect(statusSentence({ kind: 'missing', datasets: ['Sales'] })).toMatch(
			/^This chart reads Sales, which was deleted\./
		);
		expect(statusSentence({ kind: 'changed', datasets: ['Sales', 'Costs'] })).toMatch(
			/^Sales and Costs have changed since this chart was saved/
		);
	});
});

describe('chartDatasetNames', () => {
	it('prefers current names, then saved names, then ids', () => {
		const chart = {
			datasetIds: ['a', 'b', 'c'],
			datasetRefs: { a: { name: 'Old A', tableName: 'a' }, b: { name: 'B', tableName: 'b' } }
		};
		expect(chartDatasetNames(chart, [{ id: 'a', name: 'New A' }])).toEqual(['New A', 'B', 'c']);
	});
});
