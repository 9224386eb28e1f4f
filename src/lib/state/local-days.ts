/** Local calendar days for the dashboard's counts: the only place its day boundaries come from. */
import type { DayRange } from '$lib/core/usage/types';

/** The `count` local days ending with the day containing `now`, oldest first. */
export function localDays(now: number, count: number): DayRange[] {
	const today = new Date(now);
	const days: DayRange[] = [];
	for (let back = count - 1; back >= 0; back--) {
		const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
		const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
		days.push({ date: isoDate(start), start: start.getTime(), end: end.getTime() });
	}
	return days;
}

function isoDate(day: Date): string {
	const month = String(day.getMonth() + 1).padStart(2, '0');
	const date = String(day.getDate()).padStart(2, '0');
	return `${day.getFullYear()}-${month}-${date}`;
}
