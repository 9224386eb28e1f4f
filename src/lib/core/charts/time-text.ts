/**
 * Text that holds dates: DuckDB's TRY_CAST reads ISO dates and timestamps; these formats cover
 * the other common spellings (`Jan 1 2000`, `2001/01/01 06:55`, `12/31/1999`). The stats SQL and
 * the chart SQL read text the same way, through textTimestampSql.
 */

/** strptime formats tried in order after ISO. US month/day order wins over day/month. */
export const TEXT_DATE_FORMATS = [
	'%b %d %Y',
	'%b %d, %Y',
	'%B %d %Y',
	'%B %d, %Y',
	'%d %b %Y',
	'%d %B %Y',
	'%Y/%m/%d %H:%M:%S',
	'%Y/%m/%d %H:%M',
	'%Y/%m/%d',
	'%m/%d/%Y %H:%M:%S',
	'%m/%d/%Y %H:%M',
	'%m/%d/%Y'
];

/** JS counterparts of the formats above (and ISO), for results read without SQL. */
export const DATE_TEXT_PATTERNS = [
	/^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/,
	/^[A-Za-z]{3,9} \d{1,2},? \d{4}$/,
	/^\d{1,2} [A-Za-z]{3,9} \d{4}$/,
	/^\d{4}\/\d{1,2}\/\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/,
	/^\d{1,2}\/\d{1,2}\/\d{4}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/
];

/**
 * The shapes of the dates above, checked first: a failed cast is far slower in DuckDB-WASM than
 * a regular expression, and most text is not dates.
 */
const DATE_SHAPE = String.raw`^\s*(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4})`;
/** Decimal numbers as DuckDB casts them to DOUBLE. */
const NUMBER_SHAPE = String.raw`^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$`;

/** A TIMESTAMP read from the text expression `expr` (already quoted), NULL when it is no date. */
export function textTimestampSql(expr: string): string {
	const formats = TEXT_DATE_FORMATS.map((f) => `'${f}'`).join(', ');
	return (
		`CASE WHEN regexp_matches(${expr}, '${DATE_SHAPE}') ` +
		`THEN coalesce(TRY_CAST(${expr} AS TIMESTAMP), try_strptime(${expr}, [${formats}])) END`
	);
}

/** A DOUBLE read from the text expression `expr`, NULL when it is no number. */
export function textNumberSql(expr: string): string {
	return `CASE WHEN regexp_matches(${expr}, '${NUMBER_SHAPE}') THEN TRY_CAST(${expr} AS DOUBLE) END`;
}
