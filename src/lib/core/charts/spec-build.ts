/**
 * Small builders for the ChartSpecs the recommender returns (standard vega-lite, no data).
 */
import {
	VEGA_LITE_SCHEMA,
	type Aggregate,
	type ChartSpec,
	type FieldDef,
	type FieldSummary,
	type MarkType
} from './types';

/** Measures whose total is meaningful (summed by default); others are averaged. */
const ADDITIVE_NAME =
	/count|total|sum|amount|sales|revenue|qty|quantity|population|number|^n$|^num|volume|visits|clicks|cost|spend|units/i;

export function chartSpec(
	mark: MarkType,
	encoding: ChartSpec['encoding'],
	title?: string
): ChartSpec {
	return {
		$schema: VEGA_LITE_SCHEMA,
		...(title ? { title } : {}),
		mark: { type: mark, tooltip: true },
		encoding,
		width: 'container'
	};
}

/** How a measure is summarised per group by default. */
export function defaultAggregate(field: FieldSummary): Aggregate {
	return ADDITIVE_NAME.test(field.name) ? 'sum' : 'mean';
}

export function aggregateWord(aggregate: Aggregate): string {
	const words: Record<Aggregate, string> = {
		count: 'count',
		sum: 'total',
		mean: 'mean',
		median: 'median',
		min: 'minimum',
		max: 'maximum',
		distinct: 'distinct count of',
		q1: 'first quartile of',
		q3: 'third quartile of',
		stdev: 'standard deviation of'
	};
	return words[aggregate];
}

export function measureDef(field: FieldSummary, aggregate?: Aggregate): FieldDef {
	return { field: field.name, type: 'quantitative', ...(aggregate ? { aggregate } : {}) };
}

export function categoryDef(field: FieldSummary, sort?: FieldDef['sort']): FieldDef {
	return {
		field: field.name,
		type: field.vlType === 'ordinal' ? 'ordinal' : 'nominal',
		...(sort !== undefined ? { sort } : {})
	};
}

export function timeDef(field: FieldSummary): FieldDef {
	return {
		field: field.name,
		type: 'temporal',
		...(field.timeUnit ? { timeUnit: field.timeUnit } : {})
	};
}

export function countDef(): FieldDef {
	return { aggregate: 'count', type: 'quantitative' };
}

/** "1,234" in plain digits, for reasons. */
export function count(n: number): string {
	return Math.round(n).toLocaleString('en-US');
}
