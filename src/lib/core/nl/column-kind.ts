/**
 * What a catalog column is good for: a number to aggregate, a text to group or filter by, a
 * date (native, or text that looks like dates), or a whole-number year.
 */
import { splitName } from './text';
import type { CatalogColumn } from './types';

export type ColumnKind = 'number' | 'text' | 'date' | 'year' | 'boolean' | 'other';

/** How to turn a date-like column into a DuckDB DATE/TIMESTAMP expression. */
export type DateParse =
	{ kind: 'native' } | { kind: 'cast' } | { kind: 'strptime'; format: string };

export interface ColumnTyping {
	kind: ColumnKind;
	dateParse?: DateParse;
	/** Years stored as text ("1898", and a few words such as "Ancient"): read with TRY_CAST. */
	isTextYear?: true;
}

const NUMERIC_RE =
	/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC|INT\d+|FLOAT\d+)/i;
const INTEGER_RE =
	/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|INT\d+)/i;

const TEXT_DATE_FORMATS: Array<[RegExp, DateParse]> = [
	[/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/, { kind: 'cast' }],
	[/^\d{4}\/\d{2}\/\d{2}$/, { kind: 'strptime', format: '%Y/%m/%d' }],
	[/^[A-Z][a-z]{2} \d{1,2} \d{4}$/, { kind: 'strptime', format: '%b %d %Y' }],
	[/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/, { kind: 'strptime', format: '%b %d, %Y' }],
	[/^\d{1,2} [A-Z][a-z]{2} \d{4}$/, { kind: 'strptime', format: '%d %b %Y' }],
	[/^\d{1,2}\/\d{1,2}\/\d{4}$/, { kind: 'strptime', format: '%m/%d/%Y' }]
];

export function isNumericType(type: string): boolean {
	return NUMERIC_RE.test(type.trim());
}

/** Samples a column's profile to decide its kind. */
export function classifyColumn(column: CatalogColumn): ColumnTyping {
	const type = column.type.trim().toUpperCase();
	if (type.startsWith('DATE') || type.startsWith('TIMESTAMP')) {
		return { kind: 'date', dateParse: { kind: 'native' } };
	}
	if (type.startsWith('BOOL')) return { kind: 'boolean' };
	if (isNumericType(type)) {
		if (INTEGER_RE.test(type) && looksLikeYearColumn(column)) return { kind: 'year' };
		return { kind: 'number' };
	}
	if (type.startsWith('VARCHAR') || type === 'TEXT' || type === 'STRING') {
		const parse = textDateParse(column);
		if (parse) return { kind: 'date', dateParse: parse };
		if (looksLikeTextYears(column)) return { kind: 'year', isTextYear: true };
		return { kind: 'text' };
	}
	return { kind: 'other' };
}

/** Names of a moment a whole-number column may give as a year ("independence", "founded"). */
const EVENT_WORDS = new Set(
	(
		'independence founded founding established establishment built construction opened ' +
		'inception release released born birth death died signed introduced launched'
	).split(' ')
);

function looksLikeYearColumn(column: CatalogColumn): boolean {
	// "year", "Year_of_birth", and camelCase "budgetYear", "modelYr"
	const words = splitName(column.name);
	const isNamedYear = words.some((w) => w === 'year' || w === 'yr' || w === 'years' || w === 'yrs');
	if (!isNamedYear) {
		// `independence`, `founded`: a moment named, its values nearly all years
		return words.some((w) => EVENT_WORDS.has(w)) && mostlyYears(column);
	}
	const { min, max } = column.profile ?? {};
	if (typeof min !== 'number' || typeof max !== 'number') return true;
	return min >= 1000 && max <= 2200;
}

/** At least 90 % of the values between 1000 and 2200, by the histogram (a few ancient dates aside). */
function mostlyYears(column: CatalogColumn): boolean {
	const { min, max, histogram } = column.profile ?? {};
	if (typeof min !== 'number' || typeof max !== 'number') return false;
	if (min >= 1000 && max <= 2200) return true;
	if (max > 2200 || !histogram || histogram.length === 0) return false;
	const total = histogram.reduce((sum, bin) => sum + bin.count, 0);
	const inYears = histogram
		.filter((bin) => bin.start >= 1000 || bin.end > 1000)
		.reduce((sum, bin) => sum + bin.count, 0);
	return total > 0 && inYears >= 0.9 * total;
}

const YEAR_TEXT = /^\d{4}$/;

/**
 * A column named for years whose values are mostly four-digit years written as text, the rest
 * words ("Ancient", "unknown"): a year column a file's stray word turned into text.
 */
function looksLikeTextYears(column: CatalogColumn): boolean {
	if (!splitName(column.name).some((w) => w === 'year' || w === 'yr')) return false;
	const top = column.profile?.topValues ?? [];
	if (top.length === 0) return false;
	const years = top.filter((t) => {
		const text = String(t.value ?? '');
		return YEAR_TEXT.test(text) && Number(text) >= 1000 && Number(text) <= 2200;
	});
	return years.length >= 0.6 * top.length;
}

function textDateParse(column: CatalogColumn): DateParse | undefined {
	const profile = column.profile;
	if (!profile) return undefined;
	const samples = [profile.min, profile.max, ...profile.topValues.map((t) => t.value)]
		.filter((v): v is string => typeof v === 'string' && v.length > 0)
		.slice(0, 8);
	if (samples.length === 0) return undefined;
	for (const [re, parse] of TEXT_DATE_FORMATS) {
		if (samples.every((s) => re.test(s))) return parse;
	}
	return undefined;
}
