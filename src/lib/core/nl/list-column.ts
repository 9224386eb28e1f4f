/**
 * Cells that list several things ("eng,fra", "USD,EUR", "Action, Comedy"), as many exports write
 * tags, languages or currencies. Quarry derives, per such column, the number of items in each
 * cell: "the country with the most languages" ranks by it, "countries with more than one
 * currency" compares it.
 */
import type { ColumnInfo, TableInfo } from './lexicon';

/** Share of a column's values that must hold a comma to be read as lists (most list one). */
const LIST_SHARE = 0.05;
/** …and at least this many of them. */
const MIN_LISTS = 3;
/** Longest item of a list (longer pieces are prose with commas, not lists). */
const MAX_ITEM = 40;

function isListColumn(column: ColumnInfo): boolean {
	if (column.kind !== 'text' || !column.profile) return false;
	const values = (column.profile.values ?? column.profile.topValues.map((t) => t.value)).filter(
		(v): v is string => typeof v === 'string' && v.trim() !== ''
	);
	if (values.length < 5) return false;
	const lists = values.filter((v) => v.includes(','));
	if (lists.length < MIN_LISTS || lists.length < LIST_SHARE * values.length) return false;
	return lists.every((v) => v.split(',').every((item) => item.trim().length <= MAX_ITEM));
}

/** Adds the item count of every list column of the table. */
export function addItemCountColumns(table: TableInfo, columns: ColumnInfo[]): void {
	for (const list of table.columns.filter(isListColumn)) {
		const column: ColumnInfo = {
			id: columns.length,
			table,
			name: `number of ${list.name}`,
			type: 'INTEGER',
			kind: 'number',
			// matched only through the list column (itemCountOf), never by its own name
			words: [],
			content: [],
			items: list
		};
		columns.push(column);
		table.columns.push(column);
	}
}

/** The item count Quarry derives for a list column, if it is one. */
export function itemCountOf(column: ColumnInfo): ColumnInfo | undefined {
	return column.table.columns.find((c) => c.items === column);
}
