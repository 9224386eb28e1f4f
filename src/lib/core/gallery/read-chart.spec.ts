import { describe, expect, it } from 'vitest';
import { readSavedChart } from './read-chart';

const valid = {
	id: 'c1',
	title: 'Sales',
	description: 'By month',
	spec: {
		$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
		mark: { type: 'bar' },
		encoding: { x: { field: 'a', type: 'nominal' } }
	},
	sql: 'SELECT 1',
	datasetIds: ['d1'],
	datasetFingerprints: { d1: 'f1' },
	datasetRefs: { d1: { name: 'Sales', tableName: 'sales' } },
	thumbnail: 'data:image/png;base64,AAAA',
	createdAt: 1,
	updatedAt: 2
};

describe('readSavedChart', () => {
	it('reads a valid record unchanged', () => {
		expect(readSavedChart(valid)).toEqual(valid);
	});

	it('refuses records without the essentials', () => {
		expect(readSavedChart(null)).toBeNull();
		expect(readSavedChart({ ...valid, title: 3 })).toBeNull();
		expect(readSavedChart({ ...valid, datasetIds: 'd1' })).toBeNull();
		expect(readSavedChart({ ...valid, spec: { encoding: {} } })).toBeNull();
		const withData = { ...valid.spec, data: { url: 'https://example.com/x.csv' } };
		expect(readSavedChart({ ...valid, spec: withData })).toBeNull();
		expect(readSavedChart({ ...valid, createdAt: Number.NaN })).toBeNull();
	});

	it('fills what older records lack and drops what does not fit', () => {
		const chart = readSavedChart({
			...valid,
			description: undefined,
			updatedAt: undefined,
			datasetFingerprints: { d1: 5, d2: 'f2' },
			datasetRefs: { d1: { name: 'x' } },
			thumbnail: 'javascript:alert(1)'
		});
		expect(chart).toMatchObject({
			description: '',
			updatedAt: 1,
			datasetFingerprints: { d2: 'f2' },
			datasetRefs: {}
		});
		expect(chart).not.toHaveProperty('thumbnail');
	});
});
