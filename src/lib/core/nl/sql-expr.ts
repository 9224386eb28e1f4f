/**
 * SQL fragments: column references, date parsing of text dates, time grains, filters and
 * measure expressions with stable, readable aliases. All names and literals are quoted.
 */
import { quoteIdent, quoteLiteral, quoteString } from '../sql/quote';
import type { Filter, Measure } from './intent';
import { flagTrue, type ColumnInfo } from './lexicon';
import type { Plan } from './planner';
import type { Grain } from './vocabulary';
import { dateNumbering } from './numbered-within';

export class SqlError extends Error {}

export function columnSql(column: ColumnInfo, plan: Plan): string {
	if (column.span) {
		return `(${columnSql(column.span.end, plan)} - ${columnSql(column.span.start, plan)})`;
	}
	if (column.between) {
		// days (weeks) between the two days, hours (minutes) between the two times; none when
		// either is missing
		const { start, end, unit } = column.between;
		if (unit === 'day' || unit === 'week') {
			const day = (c: ColumnInfo) => `CAST(${dateSql(c, plan)} AS DATE)`;
			const days = `date_diff('day', ${day(start)}, ${day(end)})`;
			return unit === 'day' ? days : `(${days} / 7.0)`;
		}
		const seconds = `(epoch(${dateSql(end, plan)}) - epoch(${dateSql(start, plan)}))`;
		return `(${seconds} / ${unit === 'hour' ? 3600 : 60}.0)`;
	}
	if (column.amount) {
		const { quantity, price, discount } = column.amount;
		const gross = `${columnSql(quantity, plan)} * ${columnSql(price, plan)}`;
		if (!discount) return `(${gross})`;
		// less the discount each row was given (none when it is blank)
		return `(${gross} * (1 - coalesce(${columnSql(discount, plan)}, 0) / 100.0))`;
	}
	if (column.owed) {
		// what is left of the charge, all of it when nothing is paid
		const { due, paid, isFlag } = column.owed;
		const [charged, given] = [columnSql(due, plan), columnSql(paid, plan)];
		if (isFlag) {
			return `(CASE WHEN coalesce(${given} = ${quoteLiteral(flagTrue(paid))}, false) THEN 0 ELSE ${charged} END)`;
		}
		return `(${charged} - coalesce(${given}, 0))`;
	}
	if (column.sumOf) {
		// (money parts add what there is: a row with no card takings still has its cash)
		const isMoney = column.sumOf.some((p) => p.scale !== 1) || column.name === 'takings';
		const parts = column.sumOf.map(({ column: part, scale }) => {
			const sql = isMoney ? `coalesce(${columnSql(part, plan)}, 0)` : columnSql(part, plan);
			return scale === 1 ? sql : `${sql} / ${Math.round(1 / scale)}.0`;
		});
		return `(${parts.join(' + ')})`;
	}
	if (column.items) {
		// the number of comma-separated items, none for an empty cell
		const cell = columnSql(column.items, plan);
		return `CASE WHEN trim(coalesce(${cell}, '')) = '' THEN 0 ELSE len(string_split(${cell}, ',')) END`;
	}
	if (column.parts) {
		const { year, month, day } = column.parts;
		const part = (c: ColumnInfo) => `CAST(${columnSql(c, plan)} AS BIGINT)`;
		return `make_date(${part(year)}, ${part(month)}, ${day ? part(day) : '1'})`;
	}
	const name = quoteIdent(column.name);
	const col = plan.isQualified ? `${column.table.quotedName}.${name}` : name;
	return column.isTextYear ? `TRY_CAST(${col} AS INTEGER)` : col;
}

/** The column as a DATE/TIMESTAMP expression. */
export function dateSql(column: ColumnInfo, plan: Plan): string {
	const col = columnSql(column, plan);
	const parse = column.dateParse;
	if (!parse || parse.kind === 'native') return col;
	if (parse.kind === 'cast') {
		const sample = String(column.profile?.min ?? column.profile?.max ?? '');
		return sample.length > 10 ? `TRY_CAST(${col} AS TIMESTAMP)` : `TRY_CAST(${col} AS DATE)`;
	}
	return `try_strptime(${col}, ${quoteString(parse.format)})`;
}

export function slug(text: string): string {
	return (
		text
			.replace(/([a-z])([A-Z])/g, '$1_$2')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '_')
			.replace(/^_+|_+$/g, '') || 'value'
	);
}

export interface GrainSql {
	expr: string;
	alias: string;
	/** Sort key when the label does not sort naturally (weekday names). */
	orderExpr?: string;
}

/**
 * A time grain over the time column. Months and quarters stay real dates (the first day of the
 * period) even within one year, so charts get a time axis and labels are unambiguous.
 */
export function grainSql(column: ColumnInfo, grain: Grain, plan: Plan): GrainSql {
	if (column.kind === 'year') {
		if (grain === 'decade')
			return { expr: `floor(${columnSql(column, plan)} / 10) * 10`, alias: 'decade' };
		if (grain !== 'year')
			throw new SqlError(`"${column.name}" holds years only, so it cannot be grouped by ${grain}.`);
		return { expr: columnSql(column, plan), alias: column.name };
	}
	const parts = column.parts;
	// Stored parts group as stored: the year and month columns, the file's own weekday numbers.
	if (parts && grain === 'year') return { expr: columnSql(parts.year, plan), alias: 'year' };
	if (parts && grain === 'month_of_year') {
		return { expr: columnSql(parts.month, plan), alias: 'month_of_year' };
	}
	if (parts?.weekday && grain === 'weekday') {
		return { expr: columnSql(parts.weekday, plan), alias: parts.weekday.name };
	}
	const d = dateSql(column, plan);
	switch (grain) {
		case 'decade':
			return { expr: `floor(year(${d}) / 10) * 10`, alias: 'decade' };
		case 'year':
			return { expr: `year(${d})`, alias: 'year' };
		case 'quarter':
			return { expr: `CAST(date_trunc('quarter', ${d}) AS DATE)`, alias: 'quarter' };
		case 'month':
			return { expr: `CAST(date_trunc('month', ${d}) AS DATE)`, alias: 'month' };
		case 'month_of_year':
			return { expr: `month(${d})`, alias: 'month_of_year' };
		case 'week':
			return { expr: `CAST(date_trunc('week', ${d}) AS DATE)`, alias: 'week' };
		case 'day':
			return { expr: `CAST(${d} AS DATE)`, alias: 'day' };
		case 'weekday':
			return { expr: `dayname(${d})`, alias: 'weekday', orderExpr: `min(isodow(${d}))` };
		case 'hour':
			return { expr: `hour(${d})`, alias: 'hour' };
	}
}

const COMPARE: Record<string, string> = {
	eq: '=',
	neq: '<>',
	gt: '>',
	lt: '<',
	gte: '>=',
	lte: '<='
};

function isoDate(value: string | number): string {
	return `DATE ${quoteString(String(value))}`;
}

function interval(amount: number, grain: Grain): string {
	if (grain === 'decade') return `INTERVAL ${amount * 10} YEAR`;
	if (grain === 'month_of_year') return `INTERVAL ${amount} MONTH`;
	return `INTERVAL ${amount} ${grain === 'weekday' ? 'DAY' : grain.toUpperCase()}`;
}

/** WHERE condition for one filter; `time` is the time column for filters without one. */
/**
 * A name typed as a value Quarry has not seen ("Istanbul", "Zurich") compares without case or
 * accents on either side, as the data may spell it "İstanbul" or "Zürich".
 */
function foldedSql(col: string): string {
	return `strip_accents(lower(${col}))`;
}

function folded(value: string | number): string {
	return String(value)
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.normalize('NFC');
}

export function filterSql(filter: Filter, plan: Plan, time: ColumnInfo | undefined): string {
	const column = filter.column ?? time;
	if (!column) throw new SqlError('No date column for the time condition.');
	if (filter.sides?.length) {
		const each = [column, ...filter.sides].map((c) =>
			filterSql({ ...filter, column: c, sides: undefined }, plan, time)
		);
		return `(${each.join(' OR ')})`;
	}
	if (filter.part || filter.relative) return timeFilterSql(filter, column, plan);
	const col = columnSql(column, plan);
	const v = filter.values;
	if (filter.than) return `${col} ${COMPARE[filter.op]} ${columnSql(filter.than, plan)}`;
	// text matches on a number read its digits
	const text = column.kind === 'number' ? `CAST(${col} AS VARCHAR)` : col;
	// ("absences not counting illness": rows with no reason are not illness either; `<>` and
	// NOT IN would drop them)
	const withMissing = filter.keepsMissing === true && (column.profile?.nullShare ?? 0) > 0;
	if (withMissing && filter.op === 'neq') return `${col} IS DISTINCT FROM ${quoteLiteral(v[0])}`;
	if (withMissing && filter.op === 'not_in') {
		return `(${col} NOT IN (${v.map((x) => quoteLiteral(x)).join(', ')}) OR ${col} IS NULL)`;
	}
	switch (filter.op) {
		case 'eq':
		case 'neq':
		case 'gt':
		case 'lt':
		case 'gte':
		case 'lte':
			return `${col} ${COMPARE[filter.op]} ${quoteLiteral(v[0])}`;
		case 'ieq':
			return `${foldedSql(col)} = ${quoteString(folded(v[0]))}`;
		case 'not_ieq':
			return `${foldedSql(col)} <> ${quoteString(folded(v[0]))}`;
		case 'in':
			return `${col} IN (${v.map((x) => quoteLiteral(x)).join(', ')})`;
		case 'not_in':
			return `${col} NOT IN (${v.map((x) => quoteLiteral(x)).join(', ')})`;
		case 'between':
			return `${col} BETWEEN ${quoteLiteral(v[0])} AND ${quoteLiteral(v[1])}`;
		case 'contains':
			return `contains(lower(${text}), ${quoteString(String(v[0]).toLowerCase())})`;
		case 'not_contains':
			return `NOT contains(lower(${text}), ${quoteString(String(v[0]).toLowerCase())})`;
		case 'starts':
			return `starts_with(lower(${text}), ${quoteString(String(v[0]).toLowerCase())})`;
		case 'ends':
			return `ends_with(lower(${text}), ${quoteString(String(v[0]).toLowerCase())})`;
		case 'is_null':
			return `${col} IS NULL`;
		case 'not_null':
			return `${col} IS NOT NULL`;
	}
}

function timeFilterSql(filter: Filter, column: ColumnInfo, plan: Plan): string {
	const v = filter.values;
	if (column.kind === 'year') return yearColumnFilter(filter, column, plan);
	const d = dateSql(column, plan);
	if (filter.relative) {
		const { amount, grain } = filter.relative;
		const max = newestDate(column, plan);
		return `${d} > ${max} - ${interval(amount, grain)}`;
	}
	if (filter.part === 'weekday') {
		const days = v.map(Number).join(', ');
		return `isodow(${d}) ${filter.op === 'not_in' ? 'NOT IN' : 'IN'} (${days})`;
	}
	if (filter.part === 'hour') {
		// "before 7am": the hour of the day, whatever the day
		return `hour(${d}) ${COMPARE[filter.op] ?? '='} ${Number(v[0])}`;
	}
	const parts = column.parts;
	const partExpr =
		filter.part === 'year'
			? parts
				? columnSql(parts.year, plan)
				: `year(${d})`
			: filter.part === 'month'
				? parts
					? columnSql(parts.month, plan)
					: `month(${d})`
				: d;
	const lit = (x: string | number) => (filter.part === 'date' ? isoDate(x) : quoteLiteral(x));
	if (filter.part === 'date' && filter.op === 'between') {
		return `${d} >= ${lit(v[0])} AND ${d} < ${lit(v[1])}`;
	}
	if (filter.op === 'between') return `${partExpr} BETWEEN ${lit(v[0])} AND ${lit(v[1])}`;
	if (filter.op === 'in' || filter.op === 'not_in') {
		return `${partExpr} ${filter.op === 'in' ? 'IN' : 'NOT IN'} (${v.map(lit).join(', ')})`;
	}
	return `${partExpr} ${COMPARE[filter.op] ?? '='} ${lit(v[0])}`;
}

/** A whole year's bound: a year number, or 1 January of one. */
function isYearStart(value: string | number): boolean {
	return typeof value === 'number' || /^\d{4}(-01-01)?$/.test(String(value));
}

function yearOf(value: string | number): number {
	return typeof value === 'number' ? value : Number(String(value).slice(0, 4));
}

function yearColumnFilter(filter: Filter, column: ColumnInfo, plan: Plan): string {
	const col = columnSql(column, plan);
	const v = filter.values;
	if (filter.relative) {
		const years = filter.relative.grain === 'decade' ? 10 : 1;
		if (filter.relative.grain !== 'year' && filter.relative.grain !== 'decade') {
			throw new SqlError(
				`"${column.name}" holds years only, so "${filter.words}" cannot be applied.`
			);
		}
		const max =
			typeof column.profile?.max === 'number'
				? String(column.profile.max)
				: `(SELECT max(${columnSql(column, { ...plan, isQualified: false })}) FROM ${column.table.quotedName})`;
		return `${col} > ${max} - ${filter.relative.amount * years}`;
	}
	if (filter.part === 'month' || filter.part === 'weekday' || filter.part === 'hour') {
		throw new SqlError(`"${column.name}" holds years only, not ${filter.part}s.`);
	}
	if (filter.part === 'date') {
		if (filter.op === 'between') {
			// "in March 2016" on a column of years: a part of a year cannot be picked out
			if (!v.every(isYearStart)) {
				throw new SqlError(
					`"${column.name}" holds years only, so "${filter.words}" cannot be applied.`
				);
			}
			return `${col} >= ${yearOf(v[0])} AND ${col} < ${yearOf(v[1])}`;
		}
		return `${col} ${COMPARE[filter.op]} ${yearOf(v[0])}`;
	}
	if (filter.op === 'between') return `${col} BETWEEN ${yearOf(v[0])} AND ${yearOf(v[1])}`;
	if (filter.op === 'in' || filter.op === 'not_in') {
		return `${col} ${filter.op === 'in' ? 'IN' : 'NOT IN'} (${v.map(yearOf).join(', ')})`;
	}
	return `${col} ${COMPARE[filter.op] ?? '='} ${yearOf(v[0])}`;
}

/** The newest date: the profile's max when it is an ISO date, else a subquery. */
function newestDate(column: ColumnInfo, plan: Plan): string {
	const max = column.profile?.max;
	const isIso = typeof max === 'string' && /^\d{4}-\d{2}-\d{2}/.test(max);
	if (isIso && column.dateParse?.kind !== 'strptime') {
		return max.length > 10
			? `TIMESTAMP ${quoteString(max.slice(0, 19).replace('T', ' '))}`
			: isoDate(max);
	}
	const unqualified = { ...plan, isQualified: false };
	return `(SELECT max(${dateSql(column, unqualified)}) FROM ${column.table.quotedName})`;
}

export const AGG_PREFIX: Record<Measure['agg'], string> = {
	count: 'count',
	count_distinct: 'distinct',
	sum: 'total',
	avg: 'average',
	median: 'median',
	min: 'min',
	max: 'max'
};

export function measureAlias(measure: Measure): string {
	let alias: string;
	if (measure.metric) alias = slug(measure.metric.name);
	else if (!measure.column) alias = 'count';
	else alias = `${AGG_PREFIX[measure.agg]}_${slug(measure.column.name)}`;
	if (measure.scale !== undefined && measure.unitName) alias += `_in_${measure.unitName}`;
	if (measure.share === 'percent') return `percent_${alias}`;
	if (measure.share === 'ratio') return `share_${alias}`;
	return alias;
}

/** The aggregate expression, without share arithmetic. */
export function aggregateSql(measure: Measure, plan: Plan, filter?: string): string {
	const f = filter ? ` FILTER (WHERE ${filter})` : '';
	if (measure.metric) return filter ? `(${measure.metric.expression})` : measure.metric.expression;
	if (!measure.column) return `count(*)${f}`;
	const col = columnSql(measure.column, plan);
	switch (measure.agg) {
		case 'count':
			return `count(${col})${f}`;
		case 'count_distinct': {
			// (the days of readings taken at times of day are the dates they fall on)
			const day = (c: ColumnInfo, sql: string) =>
				/^TIMESTAMP/i.test(c.type.trim()) ? `CAST(${sql} AS DATE)` : sql;
			if (measure.isDistinctDays) return `count(DISTINCT ${day(measure.column, col)})${f}`;
			// ("races" numbered afresh on each race day are the pairs of date and number)
			const date = dateNumbering(measure.column);
			if (date) return `count(DISTINCT (${day(date, columnSql(date, plan))}, ${col}))${f}`;
			return `count(DISTINCT ${col})${f}`;
		}
		default:
			return `${measure.agg}(${col})${f}`;
	}
}
