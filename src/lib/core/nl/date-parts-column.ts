/**
 * A date Quarry derives for tables that store one in parts: whole-number year, month and
 * (optionally) day-of-month columns, as many statistics exports do ("year, month,
 * date_of_month, day_of_week, births"). With it, time questions work as they do on a DATE
 * column: "per month" over several years, "in March 1980", "busiest day of the week".
 */
import type { ColumnInfo, TableInfo } from './lexicon';

export interface DateParts {
	year: ColumnInfo;
	month: ColumnInfo;
	day?: ColumnInfo;
	/** A stored day of the week, grouped by as stored (its own numbering). */
	weekday?: ColumnInfo;
}

const INTEGER_RE =
	/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|INT\d*)$/i;

function isWholeNumberIn(column: ColumnInfo, lo: number, hi: number): boolean {
	const { min, max } = column.profile ?? {};
	return (
		(column.kind === 'number' || column.kind === 'year') &&
		INTEGER_RE.test(column.type.trim()) &&
		typeof min === 'number' &&
		typeof max === 'number' &&
		min >= lo &&
		max <= hi
	);
}

function named(column: ColumnInfo, names: string[][]): boolean {
	const joined = column.words.join(' ');
	return names.some((n) => n.join(' ') === joined);
}

const MONTH_NAMES = [['month'], ['mon'], ['mo'], ['month', 'number'], ['month', 'of', 'year']];
const DAY_NAMES = [['day'], ['dom'], ['mday'], ['day', 'of', 'month'], ['date', 'of', 'month']];
const WEEKDAY_NAMES = [['weekday'], ['dow'], ['wday'], ['day', 'of', 'week']];

/** The only column of `table` that `fits`, or undefined when none or several do. */
function only(table: TableInfo, fits: (c: ColumnInfo) => boolean): ColumnInfo | undefined {
	const found = table.columns.filter(fits);
	return found.length === 1 ? found[0] : undefined;
}

export function addDatePartsColumn(table: TableInfo, columns: ColumnInfo[]): void {
	if (
		table.columns.some(
			(c) => c.kind === 'date' || (c.words.includes('date') && c.words.length === 1)
		)
	)
		return;
	const year = only(table, (c) => c.kind === 'year');
	const month = only(table, (c) => named(c, MONTH_NAMES) && isWholeNumberIn(c, 1, 12));
	if (!year || !month) return;
	const day = only(table, (c) => named(c, DAY_NAMES) && isWholeNumberIn(c, 1, 31));
	const weekday = only(table, (c) => named(c, WEEKDAY_NAMES) && isWholeNumberIn(c, 0, 7));
	const years = [year.profile?.min, year.profile?.max];
	// Dates the parts can make over the years held: a row a day or month when the rows are as many
	const span =
		typeof years[0] === 'number' && typeof years[1] === 'number' ? years[1] - years[0] + 1 : 0;
	const dates = Math.round(Math.min(table.rowCount ?? 0, span * (day ? 365.25 : 12)));
	const column: ColumnInfo = {
		id: columns.length,
		table,
		name: 'date',
		type: 'DATE',
		kind: 'date',
		words: ['date'],
		content: ['date'],
		profile:
			typeof years[0] === 'number' && typeof years[1] === 'number'
				? {
						distinctCount: dates,
						nullShare: 0,
						min: `${years[0]}-01-01`,
						max: `${years[1]}-12-31`,
						topValues: []
					}
				: undefined,
		parts: { year, month, day, weekday }
	};
	columns.push(column);
	table.columns.push(column);
}
