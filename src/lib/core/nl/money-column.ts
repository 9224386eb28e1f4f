/**
 * "total revenue in 2023", "which driver has taken the most money": words for the money a
 * business takes name the one column of a table that holds what each row brought in (`Total
 * (£)` of car rentals, `Fare (£)` of minicab trips, `Fee (£)` of appointments), when no column is
 * named by those words. Columns of rates and prices (per unit), tips, deposits, refunds and
 * taxes are not it; with several left, the one price beside costs is (what is charged, beside
 * what the business pays), or one named as the total, else none is.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import { impliedAggregate, isCurrencyNamed } from './planner-helpers';

/** Words for what a business takes in. */
export const TAKINGS_WORDS: ReadonlySet<string> = new Set(
	'revenue income takings money earnings turnover bill'.split(' ')
);
/** The words end on a word for takings ("revenue", "most money", "sales"). */
export function saysTakings(words: string): boolean {
	const last = words.toLowerCase().split(/\s+/).at(-1) ?? '';
	return TAKINGS_WORDS.has(last) || last === 'sales';
}

/**
 * Verbs of money charged or paid ("what we charge", "how much have the churches paid me", "the
 * highest rate we've charged"): the money a row holds, said as what happened to it.
 */
export const MONEY_VERBS: ReadonlySet<string> = new Set(
	'charge charged charges charging pay paid pays paying'.split(' ')
);

/** Verbs of money spent ("how much did we spend on wine"). */
export const SPEND_WORDS: ReadonlySet<string> = new Set(['spend', 'spends', 'spent', 'spending']);

/** Words of a column that holds an amount of money, without its currency sign. */
export const MONEY_NAME_WORDS: ReadonlySet<string> = new Set(
	'cost fee fare charge amount gbp usd eur'.split(' ')
);
/** Money that is not what a row brought in. */
const NOT_TAKINGS = new Set(
	'tip tips deposit refund discount tax vat balance budget salary wage wages idle'.split(' ')
);
const TOTAL_WORDS = new Set(['total']);
/** Money charged on top of the price of what was sold (a delivery charge, a late fee). */
const EXTRA_WORDS = new Set(
	'delivery postage shipping p&p service booking extra extras late surcharge'.split(' ')
);
/** Words of a quantity bought, which makes a price one per unit. */
const QUANTITY_WORDS = new Set('qty quantity units items count'.split(' '));

/**
 * `Price (£)` of a courier's jobs: with no quantity beside it and no "unit" in its name, the
 * price is what each row was charged. (A unit price times a quantity is no such amount.)
 */
function isPriceOfRow(column: ColumnInfo): boolean {
	if (!column.words.includes('price') || column.words.some((w) => w === 'unit' || w === 'per'))
		return false;
	return !column.table.columns.some((c) => c.words.some((w) => QUANTITY_WORDS.has(w)));
}

/** Words of a column of what a thing sold for. */
const SOLD_WORDS = new Set(['sold', 'sale', 'selling']);

function isSoldPrice(column: ColumnInfo): boolean {
	return column.words.includes('price') && column.words.some((w) => SOLD_WORDS.has(w));
}

const found = new WeakMap<TableInfo, ColumnInfo | null>();

export function takingsColumn(table: TableInfo): ColumnInfo | undefined {
	const known = found.get(table);
	if (known !== undefined) return known ?? undefined;
	const column = pickTakings(table);
	found.set(table, column ?? null);
	return column;
}

function pickTakings(table: TableInfo): ColumnInfo | undefined {
	// (what came in by each way of paying, added up: paid-by-column.ts)
	const paidBy = table.columns.find((c) => c.sumOf && c.name === 'takings');
	if (paidBy) return paidBy;
	const named = table.columns.some((c) => c.words.some((w) => TAKINGS_WORDS.has(w)));
	if (named) return undefined;
	const money = table.columns.filter(
		(c) =>
			c.kind === 'number' &&
			!c.span &&
			(isCurrencyNamed(c) || c.words.some((w) => MONEY_NAME_WORDS.has(w)) || isSoldPrice(c)) &&
			!c.words.some((w) => NOT_TAKINGS.has(w)) &&
			(impliedAggregate(c) === 'sum' || isPriceOfRow(c))
	);
	if (money.length === 1) return money[0];
	// (`soldPrice` beside a `Ticket Price (£)`: what it sold for, not what it was marked)
	const sold = money.filter(isSoldPrice);
	if (sold.length === 1) return sold[0];
	// (`Price (£)` beside `Part Cost (£)`: what is charged, beside what the business pays)
	const charged = money.filter((c) => !c.words.includes('cost'));
	if (charged.length === 1 && charged[0].words.includes('price')) return charged[0];
	const totals = money.filter((c) => c.words.some((w) => TOTAL_WORDS.has(w)));
	if (totals.length === 1) return totals[0];
	// (`Price (£)` beside a `delivery_charge`: the price of what was sold, the charge an extra)
	const [price, ...others] = money.filter(isPriceOfRow);
	const isExtra = (c: ColumnInfo) => c === price || c.words.some((w) => EXTRA_WORDS.has(w));
	return price && others.length === 0 && money.every(isExtra) ? price : undefined;
}
