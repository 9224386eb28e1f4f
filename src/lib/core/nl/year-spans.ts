/**
 * Rows that span years, told by a "start" and an "end" column of whole-number years
 * (`start_year`, `end_year` of a reign): the start is when each row happened.
 */
import type { ColumnInfo } from './lexicon';

const START_WORDS = new Set(['start', 'begin', 'began', 'from', 'first']);

/** Whole numbers that read as years: every value between 1000 and 2200. */
function holdsYears(column: ColumnInfo): boolean {
	const { min, max } = column.profile ?? {};
	return (
		column.kind === 'number' &&
		/INT/i.test(column.type) &&
		typeof min === 'number' &&
		typeof max === 'number' &&
		min >= 1000 &&
		max <= 2200
	);
}

/** The start of a span of years: a "start" column of years beside an "end" one. */
export function isSpanStart(column: ColumnInfo): boolean {
	return (
		holdsYears(column) &&
		column.content.some((w) => START_WORDS.has(w)) &&
		column.table.columns.some((c) => c !== column && isSpanEnd(c))
	);
}

const END_WORDS = new Set(['end', 'ended', 'finish', 'to', 'last', 'until']);

export function isSpanEnd(column: ColumnInfo): boolean {
	return holdsYears(column) && column.content.some((w) => END_WORDS.has(w));
}
