/**
 * "how many days in 2021" of a table with several rows a day (each pizza's sales of the day):
 * the days are the distinct dates, not the rows. A condition on a quantity of those rows then
 * has two readings — one row's amount or the day's total ("days with revenue over 50,000") —
 * and the engine asks rather than pick one.
 */
import type { ColumnInfo } from './lexicon';
import { addMeasure } from './parse-refs';
import { tableInView, type ParseState } from './parse-state';
import { impliedAggregate, timeColumn } from './planner-helpers';

/**
 * Rows per distinct date from which a row is no longer a day: a few rows a date are a day at
 * each of a few places (each still "a day"); more are things of the day (each pizza's sales).
 */
const ROWS_PER_DAY = 3;

/** Counts the distinct days at grain item i after "how many"; true when it did. */
export function countDistinctDays(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const pending = state.pendingAgg;
	if (item.type !== 'grain' || item.grain !== 'day' || !pending) return false;
	const table = tableInView(state);
	const time = table && timeColumn(table);
	const rows = table?.rowCount ?? 0;
	if (!time || time.kind !== 'date' || !time.profile || rows === 0) return false;
	// (readings at times of day: the days are the dates the times fall on, however many)
	const isTimes = /^TIMESTAMP/i.test(time.type.trim());
	if (!isTimes && rows < ROWS_PER_DAY * time.profile.distinctCount) return false;
	return countDistinctUnits(state, time, `${pending.words} ${item.words}`);
}

/** The pending "how many" counts the distinct values of a time column. */
function countDistinctUnits(state: ParseState, column: ColumnInfo, words: string): boolean {
	state.pendingAgg = undefined;
	addMeasure(state, { agg: 'count_distinct', column, words, isDistinctDays: true });
	return true;
}

/**
 * "how many years of data", "in how many years was the rate over 100" of a table with several
 * rows a year (one per race, per industry): the years are the distinct values of its year
 * column (or of the year a date is kept in). True when it counted them.
 */
export function countDistinctYears(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const pending = state.pendingAgg;
	if (item.type !== 'grain' || item.grain !== 'year' || !pending) return false;
	const table = tableInView(state);
	const time = table && timeColumn(table);
	const years = time?.kind === 'year' ? time : time?.parts?.year;
	if (!years) return false;
	return countDistinctUnits(state, years, `${pending.words} ${item.words}`);
}

/** Refuses a count of days whose condition is on a quantity several rows of a day share. */
export function settleDistinctDays(state: ParseState): void {
	const intent = state.intent;
	const counted = intent.measures.find((m) => m.isDistinctDays);
	if (!counted) return;
	const unit = counted.column?.kind === 'date' ? 'day' : 'year';
	const shared = intent.filters.find(
		(f) =>
			f.column?.kind === 'number' &&
			['gt', 'lt', 'gte', 'lte', 'between'].includes(f.op) &&
			impliedAggregate(f.column) === 'sum'
	);
	if (!shared?.column) return;
	const name = shared.column.name;
	intent.refusal = {
		reason: `Each ${unit} has several rows in ${shared.column.table.humanName}: "${shared.words}" could be one row's "${name}" or the ${unit}'s total.`,
		suggestions: [`total ${name} by ${unit}`, `how many rows have ${shared.words}`]
	};
}

/** Days a time unit longer than a day spans, to tell whether a table has a row per unit. */
export const UNIT_DAYS: Partial<Record<string, number>> = {
	week: 7,
	month: 30.44,
	quarter: 91.31,
	year: 365.25
};

/**
 * "how many years were warmer than 0.5" of a row-a-year table counts its rows; "how many years"
 * of daily births would count days. False when the table has clearly more rows than such units,
 * even one series per value of a text column (a day's rows are settled by countDistinctDays);
 * undefined when it cannot tell.
 */
export function rowsAreUnits(state: ParseState, grain: string): boolean | undefined {
	const table = tableInView(state);
	const time = table && timeColumn(table);
	const rows = table?.rowCount ?? 0;
	const per = UNIT_DAYS[grain];
	if (!time || rows === 0 || !per) return undefined;
	if (time.kind === 'year') {
		const distinct = time.profile?.distinctCount ?? 0;
		return grain === 'year' && distinct > 0 ? rows <= 1.5 * distinct : undefined;
	}
	const [from, to] = [time.profile?.min, time.profile?.max].map((v) => Date.parse(String(v)));
	if (Number.isNaN(from) || Number.isNaN(to)) return undefined;
	// a row per unit for each of a few series ("monthly prices per symbol") still counts units
	const series = Math.max(
		1,
		...table.columns
			.filter((c) => c.kind === 'text' && (c.profile?.distinctCount ?? 0) <= 100)
			.map((c) => c.profile?.distinctCount ?? 1)
	);
	return rows <= 1.5 * series * ((to - from) / 86_400_000 / per + 1);
}
