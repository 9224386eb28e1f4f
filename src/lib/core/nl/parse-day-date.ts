/**
 * A day of the calendar written out: "June 1, 2016", "1 June 2016", "2016-06-01" (which the
 * tokenizer reads as 2016, -06, -01). Dates that do not exist ("February 30") are no dates.
 */
import type { Item } from './matcher';
import { MONTHS } from './vocabulary';

export interface DayDate {
	year: number;
	month: number;
	day: number;
	/** Index after the date's last item. */
	end: number;
}

const isNum = (item: Item | undefined): item is Extract<Item, { type: 'num' }> =>
	item?.type === 'num' && Number.isInteger(item.value);
const isDayNumber = (item: Item | undefined) =>
	isNum(item) && !item.raw.startsWith('-') && item.value >= 1 && item.value <= 31;
const isOrdinal = (item: Item | undefined) =>
	item?.type === 'word' && /^(st|nd|rd|th)$/i.test(item.words);
const isYear = (item: Item | undefined) => isNum(item) && item.value >= 1000 && item.value <= 2999;

function checked(year: number, month: number, day: number, end: number): DayDate | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	const isReal = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return isReal ? { year, month, day, end } : undefined;
}

export function readDayDate(items: Item[], i: number): DayDate | undefined {
	// "30th June 2024", "June 1st 2016": the ordinal's letters are no part of the date
	if (isDayNumber(items[i]) && isOrdinal(items[i + 1])) {
		const date = readDayDate([...items.slice(0, i + 1), ...items.slice(i + 2)], i);
		return date && { ...date, end: date.end + 1 };
	}
	if (items[i]?.type === 'month' && isDayNumber(items[i + 1]) && isOrdinal(items[i + 2])) {
		const date = readDayDate([...items.slice(0, i + 2), ...items.slice(i + 3)], i);
		return date && { ...date, end: date.end + 1 };
	}
	const [a, b, c] = [items[i], items[i + 1], items[i + 2]];
	if (!a || !b || !c) return undefined;
	// June 1, 2016
	if (a.type === 'month' && isDayNumber(b) && isYear(c)) {
		return checked((c as { value: number }).value, a.month, (b as { value: number }).value, i + 3);
	}
	// 1 June 2016
	if (isDayNumber(a) && b.type === 'month' && isYear(c)) {
		return checked((c as { value: number }).value, b.month, (a as { value: number }).value, i + 3);
	}
	// 2016-06-01
	if (isYear(a) && isNum(b) && isNum(c) && b.raw.startsWith('-') && c.raw.startsWith('-')) {
		return checked((a as { value: number }).value, -b.value, -c.value, i + 3);
	}
	return undefined;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** The date `days` after the given one, as an ISO date. */
export function isoDay(date: { year: number; month: number; day: number }, days = 0): string {
	const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A month as said, also one the matcher left a word ("1 March": the verb "march" otherwise). */
function monthOf(item: Item | undefined): number | undefined {
	if (item?.type === 'month') return item.month;
	if (item?.type !== 'word') return undefined;
	const month = MONTHS[item.words.toLowerCase()];
	return month !== undefined && item.words.length > 3 ? month : undefined;
}

/**
 * A day and month without a year, first of a range whose end says the year: "March 1" or
 * "1 March" (with "1st") in "between 1 March and 30 June 2024".
 */
export function readDayMonth(
	items: Item[],
	i: number
): { month: number; day: number; end: number } | undefined {
	const [a, b] = [items[i], items[i + 1]];
	const ordinal = (k: number) => (isOrdinal(items[k]) ? k + 1 : k);
	const monthFirst = monthOf(a);
	if (monthFirst !== undefined && isDayNumber(b)) {
		return { month: monthFirst, day: (b as { value: number }).value, end: ordinal(i + 2) };
	}
	if (isDayNumber(a)) {
		const after = ordinal(i + 1);
		const month = monthOf(items[after]);
		if (month !== undefined) return { month, day: (a as { value: number }).value, end: after + 1 };
	}
	return undefined;
}
