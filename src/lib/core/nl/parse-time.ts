/**
 * Time words: years ("in 2014"), months ("since March 2010"), ranges ("between 2001 and 2003"),
 * relative periods ("last 12 months") and grains ("per month", "monthly").
 */
import { isoDay, readDayDate, readDayMonth, type DayDate } from './parse-day-date';
import { negatedOp, type Filter } from './intent';
import type { Item } from './matcher';
import {
	note,
	nextIndex,
	prevIndex,
	tableInView,
	tablesInView,
	UNPLACED_WORD_PENALTY,
	type ParseState
} from './parse-state';
import { timeColumn, yearBounds } from './planner-helpers';
import type { Grain } from './vocabulary';
import { readSingleUnit } from './single-unit';

export function isYearNumber(item: Item | undefined): item is Extract<Item, { type: 'num' }> {
	return (
		item?.type === 'num' &&
		Number.isInteger(item.value) &&
		item.value >= 1800 &&
		item.value <= 2200 &&
		/^\d{4}$/.test(item.raw)
	);
}

/**
 * A four-digit year: 1800–2200, or any other ("after 1700") when a time column of a table in
 * play holds data within ten years of it. Used after since/after/before/between. "in 1650"
 * alone stays unread: a bare early year after "in" is as often something else.
 */
export function isDataYear(state: ParseState, item: Item | undefined): boolean {
	if (item?.type !== 'num' || !/^\d{4}$/.test(item.raw)) return false;
	if (item.value >= 1800 && item.value <= 2200) return true;
	// (of the tables in play: another table's medieval dates make no year of "1000" here)
	return tablesInView(state)
		.flatMap((t) => t.columns)
		.some((c) => {
			if (c.kind !== 'date' && c.kind !== 'year') return false;
			const bounds = c.kind === 'year' ? yearBounds(c) : undefined;
			const lo = bounds?.min ?? yearOf(c.profile?.min);
			const hi = bounds?.max ?? yearOf(c.profile?.max);
			return lo !== undefined && hi !== undefined && item.value >= lo - 10 && item.value <= hi + 10;
		});
}

function yearOf(value: string | number | null | undefined): number | undefined {
	if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
	const m = typeof value === 'string' ? /^(\d{4})/.exec(value) : null;
	return m ? Number(m[1]) : undefined;
}

export function hasTimeColumn(state: ParseState): boolean {
	return state.prepared.columns.some((c) => c.kind === 'date' || c.kind === 'year');
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

export function dateOf(year: number, month = 1): string {
	if (month > 12) return `${year + 1}-01-01`;
	return `${year}-${pad(month)}-01`;
}

export function addTimeFilter(state: ParseState, filter: Filter, meaning: string): void {
	let said = meaning;
	if (state.isNegated) {
		const op = negatedOp(filter.op);
		// "not between 2005 and 2010" has no single opposite here: the "not" stays unplaced
		if (op === filter.op)
			state.intent.unknown.push({ words: 'not', penalty: UNPLACED_WORD_PENALTY });
		filter.op = op;
		said = `not ${meaning}`;
	}
	state.isNegated = false;
	state.intent.filters.push(filter);
	note(state, filter.words, 'time', said);
}

/**
 * A year, month-year or day at index i (a month item optionally followed by a year; a written
 * date such as "June 1, 2016").
 */
export function readPoint(
	state: ParseState,
	i: number
): { year?: number; month?: number; day?: DayDate; decade?: number; end: number } | undefined {
	const item = state.items[i];
	if (!item) return undefined;
	const day = readDayDate(state.items, i);
	if (day) return { year: day.year, month: day.month, day, end: day.end };
	if (isDataYear(state, item) && item.type === 'num') {
		// "the 1940s": the ten years from 1940
		const next = state.items[i + 1];
		const isDecade = next?.type === 'word' && /^'?s$/i.test(next.words) && item.value % 10 === 0;
		if (isDecade) return { year: item.value, decade: item.value, end: i + 2 };
		return { year: item.value, end: i + 1 };
	}
	if (item.type === 'month') {
		const next = state.items[i + 1];
		if (isYearNumber(next)) return { year: next.value, month: item.month, end: i + 2 };
		const day = yearlessDay(state, i);
		if (day) return { year: day.year, month: day.month, day, end: day.end };
		return { month: item.month, end: i + 1 };
	}
	return undefined;
}

/**
 * "June 10", "September 1st" without a year: that day of the data's one year, or after "since"
 * of the latest year the data reaches it (the reading shows the full date). Over several years
 * "on February 29" could be every one of them, so it is not read.
 */
function yearlessDay(state: ParseState, i: number): DayDate | undefined {
	const kw = state.items[i - 1];
	const isSince = kw?.type === 'kw' && kw.kw === 'since';
	if (!isSince && !isOneYear(state)) return undefined;
	const month = state.items[i];
	const num = state.items[i + 1];
	if (month?.type !== 'month' || num?.type !== 'num' || !/^\d{1,2}$/.test(num.raw))
		return undefined;
	const suffix = state.items[i + 2];
	const end = suffix?.type === 'word' && /^(st|nd|rd|th)$/i.test(suffix.words) ? i + 3 : i + 2;
	if (isYearNumber(state.items[end])) return undefined;
	const year = latestYearOf(state, month.month);
	const date =
		year === undefined ? undefined : new Date(Date.UTC(year, month.month - 1, num.value));
	if (!date || date.getUTCDate() !== num.value || year === undefined) return undefined;
	return { year, month: month.month, day: num.value, end };
}

export function wordsOf(state: ParseState, from: number, to: number): string {
	return state.items
		.slice(from, to)
		.map((x) => x.words)
		.join(' ');
}

export function markUsed(state: ParseState, from: number, to: number): void {
	for (let k = from; k < to; k++) state.used[k] = true;
}

/** "in 2014", "in March 2010", "in March", "2014" at a time position. Returns true if used. */
export function parsePointInTime(state: ParseState, i: number, opener = i): boolean {
	const listed = monthOfList(state, i);
	if (listed) {
		// "july and august 2024": each month of the list, in the year said after its last
		const words = wordsOf(state, opener, listed.end);
		addTimeFilter(
			state,
			{ op: 'eq', part: 'month', values: [listed.month], words },
			`month ${listed.month}`
		);
		const hasYear = state.intent.filters.some(
			(f) => f.part === 'year' && f.op === 'eq' && f.values[0] === listed.year
		);
		if (!hasYear) {
			state.intent.filters.push({ op: 'eq', part: 'year', values: [listed.year], words });
			note(state, words, 'time', `year ${listed.year}`);
		}
		markUsed(state, opener, listed.end);
		return true;
	}
	const point = readPoint(state, i);
	if (!point) return false;
	const words = wordsOf(state, opener, point.end);
	if (point.day) {
		addTimeFilter(
			state,
			{ op: 'between', part: 'date', values: [isoDay(point.day), isoDay(point.day, 1)], words },
			`on ${isoDay(point.day)}`
		);
	} else if (point.decade !== undefined) {
		addTimeFilter(
			state,
			{ op: 'between', part: 'year', values: [point.decade, point.decade + 9], words },
			`years ${point.decade} to ${point.decade + 9}`
		);
	} else if (point.year !== undefined && point.month !== undefined) {
		addTimeFilter(
			state,
			{
				op: 'between',
				part: 'date',
				values: [dateOf(point.year, point.month), dateOf(point.year, point.month + 1)],
				words
			},
			`during ${words.replace(/^\w+ /, '')}`
		);
	} else if (point.year !== undefined) {
		addTimeFilter(
			state,
			{ op: 'eq', part: 'year', values: [point.year], words },
			`year ${point.year}`
		);
	} else if (point.month !== undefined) {
		addTimeFilter(
			state,
			{ op: 'eq', part: 'month', values: [point.month], words },
			`month ${point.month}`
		);
	}
	markUsed(state, opener, point.end);
	return true;
}

const isListJoin = (item: Item | undefined) =>
	item?.type === 'kw' && /^(and|or|&)$/i.test(item.words);

/**
 * A month of a list of months joined by "and" or "or" with one year said after the last ("july
 * and august 2024", "may or june 2023"): the month and that year, and where its words end (past
 * the year after the last month).
 */
function monthOfList(
	state: ParseState,
	i: number
): { month: number; year: number; end: number } | undefined {
	const items = state.items;
	const item = items[i];
	if (item?.type !== 'month') return undefined;
	let last = i;
	while (isListJoin(items[last + 1]) && items[last + 2]?.type === 'month') last += 2;
	const isAfterMonth = isListJoin(items[i - 1]) && items[i - 2]?.type === 'month';
	const year = items[last + 1];
	if ((last === i && !isAfterMonth) || !isYearNumber(year)) return undefined;
	return { month: item.month, year: year.value, end: last === i ? i + 2 : i + 1 };
}

/**
 * The year of "since July" said without one: the latest year whose July the data reaches (its
 * latest date), or undefined when the catalog has no dated rows.
 */
function latestYearOf(state: ParseState, month: number): number | undefined {
	let latest: string | undefined;
	for (const c of state.prepared.columns) {
		if (c.kind !== 'date' || typeof c.profile?.max !== 'string') continue;
		if (!latest || c.profile.max > latest) latest = c.profile.max;
	}
	const year = yearOf(latest);
	if (year === undefined || !latest) return undefined;
	return dateOf(year, month) <= latest.slice(0, 10) ? year : year - 1;
}

/** True when every dated row of the catalog falls in one calendar year. */
function isOneYear(state: ParseState): boolean {
	const years = new Set<number | undefined>();
	for (const c of state.prepared.columns) {
		if (c.kind !== 'date') continue;
		years.add(yearOf(c.profile?.min));
		years.add(yearOf(c.profile?.max));
	}
	return years.size === 1 && !years.has(undefined);
}

/** "since March 2010", "after 2005", "before 2000"; "since July" of the data's latest year. */
export function parseOpenRange(
	state: ParseState,
	i: number,
	kw: 'since' | 'after' | 'before'
): boolean {
	const point = readPoint(state, i + 1);
	if (point && point.year === undefined && point.month !== undefined && kw === 'since')
		point.year = latestYearOf(state, point.month);
	if (!point || point.year === undefined) return false;
	const words = wordsOf(state, i, point.end);
	let from: string;
	if (point.day) from = isoDay(point.day, kw === 'after' ? 1 : 0);
	else if (kw === 'since') from = dateOf(point.year, point.month ?? 1);
	else if (kw === 'after')
		from = point.month ? dateOf(point.year, point.month + 1) : dateOf(point.year + 1);
	else from = dateOf(point.year, point.month ?? 1);
	addTimeFilter(
		state,
		{ op: kw === 'before' ? 'lt' : 'gte', part: 'date', values: [from], words },
		`${kw === 'before' ? 'before' : 'from'} ${from}`
	);
	markUsed(state, i, point.end);
	return true;
}

/** "last 12 months", "past year", "last 3 years". */
export function parseRelative(state: ParseState, i: number): boolean {
	let j = i + 1;
	let amount = 1;
	const num = state.items[j];
	if (num?.type === 'num' && Number.isInteger(num.value) && num.value > 0 && num.value < 1000) {
		amount = num.value;
		j += 1;
	}
	const grainItem = state.items[j];
	const isCycle =
		grainItem?.type === 'grain' && ['weekday', 'month_of_year'].includes(grainItem.grain);
	if (grainItem?.type !== 'grain' || isCycle) return false;
	// "the last day with fog": the latest such day, not the final day of the data
	const after = state.items[j + 1];
	if (amount === 1 && after?.type === 'kw' && after.kw === 'with') return false;
	const words = wordsOf(state, i, j + 1);
	addTimeFilter(
		state,
		{ op: 'gt', part: 'date', values: [], relative: { amount, grain: grainItem.grain }, words },
		`the last ${amount} ${grainItem.grain}${amount > 1 ? 's' : ''} of data`
	);
	markUsed(state, i, j + 1);
	return true;
}

const ADJECTIVE_GRAINS = new Set([
	'yearly',
	'annual',
	'annually',
	'quarterly',
	'monthly',
	'weekly',
	'daily',
	'hourly'
]);

/** A grain word: "per month" / "by year" / "monthly" group by time. Returns true if used. */
export function parseGrain(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'grain') return false;
	const prev = state.items[prevIndex(state, i - 1)];
	const isAfterBy = prev?.type === 'kw' && (prev.kw === 'by' || prev.kw === 'each');
	const isAdjective = ADJECTIVE_GRAINS.has(item.words.toLowerCase());
	const isUnitOfMeasure =
		prev?.type === 'kw' && ['avg', 'sum', 'median', 'min', 'max'].includes(prev.kw);
	if (isAdjective && isUnitOfMeasure && !isAfterBy) {
		// "average daily rainfall": settled once the measure is known (settleUnitTotals)
		if (state.unitWord) return false;
		state.unitWord = { grain: item.grain, words: item.words };
		state.used[i] = true;
		return true;
	}
	if (readSingleUnit(state, i)) return true;
	if (state.role === 'group' || isAfterBy || isAdjective) {
		setTimeGroup(state, item.grain, item.words);
		state.used[i] = true;
		return true;
	}
	// "the day with the most admissions", "the year with the highest rainfall": like "which day"
	const next = state.items[i + 1];
	const isThe = prev === undefined || (prev.type === 'word' && prev.norm === 'the');
	const ranksAfter = state.items
		.slice(i + 2)
		.some((x) => x.type === 'kw' && ['most', 'least', 'max', 'min'].includes(x.kw));
	if (isThe && next?.type === 'kw' && next.kw === 'with' && ranksAfter && !state.which) {
		setTimeGroup(state, item.grain, item.words);
		state.which = { words: item.words };
		state.used[i] = true;
		state.used[i + 1] = true;
		return true;
	}
	return showsDate(state, i);
}

/**
 * "… with date and title", "show what we bought - date, item and total": "date" in a list of
 * columns to show is the table's time column, shown.
 */
function showsDate(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (!/^dates?$/i.test(item.words)) return false;
	const [prev, next] = [state.items[i - 1], state.items[i + 1]];
	const isListed =
		(prev?.type === 'kw' && (prev.kw === 'with' || prev.kw === 'and')) ||
		(next?.type === 'kw' && next.kw === 'and') ||
		(next?.type === 'ref' && next.cands[0]?.target.kind === 'column');
	const table = tableInView(state);
	const time = table && timeColumn(table);
	if (!isListed || !time) return false;
	if (!state.intent.select.includes(time)) state.intent.select.push(time);
	state.used[i] = true;
	note(state, item.words, 'column', `show "${time.name}"`);
	return true;
}

export function setTimeGroup(state: ParseState, grain: Grain, words: string): void {
	const kept = state.intent.timeGrain;
	if (kept && kept.grain !== grain) {
		// "per day for each year": one time unit is grouped by; the other is not silently dropped
		state.intent.unknown.push({ words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	if (!kept) state.intent.timeGrain = { grain, words };
	note(state, words, 'group', `by ${grain}`);
}

export function nextIsTimePoint(state: ParseState, i: number): boolean {
	const j = nextIndex(state, i + 1);
	const item = state.items[j];
	const isDay = readDayDate(state.items, j) !== undefined || !!readDayMonth(state.items, j);
	return j === i + 1 && (isYearNumber(item) || item?.type === 'month' || isDay);
}
