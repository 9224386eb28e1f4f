import { describe, expect, it } from 'vitest';
import { channelsForMark, defaultFieldDef, describeChart, setChannel, setMark } from './spec-edit';
import { VEGA_LITE_SCHEMA, type ChartSpec, type FieldSummary } from './types';

const bar: ChartSpec = {
	$schema: VEGA_LITE_SCHEMA,
	mark: { type: 'bar', tooltip: true },
	encoding: {
		x: { field: 'carrier', type: 'nominal', sort: '-y' },
		y: { field: 'delay', type: 'quantitative', aggregate: 'mean' },
		xOffset: { field: 'year', type: 'ordinal' }
	},
	width: 'container'
};

function fieldOf(partial: Partial<FieldSummary>): FieldSummary {
	return {
		name: 'f',
		duckType: 'DOUBLE',
		vlType: 'quantitative',
		role: 'measure',
		distinct: 10,
		nullShare: 0,
		min: 0,
		max: 1,
		...partial
	};
}

describe('spec editing', () => {
	it('setMark keeps what the new mark can draw and drops the rest', () => {
		const line = setMark(bar, 'line');
		expect(line.mark).toEqual({ type: 'line', tooltip: true });
		expect(Object.keys(line.encoding)).toEqual(['x', 'y']);
		expect(bar.encoding).toHaveProperty('xOffset');
		expect(setMark(setMark(bar, 'boxplot'), 'bar').mark).toEqual({
			type: 'bar',
			tooltip: true
		});
		expect(setMark({ ...bar, mark: 'bar' }, 'boxplot').mark).toEqual({
			type: 'boxplot',
			tooltip: true,
			extent: 'min-max'
		});
	});

	it('setChannel sets and removes one channel without touching the original', () => {
		const colored = setChannel(bar, 'color', { field: 'origin', type: 'nominal' });
		expect(colored.encoding.color).toEqual({ field: 'origin', type: 'nominal' });
		expect(bar.encoding.color).toBeUndefined();
		expect(setChannel(colored, 'color', undefined).encoding).not.toHaveProperty('color');
	});

	it('channelsForMark lists the channels of each mark', () => {
		expect(channelsForMark('arc')).toEqual([
			'theta',
			'color',
			'opacity',
			'tooltip',
			'column',
			'row',
			'facet'
		]);
		expect(channelsForMark('point')).toContain('shape');
		expect(channelsForMark('bar')).not.toContain('shape');
	});

	it('defaultFieldDef types a field for a channel', () => {
		expect(
			defaultFieldDef(
				fieldOf({ name: 'd', role: 'time', vlType: 'temporal', timeUnit: 'yearmonth' }),
				'x'
			)
		).toEqual({ field: 'd', type: 'temporal', timeUnit: 'yearmonth' });
		expect(defaultFieldDef(fieldOf({ name: 'v' }), 'y')).toEqual({
			field: 'v',
			type: 'quantitative'
		});
		expect(defaultFieldDef(fieldOf({ name: 'v' }), 'theta')).toEqual({
			field: 'v',
			type: 'quantitative',
			aggregate: 'sum'
		});
		expect(
			defaultFieldDef(fieldOf({ name: 'c', role: 'category', vlType: 'ordinal' }), 'facet')
		).toEqual({ field: 'c', type: 'ordinal', columns: 4 });
	});
});

describe('describeChart', () => {
	it.each<[string, ChartSpec['mark'], ChartSpec['encoding']]>([
		['Bar chart of mean of delay by carrier, sorted by delay, largest first.', 'bar', bar.encoding],
		[
			'Bar chart of count of rows by carrier, one panel per year.',
			'bar',
			{
				y: { field: 'carrier', type: 'nominal' },
				x: { aggregate: 'count', type: 'quantitative' },
				column: { field: 'year', type: 'ordinal' }
			}
		],
		[
			'Scatter plot of mpg against hp, coloured by origin.',
			'point',
			{
				x: { field: 'hp', type: 'quantitative' },
				y: { field: 'mpg', type: 'quantitative' },
				color: { field: 'origin', type: 'nominal' }
			}
		],
		[
			'Histogram of delay.',
			'bar',
			{
				x: { field: 'delay', type: 'quantitative', bin: true },
				y: { aggregate: 'count', type: 'quantitative' }
			}
		],
		[
			'Line chart of sum of sales by date, coloured by region.',
			'line',
			{
				x: { field: 'date', type: 'temporal' },
				y: { field: 'sales', type: 'quantitative', aggregate: 'sum' },
				color: { field: 'region', type: 'nominal' }
			}
		],
		[
			'Heatmap of count of rows by a and b.',
			'rect',
			{
				x: { field: 'a', type: 'nominal' },
				y: { field: 'b', type: 'nominal' },
				color: { aggregate: 'count', type: 'quantitative' }
			}
		],
		[
			'Pie chart of sum of v by c.',
			'arc',
			{
				theta: { field: 'v', type: 'quantitative', aggregate: 'sum' },
				color: { field: 'c', type: 'nominal' }
			}
		],
		[
			'Text chart of total.',
			{ type: 'text', fontSize: 48 },
			{ text: { field: 'total', type: 'quantitative' } }
		],
		[
			'Boxplot of hp by origin.',
			'boxplot',
			{ x: { field: 'origin', type: 'nominal' }, y: { field: 'hp', type: 'quantitative' } }
		]
	])('%s', (sentence, mark, encoding) => {
		expect(describeChart({ $schema: VEGA_LITE_SCHEMA, mark, encoding })).toBe(sentence);
	});
});
