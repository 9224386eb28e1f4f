import { describe, expect, it } from 'vitest';
import { chartCsv, chartCsvHeader } from './chart-csv';

const spec = {
	mark: 'bar',
	encoding: {
		x: { field: '__x', type: 'quantitative', title: 'temp_max (binned)' },
		x2: { field: '__x_end' },
		y: { field: '__y', type: 'quantitative', title: 'Count of rows' },
		color: { field: '__color', type: 'nominal', title: 'Count of rows' }
	}
};

describe('chartCsvHeader', () => {
	it('names columns by their encoding titles, bin ends and repeats included', () => {
		expect(chartCsvHeader(spec, ['__x', '__x_end', '__y', '__color', 'other'])).toEqual([
			'temp_max (binned)',
			'temp_max (binned) (end)',
			'Count of rows',
			'Count of rows (2)',
			'other'
		]);
	});

	it('reads titles from layers too and ignores odd values', () => {
		const layered = {
			layer: [{ encoding: { y: { field: '__y', title: 'Max of wind' } } }, null, 3],
			encoding: { x: 'not a def', tooltip: [{ field: '__t', title: 'date' }] }
		};
		expect(chartCsvHeader(layered, ['__y', '__t', '__z'])).toEqual(['Max of wind', 'date', '__z']);
	});
});

describe('chartCsv', () => {
	it('writes readable headers over the rows in column order', () => {
		const csv = chartCsv(
			spec,
			['__x', '__y'],
			[
				{ __y: 3, __x: 10 },
				{ __x: 20, __y: null }
			]
		);
		expect(csv).toBe('temp_max (binned),Count of rows\r\n10,3\r\n20,\r\n');
	});
});
