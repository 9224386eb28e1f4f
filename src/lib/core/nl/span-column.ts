/**
 * Columns Quarry derives: the length of rows that span years (end − start), and the amount of
 * rows that sell a quantity at a unit price (quantity × price).
 */
import { isSpanEnd, isSpanStart } from './dimensions';
import type { ColumnInfo, TableInfo } from './lexicon';
import type { ContextMetric } from './types';
import { splitName } from './text';
import { BEGAN_WORDS } from './vocabulary';

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

/** Words of a column that counts what a row sells. */
const QUANTITY_WORDS = new Set(['quantity', 'qty', 'units']);
/** Words of a column that already holds an amount of money: nothing to derive. */
const AMOUNT_WORDS = new Set(
	'revenue sales amount total turnover value subtotal gross spend spending'.split(' ')
);

/**
 * "total revenue by region" of a table of order lines with `qty` and `unit_price` and no
 * revenue column: revenue is quantity × unit price. Only when the table has exactly one
 * quantity and one price column and no column that already holds an amount.
 */
export function addAmountColumn(
	table: TableInfo,
	columns: ColumnInfo[],
	metrics: readonly ContextMetric[]
): void {
	// a context's own revenue metric says how revenue is computed; none is derived beside it
	const isDefined = (m: ContextMetric) =>
		splitName(m.name).join(' ') === 'revenue' && (!m.table || m.table === table.quotedName);
	if (metrics.some(isDefined)) return;
	const numbers = table.columns.filter((c) => c.kind === 'number' && !c.span);
	const quantities = numbers.filter((c) => c.words.some((w) => QUANTITY_WORDS.has(w)));
	const prices = numbers.filter(
		(c) => c.words.includes('price') && !c.words.some((w) => QUANTITY_WORDS.has(w))
	);
	if (quantities.length !== 1 || prices.length !== 1) return;
	if (table.columns.some((c) => c.words.some((w) => AMOUNT_WORDS.has(w)))) return;
	const column: ColumnInfo = {
		id: columns.length,
		table,
		name: 'revenue',
		type: 'DOUBLE',
		kind: 'number',
		words: ['revenue'],
		content: ['revenue'],
		amount: { quantity: quantities[0], price: prices[0] }
	};
	columns.push(column);
	table.columns.push(column);
}

/** Words of a date column that says when a row's process ended, and the verb of that end. */
const ENDED_WORDS: Record<string, string> = {
	closed: 'close',
	close: 'close',
	resolved: 'resolve',
	solved: 'solve',
	ended: 'end',
	end: 'end',
	finished: 'finish',
	completed: 'complete',
	shipped: 'ship',
	ship: 'ship',
	delivered: 'deliver',
	delivery: 'deliver',
	returned: 'return',
	return: 'return',
	checkout: 'checkout',
	discharged: 'discharge',
	arrival: 'arrive',
	arrived: 'arrive',
	fixed: 'fix',
	answered: 'answer'
};

/**
 * Rows that open and close at two dates (tickets created and closed, orders placed and shipped)
 * take time between them: "average time to close", "median days to ship". Hours between two
 * timestamps, days between two dates; only when exactly one such pair exists.
 */
export function addDateSpanColumn(table: TableInfo, columns: ColumnInfo[]): void {
	const dates = table.columns.filter((c) => c.kind === 'date' && !c.parts);
	const starts = dates.filter((c) => c.words.some((w) => BEGAN_WORDS.has(w)));
	const ends = dates.filter((c) => c.words.some((w) => Object.hasOwn(ENDED_WORDS, w)));
	if (starts.length !== 1 || ends.length !== 1 || starts[0] === ends[0]) return;
	const [start, end] = [starts[0], ends[0]];
	const verb = ENDED_WORDS[end.words.find((w) => Object.hasOwn(ENDED_WORDS, w))!];
	const isTimestamp = /TIMESTAMP/i.test(start.type) || /TIMESTAMP/i.test(end.type);
	const unit = isTimestamp ? 'hour' : 'day';
	const name = `${unit}s_to_${verb}`;
	if (table.columns.some((c) => c.name === name)) return;
	const column: ColumnInfo = {
		id: columns.length,
		table,
		name,
		type: 'DOUBLE',
		kind: 'number',
		words: [unit, 'to', verb],
		content: [unit, 'to', verb],
		between: { start, end, unit, verb }
	};
	columns.push(column);
	table.columns.push(column);
}
