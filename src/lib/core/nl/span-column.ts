/**
 * A column Quarry derives for rows that span years: their length, end − start.
 */
import { isSpanEnd, isSpanStart } from './dimensions';
import type { ColumnInfo, TableInfo } from './lexicon';

/**
 * Rows with a start and an end year (reigns, terms) have a length: "the longest reign",
 * "average reign length" read end − start. Only when exactly one such pair exists.
 */
export function addSpanColumn(table: TableInfo, columns: ColumnInfo[]): void {
	const starts = table.columns.filter(isSpanStart);
	const ends = table.columns.filter(isSpanEnd);
	if (starts.length !== 1 || ends.length !== 1) return;
	const column: ColumnInfo = {
		id: columns.length,
		table,
		name: 'duration',
		type: 'INTEGER',
		kind: 'number',
		words: ['duration'],
		content: ['duration'],
		span: { start: starts[0], end: ends[0] }
	};
	if (table.columns.some((c) => c.words.includes('duration'))) return;
	columns.push(column);
	table.columns.push(column);
}
