/** "3 minutes ago" style times for lists, with the exact time for a title attribute. */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 24 * 3600_000],
	['month', 30 * 24 * 3600_000],
	['week', 7 * 24 * 3600_000],
	['day', 24 * 3600_000],
	['hour', 3600_000],
	['minute', 60_000]
];

/** Milliseconds since the epoch from the shapes a stored time may have. */
export function toEpochMs(value: number | string | Date): number {
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'number') return value;
	return Date.parse(value);
}

/** How long ago `then` was, relative to `now` (both epoch ms). */
export function formatRelative(then: number, now: number, locale?: string): string {
	if (!Number.isFinite(then)) return 'unknown';
	const diff = then - now;
	if (Math.abs(diff) < 45_000) return 'just now';
	const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	for (const [unit, ms] of UNITS) {
		if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
	}
	return format.format(Math.round(diff / 60_000), 'minute');
}

/** The exact local date and time, e.g. for a title attribute. */
export function formatAbsolute(then: number, locale?: string): string {
	if (!Number.isFinite(then)) return 'unknown';
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
		new Date(then)
	);
}
