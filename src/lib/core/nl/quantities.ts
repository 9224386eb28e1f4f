/**
 * Rows that carry a quantity: a line of a receipt or an order, a picking in a harvest log, each
 * with a `qty`. "how many courgettes" counts the courgettes, not the lines they came on, so it
 * adds up the quantity of the rows whose thing is that value.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import type { Measure } from './intent';
import type { ParseState } from './parse-state';
import { holdsCounts } from './planner-helpers';
import { isSingularWords } from './text';

/** Single-word column names that say how many of the row's thing it stands for. */
const QUANTITY_NAMES = new Set(['qty', 'quantity', 'quantities', 'units', 'pcs', 'pieces']);

/** Words for the things a quantity counts, whatever they are. */
const ITEM_WORDS = new Set(['item', 'piece', 'thing']);

/** The table's one quantity column, if it has exactly one. */
export function quantityColumn(table: TableInfo): ColumnInfo | undefined {
	const columns = table.columns.filter(
		(c) => holdsCounts(c) && c.content.length === 1 && QUANTITY_NAMES.has(c.content[0])
	);
	return columns.length === 1 ? columns[0] : undefined;
}

/**
 * The quantity column to sum for a count of rows when what is counted, right after "how many",
 * is a plural value of one of the table's text columns ("how many courgettes" of `crop`).
 */
export function quantityCounted(
	state: ParseState,
	measure: Measure,
	table: TableInfo
): ColumnInfo | undefined {
	const quantity = quantityColumn(table);
	if (!quantity || measure.isRows) return undefined;
	const at = state.items.findIndex(
		(x) => x.type === 'kw' && x.kw === 'count' && x.words === measure.words
	);
	const counted = at >= 0 ? state.items[at + 1] : undefined;
	// "how many items were returned": the things the quantities count, whatever they are
	if (counted?.type === 'word' && ITEM_WORDS.has(counted.norm) && !isSingularWords(counted.words))
		return quantity;
	if (counted?.type !== 'ref' || isSingularWords(counted.words)) return undefined;
	const target = counted.cands[0]?.target;
	if (target?.kind !== 'value' || target.column.table !== table) return undefined;
	const isFiltered = state.intent.filters.some(
		(f) => f.column === target.column && f.words === counted.words
	);
	return isFiltered ? quantity : undefined;
}
