import { describe, expect, it } from 'vitest';
import { queriesPerDaySpec } from './usage-spec';

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
});
