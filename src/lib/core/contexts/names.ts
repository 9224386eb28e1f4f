/**
 * How alike two join columns are by name (pure). Names are split into lower-case words (snake
 * case, camel case, digits), plural words are folded to singular, and a column is also read
 * together with its table's name, so `orders.customer_id` and `customers.id` name the same thing.
 * No synonyms are invented here: `origin` ↔ `iata` is found by measuring values, not by name.
 */

/** Lower-case words of a name: `customerID` → customer, id; `order_lines2` → order, line, 2. */
export function nameWords(name: string): string[] {
	return name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.replace(/([a-zA-Z])([0-9])/g, '$1 $2')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '')
		.map(singular);
}

/** The singular of an English plural word; other words as they are. */
export function singular(word: string): string {
	if (word.length <= 3) return word;
	if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (/(ss|us|is)$/.test(word)) return word;
	if (/(sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
	if (word.endsWith('s')) return word.slice(0, -1);
	return word;
}

export interface NamedColumn {
	/** The table (or dataset) name. */
	table: string;
	column: string;
}

/**
 * 0..1: 1 for the same column name, 0.9 when one column's words equal the other's table and
 * column words together (`customer_id` ↔ `customers`.`id`), otherwise the share of words the two
 * names have in common (a column read with its table's words counts a little less).
 */
export function nameSimilarity(left: NamedColumn, right: NamedColumn): number {
	const leftColumn = nameWords(left.column);
	const rightColumn = nameWords(right.column);
	if (leftColumn.length === 0 || rightColumn.length === 0) return 0;
	const same = overlap(leftColumn, rightColumn);
	const leftQualified = [...nameWords(left.table), ...leftColumn];
	const rightQualified = [...nameWords(right.table), ...rightColumn];
	const withRightTable = 0.9 * overlap(leftColumn, rightQualified);
	const withLeftTable = 0.9 * overlap(leftQualified, rightColumn);
	return round(Math.max(same, withRightTable, withLeftTable));
}

/** Jaccard similarity of two word sets. */
function overlap(a: readonly string[], b: readonly string[]): number {
	const left = new Set(a);
	const right = new Set(b);
	let shared = 0;
	for (const word of left) if (right.has(word)) shared += 1;
	const union = left.size + right.size - shared;
	return union === 0 ? 0 : shared / union;
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
