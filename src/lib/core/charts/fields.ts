/**
 * What each result column is for charting: its role (measure, time, category, id, text, other)
 * and vega-lite type, from its DuckDB type and statistics.
 */
import { columnKind } from '../profile/column-kind';
import type { FieldRole, FieldSummary, FieldType, ResultColumnStats, TimeUnit } from './types';

/** Names of key columns: `id`, `user_id`, `userId`, `key`, `code`, `uuid`. */
const ID_NAME = /(^|[_\s-])(id|key|uuid|guid|pk)$|[a-z]Id$|^(id|key|code|uuid)$/i;
/** Integer columns that usually hold a few ordered values. */
const ORDINAL_NAME =
	/year|month|quarter|week|day|hour|rating|rank|level|grade|score|stars|cyl|size|class|tier/i;
/** Whole-number columns named as a year (`year`, `Year`, `fiscal_year`, `birthYear`). */
const YEAR_NAME = /(^|[^a-z])(year|yr)s?([^a-z]|$)|[a-z]Years?$/i;
/** Calendar years a year column may hold. */
const YEAR_MIN = 1000;
const YEAR_MAX = 2200;
/** Integer columns with at most this many distinct values (that repeat) are categories. */
const SMALL_DOMAIN = 20;
/** Text columns with at most this many distinct values are categories whatever their share. */
const FEW_CATEGORIES = 50;
/** Mostly-distinct text longer than this on average is free text; shorter is a label per row. */
const LONG_TEXT = 40;
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** Milliseconds of a DuckDB timestamp or date text, read as UTC; null when it does not parse. */
export function timeOf(text: string | number | null | undefined): number | null {
	if (typeof text !== 'string') return null;
	const match = /^(-?\d{4,})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(
		text.trim()
	);
	if (!match) return null;
	const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
	return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

const MINUTE = 60_000;
/** Units from fine to coarse with their (average) length. */
const UNITS: Array<[TimeUnit, number]> = [
	['yearmonthdatehoursminutes', MINUTE],
	['yearmonthdatehours', 60 * MINUTE],
	['yearmonthdate', DAY],
	['yearmonth', YEAR / 12],
	['year', YEAR]
];
/** A time axis with more points than this is hard to read. */
const MAX_TIME_POINTS = 750;

/**
 * A time unit for values from `min` to `max` (ms): the finest unit that is no finer than the
 * values' average spacing (`distinct` values over the span) and gives at most MAX_TIME_POINTS
 * points. Dates never get hours.
 */
export function timeUnitForSpan(
	min: number,
	max: number,
	isDateOnly: boolean,
	distinct = MAX_TIME_POINTS
): TimeUnit {
	const span = Math.abs(max - min);
	const spacing = span / Math.max(distinct, 1);
	for (const [unit, length] of UNITS) {
		if (isDateOnly && length < DAY) continue;
		if (length >= spacing / 2 && span / length <= MAX_TIME_POINTS) return unit;
	}
	return 'year';
}

function summary(
	stats: ResultColumnStats,
	role: FieldRole,
	vlType: FieldType,
	extra: Partial<FieldSummary> = {}
): FieldSummary {
	return {
		name: stats.name,
		duckType: stats.type,
		vlType,
		role,
		distinct: stats.distinct,
		nullShare: stats.rows === 0 ? 0 : 1 - stats.nonNull / stats.rows,
		min: stats.min,
		max: stats.max,
		...extra
	};
}

function timeSummary(stats: ResultColumnStats, min: unknown, max: unknown): FieldSummary {
	const from = timeOf(min as string | null);
	const to = timeOf(max as string | null);
	const isDateOnly = stats.type.trim().toUpperCase() === 'DATE';
	const timeUnit =
		from === null || to === null
			? 'yearmonthdate'
			: timeUnitForSpan(from, to, isDateOnly, stats.distinct);
	const range = typeof min === 'string' && typeof max === 'string' ? { min, max } : {};
	return summary(stats, 'time', 'temporal', { timeUnit, ...range });
}

/** A column of calendar years: drawn on a time axis by year, never summed or averaged. */
function isYearColumn(stats: ResultColumnStats, isInteger: boolean): boolean {
	const { min, max } = stats;
	return (
		YEAR_NAME.test(stats.name) &&
		typeof min === 'number' &&
		typeof max === 'number' &&
		(isInteger || (Number.isInteger(min) && Number.isInteger(max))) &&
		min >= YEAR_MIN &&
		max <= YEAR_MAX
	);
}

function numberSummary(stats: ResultColumnStats, isInteger: boolean): FieldSummary {
	if (isYearColumn(stats, isInteger)) {
		return summary(stats, 'time', 'temporal', { timeUnit: 'year' });
	}
	const isUnique = stats.distinct >= 0.95 * stats.nonNull && stats.nonNull > 1;
	if (isInteger && isUnique && ID_NAME.test(stats.name)) return summary(stats, 'id', 'nominal');
	const repeats = stats.distinct <= stats.nonNull / 2;
	const range =
		typeof stats.min === 'number' && typeof stats.max === 'number' ? stats.max - stats.min : 0;
	const isSmallDomain =
		isInteger &&
		stats.distinct > 0 &&
		((repeats && stats.distinct <= SMALL_DOMAIN && range < 100) ||
			(ORDINAL_NAME.test(stats.name) && stats.distinct <= 60 && repeats));
	if (isSmallDomain) return summary(stats, 'category', 'ordinal');
	return summary(stats, 'measure', 'quantitative');
}

function textSummary(stats: ResultColumnStats): FieldSummary {
	if ((stats.dateShare ?? 0) >= 0.9) return timeSummary(stats, stats.dateMin, stats.dateMax);
	const share = stats.nonNull === 0 ? 1 : stats.distinct / stats.nonNull;
	if (stats.distinct <= FEW_CATEGORIES || share <= 0.5)
		return summary(stats, 'category', 'nominal');
	if ((stats.avgLength ?? 0) > LONG_TEXT) return summary(stats, 'text', 'nominal');
	return summary(stats, 'id', 'nominal');
}

/** Role and vega-lite type of every result column, in order. */
export function summarizeFields(stats: ResultColumnStats[]): FieldSummary[] {
	return stats.map((s) => {
		if (s.nonNull === 0) return summary(s, 'other', 'nominal');
		const type = s.type.trim().toUpperCase();
		const kind = columnKind(type);
		if (kind === 'nested' || /^(BLOB|BYTEA|BIT|VARBINARY|INTERVAL|UNION|MAP)/.test(type)) {
			return summary(s, 'other', 'nominal');
		}
		if (kind === 'integer') return numberSummary(s, true);
		if (kind === 'number') return numberSummary(s, false);
		if (kind === 'date') return timeSummary(s, s.min, s.max);
		if (kind === 'boolean') return summary(s, 'category', 'nominal');
		if (type === 'UUID') return summary(s, 'id', 'nominal');
		if (/^TIME\b/.test(type)) return summary(s, 'category', 'ordinal');
		return textSummary(s);
	});
}
