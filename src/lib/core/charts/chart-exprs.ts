/**
 * DuckDB expressions for chart SQL: values of a field as vega reads them (DOUBLE numbers, local
 * ISO timestamps), aggregates, time units and bins.
 */
import { columnKind } from '../profile/column-kind';
import { quoteIdent } from '../sql/quote';
import { textTimestampSql } from './time-text';
import type { Aggregate, FieldDef, TimeUnit } from './types';

/** Local ISO without a zone: browsers read it as local time (a bare date would be read as UTC). */
const ISO = `'%Y-%m-%dT%H:%M:%S'`;

/** What the chart SQL knows about the result's columns (their DuckDB types, when known). */
export type ColumnTypes = ReadonlyMap<string, string>;

export function iso(timestamp: string): string {
	return `strftime(${timestamp}, ${ISO})`;
}

/** The field as a TIMESTAMP (dates and timestamps cast, text read as a date when it is one). */
export function timestampExpr(field: string, types: ColumnTypes): string {
	const c = quoteIdent(field);
	const type = types.get(field);
	if (type && columnKind(type) === 'date') return `CAST(${c} AS TIMESTAMP)`;
	if (type && columnKind(type) === 'text') return textTimestampSql(c);
	if (type && (columnKind(type) === 'integer' || columnKind(type) === 'number')) {
		// Numbers on a time axis: calendar years (a `year` column), otherwise epoch milliseconds
		// as vega-lite reads numbers in temporal fields.
		return (
			`CASE WHEN ${c} BETWEEN 1000 AND 2200 THEN make_timestamp(CAST(${c} AS BIGINT), 1, 1, 0, 0, 0) ` +
			`ELSE epoch_ms(CAST(${c} AS BIGINT)) END`
		);
	}
	return textTimestampSql(`CAST(${c} AS VARCHAR)`);
}

/** The field as a DOUBLE (NULL when it is not a number). */
export function numberExpr(field: string, types: ColumnTypes): string {
	const c = quoteIdent(field);
	const kind = columnKind(types.get(field) ?? 'VARCHAR');
	return kind === 'integer' || kind === 'number'
		? `CAST(${c} AS DOUBLE)`
		: `TRY_CAST(${c} AS DOUBLE)`;
}

/** The field as a category value: numbers as DOUBLE, dates as ISO text, nested values as text. */
export function categoryExpr(field: string, types: ColumnTypes): string {
	const c = quoteIdent(field);
	const type = types.get(field);
	if (!type) return c;
	const kind = columnKind(type);
	if (kind === 'integer' || kind === 'number') return `CAST(${c} AS DOUBLE)`;
	if (kind === 'date') return iso(`CAST(${c} AS TIMESTAMP)`);
	if (kind === 'boolean') return c;
	return `CAST(${c} AS VARCHAR)`;
}

/** A timestamp truncated to `unit`; cyclic units (month, day of week…) land in a fixed year. */
export function timeUnitExpr(ts: string, unit: TimeUnit): string {
	const truncated: Partial<Record<TimeUnit, string>> = {
		year: 'year',
		yearquarter: 'quarter',
		yearmonth: 'month',
		yearweek: 'week',
		yearmonthdate: 'day',
		yearmonthdatehours: 'hour',
		yearmonthdatehoursminutes: 'minute'
	};
	const part = truncated[unit];
	if (part) return `date_trunc('${part}', ${ts})`;
	switch (unit) {
		case 'quarter':
			return `make_timestamp(2000, (quarter(${ts}) - 1) * 3 + 1, 1, 0, 0, 0)`;
		case 'month':
			return `make_timestamp(2000, month(${ts}), 1, 0, 0, 0)`;
		case 'date':
			return `make_timestamp(2000, 1, day(${ts}), 0, 0, 0)`;
		// 2006-01-01 was a Sunday; DuckDB's dayofweek counts from Sunday = 0 as vega does.
		case 'day':
			return `make_timestamp(2006, 1, 1 + dayofweek(${ts}), 0, 0, 0)`;
		default:
			return `make_timestamp(2000, 1, 1, hour(${ts}), 0, 0)`;
	}
}

/** An aggregate of a channel as a DOUBLE (or ISO text for the min/max of a time). */
export function aggregateExpr(def: FieldDef, types: ColumnTypes): string {
	const aggregate: Aggregate = def.aggregate ?? 'count';
	if (aggregate === 'count' || def.field === undefined) return 'CAST(count(*) AS DOUBLE)';
	if (def.type === 'temporal' && (aggregate === 'min' || aggregate === 'max')) {
		return iso(`${aggregate}(${timestampExpr(def.field, types)})`);
	}
	if (aggregate === 'distinct') return `CAST(count(DISTINCT ${quoteIdent(def.field)}) AS DOUBLE)`;
	const n = numberExpr(def.field, types);
	const calls: Record<Exclude<Aggregate, 'count' | 'distinct'>, string> = {
		sum: `sum(${n})`,
		mean: `avg(${n})`,
		median: `quantile_cont(${n}, 0.5)`,
		min: `min(${n})`,
		max: `max(${n})`,
		q1: `quantile_cont(${n}, 0.25)`,
		q3: `quantile_cont(${n}, 0.75)`,
		stdev: `stddev_samp(${n})`
	};
	return `CAST(${calls[aggregate]} AS DOUBLE)`;
}

/**
 * A "nice" bin step (1, 2 or 5 × a power of ten) giving at most `maxbins` bins over the range
 * from `lo` to `hi` (SQL expressions).
 */
export function niceStepExpr(lo: string, hi: string, maxbins: number): string {
	const raw = `((${hi}) - (${lo})) / ${maxbins}`;
	const e = `pow(10, floor(log10(${raw})))`;
	return (
		`CASE WHEN (${hi}) IS NULL OR (${hi}) <= (${lo}) THEN 1.0 ` +
		`WHEN ${raw} <= ${e} THEN ${e} WHEN ${raw} <= 2 * ${e} THEN 2 * ${e} ` +
		`WHEN ${raw} <= 5 * ${e} THEN 5 * ${e} ELSE 10 * ${e} END`
	);
}

/** The same nice step in JS, when the range is known from the result's statistics. */
export function niceStep(lo: number, hi: number, maxbins: number): number {
	if (!(hi > lo)) return 1;
	const raw = (hi - lo) / maxbins;
	const e = 10 ** Math.floor(Math.log10(raw));
	return [1, 2, 5, 10].map((m) => m * e).find((step) => raw <= step) ?? 10 * e;
}
