/**
 * The columns Quarry derives beside a table's own, in the order each may read the others: spans
 * of years, amounts (quantity × price), counts kept in two parts, times between two dates, what
 * is still owed, what came in by each way of paying, the number of items a list holds, and dates made of year, month and day.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import type { ContextMetric } from './types';
import { addAmountColumn, addDateSpanColumn, addPartsColumn, addSpanColumn } from './span-column';
import { addOwedColumn } from './owed-column';
import { addPaidByColumn } from './paid-by-column';
import { addItemCountColumns } from './list-column';
import { addDatePartsColumn } from './date-parts-column';

export function addDerivedColumns(
	table: TableInfo,
	columns: ColumnInfo[],
	metrics: readonly ContextMetric[]
): void {
	addSpanColumn(table, columns);
	addAmountColumn(table, columns, metrics);
	addPartsColumn(table, columns);
	addDateSpanColumn(table, columns);
	addOwedColumn(table, columns);
	addPaidByColumn(table, columns);
	addItemCountColumns(table, columns);
	addDatePartsColumn(table, columns);
}
