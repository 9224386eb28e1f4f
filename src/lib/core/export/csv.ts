/**
 * CSV text from plain rows (RFC 4180: comma separated, CRLF line ends, fields with a comma, a
 * quote or a line break quoted, quotes doubled).
 *
 * Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) is prefixed with a single quote, following OWASP's advice on CSV injection.
 * Numbers are written as they are, so a negative number stays a number.
 */

export type CsvValue = string | number | boolean | bigint | null | undefined | Date;

export interface CsvOptions {
	/** Guard text cells against formula injection (default true). */
	guardFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field. */
export function csvField(value: CsvValue, options: CsvOptions = {}): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
	let text = value instanceof Date ? value.toISOString() : value;
	if ((options.guardFormulas ?? true) && !(value instanceof Date) && FORMULA_START.test(text)) {
		text = `'${text}`;
	}
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: a header row of `columns`, then one line per row (CRLF after each). */
export function toCsv(
	columns: readonly string[],
	rows: readonly Record<string, CsvValue>[],
	options: CsvOptions = {}
): string {
	const lines = [columns.map((name) => csvField(name, options)).join(',')];
	for (const row of rows) {
		lines.push(columns.map((name) => csvField(row[name], options)).join(','));
	}
	return `${lines.join('\r\n')}\r\n`;
}

/** The columns of plain rows, in first-seen order. */
export function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
	const seen = new Set<string>();
	for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
	return [...seen];
}
