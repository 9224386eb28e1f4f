/**
 * "total takings for each machine", "takings per month", "which site makes the most money": a
 * till or collection log that keeps what came in by how it was paid (`Cash (£)`, `card_p`,
 * `Cheques`) takes the sum of them, which Quarry derives as the column `takings`, pence turned
 * into pounds where the parts mix the two. Only with two or more such columns of money and no
 * column already named for the takings.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import { isCurrencyNamed, isPenceNamed } from './planner-helpers';
import { TAKINGS_WORDS } from './money-column';

/** Words of a way of paying. */
const METHODS = new Set(
	'cash card cards cheque cheques check contactless online transfer bacs paypal'.split(' ')
);
/** Money that is not paid in: given back, taken off, spent. */
const NOT_IN = new Set(
	'refund refunds discount cost costs float change fee fees tip tips'.split(' ')
);

function isPaidBy(column: ColumnInfo): boolean {
	if (column.kind !== 'number' || column.sumOf || column.owed || column.amount) return false;
	if (!column.words.some((w) => METHODS.has(w)) || column.words.some((w) => NOT_IN.has(w)))
		return false;
	return isCurrencyNamed(column) || isPenceNamed(column);
}

export function addPaidByColumn(table: TableInfo, columns: ColumnInfo[]): void {
	if (table.columns.some((c) => c.words.some((w) => TAKINGS_WORDS.has(w)))) return;
	const parts = table.columns.filter(isPaidBy);
	if (parts.length < 2) return;
	// (all in pence stays pence; a mix is counted in pounds)
	const isMixed = parts.some(isPenceNamed) && !parts.every(isPenceNamed);
	const column: ColumnInfo = {
		id: columns.length,
		table,
		name: 'takings',
		type: 'DOUBLE',
		kind: 'number',
		// (no name of its own to match: "takings", "money", "made" reach it as the table's takings,
		// as they reach another table's one column of them, money-column.ts)
		words: [],
		content: [],
		sumOf: parts.map((part) => ({ column: part, scale: isMixed && isPenceNamed(part) ? 0.01 : 1 }))
	};
	columns.push(column);
	table.columns.push(column);
}
