/**
 * Spans of time between two points: "between 2001 and 2003", "from March to May", "between
 * 1 March and 30 June 2024".
 */
import type { Filter } from './intent';
import type { DayDate } from './parse-day-date';
import { isoDay, readDayMonth } from './parse-day-date';
import type { ParseState } from './parse-state';
import { addTimeFilter, dateOf, markUsed, readPoint, wordsOf } from './parse-time';

/** "between 2001 and 2003", "from 2001 to 2003". */
export function parseTimeRange(state: ParseState, i: number): boolean {
	if (parseDayRange(state, i)) return true;
	const a = readPoint(state, i + 1);
	if (!a || (a.year === undefined && a.month === undefined)) return false;
	const sep = state.items[a.end];
	if (!sep || sep.type !== 'kw' || (sep.kw !== 'and' && sep.kw !== 'to')) return false;
	const b = readPoint(state, a.end + 1);
	if (b && a.year === undefined && b.year === undefined) return parseMonthRange(state, i, a, b);
	if (!b || b.year === undefined) return false;
	if (a.year === undefined) {
		// "between June and August 2009": the first month is of the year said last
		if (a.month === undefined || b.month === undefined || a.day) return false;
		a.year = a.month <= b.month ? b.year : b.year - 1;
	}
	const words = wordsOf(state, i, b.end);
	if (a.day || b.day) {
		const from = a.day ? isoDay(a.day) : dateOf(a.year, a.month ?? 1);
		const to = b.day ? isoDay(b.day, 1) : dateOf(b.year, (b.month ?? 12) + 1);
		addTimeFilter(
			state,
			{ op: 'between', part: 'date', values: [from, to], words },
			`from ${from} to the day before ${to}`
		);
	} else if (a.month === undefined && b.month === undefined) {
		addTimeFilter(
			state,
			{ op: 'between', part: 'year', values: [a.year, b.year], words },
			`years ${a.year} to ${b.year}`
		);
	} else {
		const endMonth = b.month ?? 12;
		addTimeFilter(
			state,
			{
				op: 'between',
				part: 'date',
				values: [dateOf(a.year, a.month ?? 1), dateOf(b.year, endMonth + 1)],
				words
			},
			`from ${wordsOf(state, i + 1, a.end)} to ${wordsOf(state, a.end + 1, b.end)}`
		);
	}
	markUsed(state, i, b.end);
	return true;
}

/**
 * "between 1 March and 30 June 2024", "from March 1 to June 30, 2024": a first day without its
 * year takes the year of the last (the one before when its month comes later in the year).
 */
function parseDayRange(state: ParseState, i: number): boolean {
	const first = readDayMonth(state.items, i + 1);
	const sep = first && state.items[first.end];
	if (!first || sep?.type !== 'kw' || (sep.kw !== 'and' && sep.kw !== 'to')) return false;
	const b = readPoint(state, first.end + 1);
	if (!b || b.year === undefined || b.month === undefined) return false;
	const year = first.month <= b.month ? b.year : b.year - 1;
	const from = isoDay({ year, month: first.month, day: first.day });
	const to = b.day ? isoDay(b.day, 1) : dateOf(b.year, b.month + 1);
	const words = wordsOf(state, i, b.end);
	const filter: Filter = { op: 'between', part: 'date', values: [from, to], words };
	addTimeFilter(state, filter, `from ${from} to the day before ${to}`);
	markUsed(state, i, b.end);
	return true;
}

/**
 * "between March and May": months of any year, March to May ("between November and February"
 * runs over the turn of the year).
 */
function parseMonthRange(
	state: ParseState,
	i: number,
	a: { month?: number; day?: DayDate },
	b: { month?: number; day?: DayDate; end: number }
): boolean {
	if (a.month === undefined || b.month === undefined || a.day || b.day) return false;
	const months: number[] = [];
	for (let m = a.month; months.length < 12; m = (m % 12) + 1) {
		months.push(m);
		if (m === b.month) break;
	}
	const words = wordsOf(state, i, b.end);
	const filter: Filter =
		a.month <= b.month
			? { op: 'between', part: 'month', values: [a.month, b.month], words }
			: { op: 'in', part: 'month', values: months, words };
	const name = (m: number) =>
		new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
	addTimeFilter(state, filter, `${name(a.month)} to ${name(b.month)} of any year`);
	markUsed(state, i, b.end);
	return true;
}

/**
 * "nov 2023 and feb 2024": two spans of dates that do not overlap cannot both hold for a row.
 * Read together they would pick nothing, so the question is refused with the span from the first
 * to the last as the rephrasing.
 */
export function refuseDisjointSpans(state: ParseState): void {
	const spans = state.intent.filters.filter(
		(f) => f.op === 'between' && f.part === 'date' && !f.than && !f.relative
	);
	if (spans.length < 2 || state.intent.refusal) return;
	const sorted = [...spans].sort((a, b) => String(a.values[0]).localeCompare(String(b.values[0])));
	const apart = sorted.some(
		(f, k) =>
			k > 0 &&
			String(sorted[k - 1].values[1]) <= String(f.values[0]) &&
			f.column === sorted[k - 1].column
	);
	if (!apart) return;
	const said = sorted.map((f) => `"${f.words}"`).join(' and ');
	const first = sorted[0].words.replace(/^(in|during|on)\s+/i, '');
	const last = sorted[sorted.length - 1].words.replace(/^(in|during|on)\s+/i, '');
	state.intent.refusal = {
		reason: `${said} are separate spans of time, and no row falls in both. Ask for one span, or for the time from the first to the last.`,
		suggestions: [
			rephrased(state, sorted[0].words, sorted.at(-1)?.words ?? '', `from ${first} to ${last}`)
		]
	};
}

/** The question as typed with the first span's words for the whole span, the last's dropped. */
function rephrased(state: ParseState, first: string, last: string, span: string): string {
	const text = state.items.map((x) => x.words).join(' ');
	const at = text.lastIndexOf(last);
	const rest = at < 0 ? text : `${text.slice(0, at)}${text.slice(at + last.length)}`;
	return rest
		.replace(first, span)
		.replace(/\s+(and|or)\s*$/i, '')
		.replace(/\s+(and|or)\s+(?=from )/i, ' ')
		.replace(/\s{2,}/g, ' ')
		.trim();
}
