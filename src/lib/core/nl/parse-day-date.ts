/**
 * A day of the calendar written out: "June 1, 2016", "1 June 2016", "2016-06-01" (which the
 * tokenizer reads as 2016, -06, -01). Dates that do not exist ("February 30") are no dates.
 */
import type { Item } from './matcher';

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
const isYear = (item: Item | undefined) => isNum(item) && item.value >= 1000 && item.value <= 2999;

function checked(year: number, month: number, day: number, end: number): DayDate | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	const isReal = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	return isReal ? { year, month, day, end } : undefined;
}

export function readDayDate(items: Item[], i: number): DayDate | undefined {
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
