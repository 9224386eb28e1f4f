/**
 * The dates of a row a question names for the time between them ("the call" → `dateCalled`,
 * "ordering" → `Order Date`, "sell" → `Date Sold`), read by a form of a word of each name,
 * and the words around them that say nothing of either (elapsed.ts reads the time).
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import type { Item } from './matcher';
import { lemmasOf, relatedWords } from './word-net';
import { splitName } from './text';

/** Words between the unit and the dates that say nothing of either date. */
export const FILLERS = new Set(
	(
		'the a an it its their they them people we i you he she someone somebody customers ' +
		'do does did usually typically normally being is was are were has have had get gets got ' +
		'go goes went take takes took taking spend spends spent with us me that'
	).split(' ')
);

/** Words of a date column's name that say it is a date, not what happened then. */
export const DATE_WORDS = new Set([
	'date',
	'dt',
	'day',
	'time',
	'timestamp',
	'at',
	'on',
	'when',
	'of'
]);

/** A word and the words it is a form of or is derived from ("decision" → decide). */
export function formsOf(word: string): Set<string> {
	const forms = new Set([word, ...lemmasOf(word)]);
	for (const lemma of [...forms]) {
		for (const r of relatedWords(lemma)) if (r.relation === 'derived') forms.add(r.lemma);
	}
	return forms;
}

export const isDateColumn = (c: ColumnInfo) =>
	c.kind === 'date' && !c.parts && !c.span && !c.between && !c.isTextYear;

/** The date columns of the table that the words name, by a form of a word of each name. */
export function datesNamed(words: string[], table: TableInfo): ColumnInfo[] {
	const said = words.filter((w) => !FILLERS.has(w) && !DATE_WORDS.has(w));
	if (said.length === 0) return [];
	const saidForms = said.map(formsOf);
	return table.columns.filter((c) => {
		if (!isDateColumn(c)) return false;
		const own = nameWords(c).filter((w) => !DATE_WORDS.has(w));
		if (own.length === 0) return false;
		const ownForms = own.map(formsOf);
		return saidForms.every((f) => ownForms.some((o) => [...f].some((w) => o.has(w))));
	});
}

export const nameWords = (c: ColumnInfo) => splitName(c.name).map((w) => w.toLowerCase());
export const wordsOf = (item: Item) => item.words.toLowerCase().split(/\s+/);
export const isKw = (item: Item | undefined, ...kws: string[]) =>
	item?.type === 'kw' && kws.includes(item.kw);
export const isFiller = (item: Item | undefined) =>
	!!item && item.type !== 'kw' && wordsOf(item).every((w) => FILLERS.has(w));

/** One end: the date column an item (or two items together) names, in one table. */
export interface End {
	column: ColumnInfo;
	/** Index of the end's last item. */
	last: number;
}

/** The date column the items from k on name, past fillers and light verbs ("making a …"). */
export function endAt(items: Item[], k: number, table: TableInfo): End | undefined {
	let at = k;
	while (isFiller(items[at])) at++;
	const item = items[at];
	if (!item || item.type === 'kw' || item.type === 'num') return undefined;
	const next = items[at + 1];
	let found: End | undefined;
	if (next && next.type !== 'kw' && next.type !== 'num' && !isFiller(next)) {
		const both = datesNamed([...wordsOf(item), ...wordsOf(next)], table);
		if (both.length === 1) found = { column: both[0], last: at + 1 };
	}
	const one = found ? [] : datesNamed(wordsOf(item), table);
	if (one.length === 1) found = { column: one[0], last: at };
	// ("making a decision": a light verb before the noun that names the date)
	if (!found && LIGHT_VERBS.has(wordsOf(item).join(' '))) return endAt(items, at + 1, table);
	if (!found) return undefined;
	// ("send the thank you" of `Thank You Sent`: more words naming the same date)
	let last = found.last;
	for (let j = last + 1; j < items.length; j++) {
		const more = items[j];
		if (isFiller(more)) continue;
		const isSame = more.type !== 'kw' && datesNamed(wordsOf(more), table)[0] === found.column;
		if (!isSame) break;
		last = j;
	}
	return { column: found.column, last };
}

/** Verbs that only carry the noun after them ("making a decision", "getting a reply"). */
const LIGHT_VERBS = new Set(['making', 'make', 'made', 'getting', 'giving', 'sending']);

/** Words of a date a row must be done by, which starts no time of its own. */
const DEADLINE_WORDS = new Set(['due', 'deadline', 'expiry', 'expires', 'expected', 'target']);

/**
 * The date column before `end` in the table's order, past deadlines: when the row's time started
 * ("days to get paid" from the invoice's date, not its due date).
 */
export function startBefore(end: ColumnInfo, table: TableInfo): ColumnInfo | undefined {
	const dates = table.columns.filter(isDateColumn);
	const before = dates.slice(0, Math.max(0, dates.indexOf(end)));
	return before.reverse().find((c) => !nameWords(c).some((w) => DEADLINE_WORDS.has(w)));
}

/** True when the dates of `a` come after those of `b` (their profiles' least and greatest). */
export function isLater(a: ColumnInfo, b: ColumnInfo): boolean {
	const [pa, pb] = [a.profile, b.profile];
	if (!pa || !pb) return false;
	const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
	const [amin, amax, bmin, bmax] = [pa.min, pa.max, pb.min, pb.max].map(text);
	return amin >= bmin && amax >= bmax && (amin > bmin || amax > bmax);
}

export interface Reading {
	start: ColumnInfo;
	end: ColumnInfo;
	/** Index of the reading's last item. */
	last: number;
	/** Items inside the words that stay as they are: "a householder application". */
	kept: number[];
}

/** A value named inside the words of a date ("receiving a householder application"). */
export const isValueRef = (item: Item | undefined) =>
	item?.type === 'ref' &&
	item.cands.length > 0 &&
	item.cands.every((c) => c.target.kind === 'value');

/** Words of a date column that says when a row's time ended. */
const ENDING = new Set(
	(
		'end ended finish finished complete completed close closed resolve resolved return ' +
		'returned collect collected unplugged checkout departure discharge discharged leave left'
	).split(' ')
);

export const isReturn = (c: ColumnInfo) => nameWords(c).some((w) => formsOf(w).has('return'));
export const isEnding = (c: ColumnInfo) => nameWords(c).some((w) => ENDING.has(w));

/** Whether a reference names this table, or a column or value of it. */
export function isOfTable(item: Item, table: TableInfo): boolean {
	if (item.type !== 'ref') return false;
	// ("the car" is no loose 'Carrot' of a bakery's flavours)
	return item.cands.some(({ target, isLoose }) =>
		target.kind === 'table' || target.kind === 'metric'
			? target.table === table
			: target.column.table === table && !isLoose
	);
}

/** Words of a number column that already holds how long each row took. */
const LENGTH_WORDS = new Set(
	'duration length min mins minute minutes hour hours hr hrs day days night nights'.split(' ')
);

export function storesLength(table: TableInfo): boolean {
	return table.columns.some(
		(c) => c.kind === 'number' && !c.between && c.words.some((w) => LENGTH_WORDS.has(w))
	);
}

/** Words of the moment a booking or an order was made, ahead of the day it is for. */
const BOOKING_WORDS = new Set(['booked', 'book', 'booking', 'ordered', 'order', 'placed']);

/**
 * `booked_on` (a timestamp) beside `arrival`: when a booking was made and the day it is for
 * (the first date that is no end: `collectedOn` of a repair is not the day it was for).
 */
export function bookedAndFor(
	table: TableInfo,
	own: ColumnInfo[],
	isAnyType = false
): { booked: ColumnInfo; day: ColumnInfo } | undefined {
	const booked = own.filter(
		(c) => (isAnyType || /TIMESTAMP/i.test(c.type)) && c.words.some((w) => BOOKING_WORDS.has(w))
	);
	if (booked.length !== 1) return undefined;
	const days = table.columns.filter(
		(c) => isDateColumn(c) && c !== booked[0] && /^DATE$/i.test(c.type) && !isEnding(c)
	);
	return days.length > 0 ? { booked: booked[0], day: days[0] } : undefined;
}

/** Verbs of making a booking or an order, said after "days notice" ("do people give"). */
const BOOKING_VERBS = new Set(
	'give gives gave given book books booked booking order orders ordered make made place placed'.split(
		' '
	)
);

/**
 * "days notice do people give", "days ahead that parents book", "days in advance": the time
 * from a booking to the day it is for. The index of the last item of those words, if said.
 */
export function noticeAt(items: Item[], at: number): number | undefined {
	const item = items[at];
	const word = item?.type === 'word' ? item.norm : '';
	const isAdvance = isKw(item, 'in') && items[at + 1]?.words.toLowerCase() === 'advance';
	if (word !== 'notice' && word !== 'ahead' && !isAdvance) return undefined;
	let last = isAdvance ? at + 1 : at;
	for (let j = last + 1; j < items.length && j <= last + 4; j++) {
		const next = items[j];
		const isVerb = isBookingVerb(next);
		// ("parents book": who books, before the verb)
		const isWho =
			(next.type === 'ref' || next.type === 'word') &&
			!isValueRef(next) &&
			isBookingVerb(items[j + 1]);
		if (!isFiller(next) && !isVerb && !isWho) break;
		if (isVerb) last = j;
	}
	return last;
}

const isBookingVerb = (item: Item | undefined) =>
	!!item && item.type !== 'kw' && wordsOf(item).length === 1 && BOOKING_VERBS.has(wordsOf(item)[0]);
