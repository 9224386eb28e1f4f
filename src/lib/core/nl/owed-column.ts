/**
 * What is still owed: a table of jobs, invoices or fees that keeps what each row was charged
 * (`Invoice Total (£)`, `Amount Due (£)`, `Fee (£)`) beside what has been paid of it
 * (`amountPaid`, `Paid So Far (£)`) owes the difference; one with a yes/no `Paid` owes the charge
 * of each row not paid. "What's still owed to me", "how much
 * does headingley lets still owe me" read that column, which Quarry derives.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import type { Item } from './matcher';
import { isCurrencyNamed } from './planner-helpers';

/** Words of a column of money paid or received so far. */
const PAID_WORDS = new Set(['paid', 'received']);
/** Words of a column of what a row was charged, most telling first. */
const CHARGED_WORDS = [
	['due', 'invoice', 'invoiced', 'bill', 'billed', 'total'],
	['fee', 'fees', 'charge', 'charged', 'amount', 'price', 'cost']
];
/** Money beside the charge that is not it: what was taken off, given back, passed on. */
const OTHER_MONEY = new Set(
	(
		'refund refunded discount deposit commission tip tips tax vat delivery postage extra ' +
		'extras parts labour labor'
	).split(' ')
);
/** Names of a column that already holds what is owed. */
const OWED_NAMES = new Set(['owed', 'owing', 'outstanding', 'balance', 'arrears', 'unpaid']);

/** Words a question says for what is owed. */
export const OWED_WORDS = ['owed', 'owe', 'owes', 'owing', 'outstanding'];

const isMoney = (c: ColumnInfo) =>
	c.kind === 'number' &&
	!c.span &&
	!c.between &&
	!c.amount &&
	!c.sumOf &&
	(isCurrencyNamed(c) || CHARGED_WORDS.flat().some((w) => c.words.includes(w)) || isPaid(c));

const isPaid = (c: ColumnInfo) => c.words.some((w) => PAID_WORDS.has(w));

/** The one column of what each row was charged: named due, invoiced or total, else a fee. */
function chargedColumn(money: ColumnInfo[]): ColumnInfo | undefined {
	const charges = money.filter((c) => !isPaid(c) && !c.words.some((w) => OTHER_MONEY.has(w)));
	for (const words of CHARGED_WORDS) {
		const named = charges.filter((c) => c.words.some((w) => words.includes(w)));
		if (named.length === 1) return named[0];
		if (named.length > 1) return undefined;
	}
	return undefined;
}

export function addOwedColumn(table: TableInfo, columns: ColumnInfo[]): void {
	if (table.columns.some((c) => c.words.some((w) => OWED_NAMES.has(w)))) return;
	const money = table.columns.filter(isMoney);
	const due = chargedColumn(money);
	// (what has been paid of each, or else a yes/no `Paid`: all of it or none)
	const amounts = money.filter(isPaid);
	const flags = table.columns.filter((c) => c.kind === 'boolean' && isPaid(c));
	const paid = amounts.length > 0 ? amounts : flags;
	if (paid.length !== 1 || !due) return;
	const column: ColumnInfo = {
		id: columns.length,
		table,
		name: 'owed',
		type: 'DOUBLE',
		kind: 'number',
		words: ['owed'],
		content: ['owed'],
		owed: { due, paid: paid[0], isFlag: paid === flags }
	};
	columns.push(column);
	table.columns.push(column);
}

/** Words for money said beside what is owed ("money still owed", "owe us money"). */
const MONEY_WORDS = new Set(['money', 'cash']);

const isOwedRef = (item: Item | undefined) =>
	item?.type === 'ref' &&
	item.cands.some((c) => c.target.kind === 'column' && !!c.target.column.owed);

/**
 * "how much money is still owed", "which parents owe us money": "money" beside what is owed
 * says what the owing is in, not another column; the two read as one.
 */
export function moneyOwed(items: Item[]): Item[] {
	const out = [...items];
	for (let k = 0; k < out.length; k++) {
		const item = out[k];
		if (item.type === 'kw' || !MONEY_WORDS.has(item.words.toLowerCase())) continue;
		const near = [k - 3, k - 2, k - 1, k + 1, k + 2, k + 3].find((j) => isOwedRef(out[j]));
		if (near === undefined) continue;
		const owed = out[near];
		const words = near < k ? `${owed.words} ${item.words}` : `${item.words} ${owed.words}`;
		out[near] = { ...owed, words };
		out.splice(k, 1);
		k--;
	}
	return out;
}
