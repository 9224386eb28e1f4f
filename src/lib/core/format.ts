/**
 * Numbers for people: sizes, counts and durations as Quarry shows them.
 * Sizes use binary units (1 KB = 1024 bytes), as operating systems' storage views do.
 */

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** `0` → `0 B`, `1536` → `1.5 KB`, `10_485_760` → `10 MB`. Negative or non-finite → `—`. */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return '—';
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	if (unit === 0) return `${Math.round(value)} B`;
	const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
	if (rounded >= 1024 && unit < BYTE_UNITS.length - 1) return `1 ${BYTE_UNITS[unit + 1]}`;
	return `${rounded} ${BYTE_UNITS[unit]}`;
}

/**
 * `1234567` → `1,234,567`; with a noun, `1` → `1 row`, `3` → `3 rows`
 * (plural is `noun + 's'` unless given).
 */
export function formatCount(count: number, noun?: string, plural?: string): string {
	if (!Number.isFinite(count)) return '—';
	const digits = Math.round(count).toLocaleString('en-US');
	if (noun === undefined) return digits;
	return `${digits} ${Math.round(count) === 1 ? noun : (plural ?? `${noun}s`)}`;
}

/** `850` → `850 ms`, `1234` → `1.2 s`, `125_000` → `2 min 5 s`, `3_780_000` → `1 h 3 min`. */
export function formatDuration(ms: number): string {
	if (!Number.isFinite(ms) || ms < 0) return '—';
	if (ms < 1000) return `${Math.round(ms)} ms`;
	if (ms < 10_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
	const totalSeconds = Math.round(ms / 1000);
	if (totalSeconds < 60) return `${totalSeconds} s`;
	const totalMinutes = Math.floor(totalSeconds / 60);
	if (totalMinutes < 60) {
		const seconds = totalSeconds % 60;
		return seconds ? `${totalMinutes} min ${seconds} s` : `${totalMinutes} min`;
	}
	const hours = Math.floor(totalMinutes / 60);
	const minutes = totalMinutes % 60;
	return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
}

/** A DECIMAL's unscaled digits as text with its point: `"-12345"`, scale 2 → `"-123.45"`. */
export function decimalString(digits: string, scale: number): string {
	if (scale <= 0) return digits;
	const isNegative = digits.startsWith('-');
	const abs = (isNegative ? digits.slice(1) : digits).padStart(scale + 1, '0');
	const text = `${abs.slice(0, -scale)}.${abs.slice(-scale)}`;
	return isNegative ? `-${text}` : text;
}
