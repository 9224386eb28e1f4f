import { describe, expect, it } from 'vitest';
import { recommendCharts } from './recommend';
import { validateChartSpec } from './validate-spec';
import { VEGA_LITE_SCHEMA, type FieldSummary } from './types';

const good = {
	$schema: VEGA_LITE_SCHEMA,
	title: 'Delays',
	description: 'Mean delay by carrier',
	mark: { type: 'bar', tooltip: true },
	encoding: {
		x: { field: 'carrier', type: 'nominal', sort: '-y', title: 'Carrier' },
		y: {
			field: 'delay',
			type: 'quantitative',
			aggregate: 'mean',
			scale: { type: 'log', zero: false },
			format: ',.1f'
		},
		color: { field: 'c', type: 'nominal', legend: null },
		facet: { field: 'f', type: 'nominal', columns: 3 },
		tooltip: [
			{ field: 'carrier', type: 'nominal' },
			{ aggregate: 'count', type: 'quantitative' }
		]
	},
	width: 'container',
	height: 300
};

function message(value: unknown): string {
	const result = validateChartSpec(value);
	return result.ok ? 'ok' : result.message;
}

describe('validateChartSpec', () => {
	it('accepts the ChartSpec subset and returns a copy', () => {
		const result = validateChartSpec(JSON.parse(JSON.stringify(good)));
		expect(result).toEqual({ ok: true, spec: good });
		if (result.ok) expect(result.spec).not.toBe(good);
	});

	it('accepts every recommended spec', () => {
		const fields: FieldSummary[] = [
			{
				name: 'd',
				duckType: 'DATE',
				vlType: 'temporal',
				role: 'time',
				distinct: 100,
				nullShare: 0,
				min: '2020-01-01',
				max: '2020-06-01',
				timeUnit: 'yearmonthdate'
			},
			{
				name: 'c',
				duckType: 'VARCHAR',
				vlType: 'nominal',
				role: 'category',
				distinct: 4,
				nullShare: 0,
				min: 'a',
				max: 'd'
			},
			{
				name: 'k',
				duckType: 'VARCHAR',
				vlType: 'nominal',
				role: 'category',
				distinct: 3,
				nullShare: 0,
				min: 'a',
				max: 'c'
			},
			{
				name: 'v',
				duckType: 'DOUBLE',
				vlType: 'quantitative',
				role: 'measure',
				distinct: 300,
				nullShare: 0,
				min: -1,
				max: 9
			},
			{
				name: 'w',
				duckType: 'DOUBLE',
				vlType: 'quantitative',
				role: 'measure',
				distinct: 300,
				nullShare: 0,
				min: 0,
				max: 5
			}
		];
		const { suggestions } = recommendCharts(fields, { rows: 1200 });
		expect(suggestions.length).toBeGreaterThan(10);
		for (const s of suggestions)
			expect(validateChartSpec(s.spec), s.id).toEqual({ ok: true, spec: s.spec });
	});

	it('fills in a missing $schema and accepts a plain mark', () => {
		expect(validateChartSpec({ mark: 'line', encoding: {} })).toEqual({
			ok: true,
			spec: { $schema: VEGA_LITE_SCHEMA, mark: 'line', encoding: {} }
		});
	});

	it.each([
		[{ ...good, data: { url: 'https://evil.example/x.csv' } }, 'spec.data is not allowed.'],
		[
			{ ...good, transform: [{ calculate: 'alert(1)', as: 'x' }] },
			'spec.transform is not allowed.'
		],
		[{ ...good, params: [] }, 'spec.params is not allowed.'],
		[{ ...good, usermeta: {} }, 'spec.usermeta is not allowed.'],
		[
			{ ...good, $schema: 'https://evil.example/schema.json' },
			'$schema must be a vega-lite schema address.'
		],
		[
			{ ...good, mark: { type: 'bar', tooltip: { signal: 'x' } } },
			'mark.tooltip must be true or false.'
		],
		[{ ...good, mark: 'geoshape' }, 'mark must be one of'],
		[{ ...good, mark: undefined }, 'The chart spec has no mark.'],
		[
			{ ...good, encoding: { x: { field: 'a', type: 'nominal', expr: 'x' } } },
			'encoding.x.expr is not allowed.'
		],
		[
			{ ...good, encoding: { x: { field: { signal: 'a' }, type: 'nominal' } } },
			'encoding.x.field must be text.'
		],
		[
			{ ...good, encoding: { x: { field: 'a', type: 'geojson' } } },
			'encoding.x.type must be one of'
		],
		[
			{ ...good, encoding: { x: { type: 'quantitative' } } },
			'encoding.x needs a field (or aggregate: count).'
		],
		[
			{ ...good, encoding: { x: [{ field: 'a', type: 'nominal' }] } },
			'encoding.x must be one field definition.'
		],
		[
			{ ...good, encoding: { href: { field: 'a', type: 'nominal' } } },
			'encoding.href is not allowed.'
		],
		[
			{ ...good, encoding: { x: { field: 'a', type: 'nominal', sort: { field: 'b' } } } },
			'encoding.x.sort must be one of'
		],
		[
			{ ...good, encoding: { x: { field: 'a', type: 'quantitative', bin: { maxbins: 1e9 } } } },
			'encoding.x.bin.maxbins must be a number from 1 to 500.'
		],
		[
			{ ...good, encoding: { x: { field: 'a', type: 'quantitative', scale: { domain: [0, 1] } } } },
			'encoding.x.scale.domain is not allowed.'
		],
		[
			{ ...good, encoding: { x: { field: 'a', type: 'nominal', legend: { labelExpr: 'x' } } } },
			'encoding.x.legend.labelExpr is not allowed.'
		],
		[
			{
				...good,
				encoding: { tooltip: Array.from({ length: 21 }, () => ({ field: 'a', type: 'nominal' })) }
			},
			'encoding.tooltip may list at most 20 fields.'
		],
		[{ ...good, title: 'x'.repeat(301) }, 'title must be at most 300 characters.'],
		[{ ...good, width: -1 }, 'width must be a number from 1 to 5000.'],
		[{ ...good, description: 'x'.repeat(30_000) }, 'The chart spec is too large.'],
		[
			JSON.parse('{"__proto__": {"polluted": true}, "mark": "bar", "encoding": {}}'),
			'spec.__proto__ is not allowed.'
		],
		[[], 'spec must be an object.'],
		['bar', 'spec must be an object.'],
		[null, 'spec must be an object.']
	])('refuses %#', (value, expected) => {
		expect(message(value)).toContain(expected);
	});

	it('refuses values that are not JSON', () => {
		const cyclic: Record<string, unknown> = { mark: 'bar' };
		cyclic.encoding = cyclic;
		expect(message(cyclic)).toBe('The chart spec is not plain JSON.');
		expect(message({ mark: 'bar', encoding: {}, height: 10n })).toBe(
			'The chart spec is not plain JSON.'
		);
	});
});
