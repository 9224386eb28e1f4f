/** The "queries per day" chart as a complete vega-lite spec with its data inlined. */
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from '../charts/types';
import type { DayCount } from './stats';

export function queriesPerDaySpec(series: readonly DayCount[]): VegaLiteSpec {
	return {
		$schema: VEGA_LITE_SCHEMA,
		description: 'Queries run per day over the last 30 days',
		width: 'container',
		data: { values: series.map((d) => ({ date: d.date, queries: d.queries })) },
		mark: { type: 'bar', tooltip: true },
		encoding: {
			x: {
				field: 'date',
				// One band per day, labelled with its own date (a time axis would put its ticks at
				// midnight, between two bars). Dates are calendar days written as YYYY-MM-DD: read
				// and show them as UTC so no time zone shifts a label onto the day before.
				type: 'ordinal',
				timeUnit: 'utcyearmonthdate',
				title: null,
				axis: { format: '%b %d', labelAngle: 0, labelOverlap: 'greedy' }
			},
			y: { field: 'queries', type: 'quantitative', title: 'Queries', axis: { tickMinStep: 1 } }
		}
	} satisfies VegaLiteSpec;
}
