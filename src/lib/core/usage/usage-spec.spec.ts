import { parse, View } from 'vega';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { queriesPerDaySpec } from './usage-spec';

/** The texts of the x axis labels when vega draws the spec (as the dashboard does, as SVG). */
async function xLabels(spec: ReturnType<typeof queriesPerDaySpec>): Promise<string[]> {
	const compiled = compile({ ...spec, width: 600 } as Parameters<typeof compile>[0]).spec;
	const view = new View(parse(compiled), { renderer: 'none' });
	const svg = await view.toSVG();
	view.finalize();
	const start = svg.indexOf('aria-label="X-axis');
	const axis = svg.slice(start, svg.indexOf('role-axis-domain', start));
	return [...axis.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

describe('queriesPerDaySpec', () => {
	it('is a complete vega-lite bar chart with one row per day inlined', () => {
		const spec = queriesPerDaySpec([
			{ date: '2026-12-01', queries: 0 },
			{ date: '2026-12-02', queries: 4 }
		]);
		expect(spec.$schema).toMatch(/vega-lite/);
		expect(spec.data).toEqual({
			values: [
				{ date: '2026-12-01', queries: 0 },
				{ date: '2026-12-02', queries: 4 }
			]
		});
		expect(spec).toMatchObject({
			mark: { type: 'bar' },
			encoding: { x: { field: 'date' }, y: { field: 'queries', type: 'quantitative' } }
		});
	});

	it('labels each bar with its own day, whatever the time zone', async () => {
		const labels = await xLabels(
			queriesPerDaySpec([
				{ date: '2026-11-30', queries: 1 },
				{ date: '2026-12-01', queries: 0 },
				{ date: '2026-12-02', queries: 4 }
			])
		);
		expect(labels).toEqual(['Nov 30', 'Dec 01', 'Dec 02']);
	});
});
