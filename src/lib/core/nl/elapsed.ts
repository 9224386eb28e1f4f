/**
 * Time between two dates of a row: "average days between the call and the visit", "median days
 * from brew day to packaging", "how many days after the due date do people pay", "average days
 * to sell", "how long do people take to pay me". Each end is a date column named by a word
 * of its name in any form ("the call" → `dateCalled`, "ordering" → `Order Date`, "sell" →
 * `Date Sold`). The words become one column Quarry derives: the days (or hours, minutes,
 * weeks) from one date to the other.
 */
import type { ColumnInfo, PreparedCatalog, TableInfo } from './lexicon';
import type { Candidate, Item } from './matcher';
import { splitName } from './text';
import { betweenColumn } from './span-column';
import {
	bookedAndFor,
	noticeAt,
	DATE_WORDS,
	endAt,
	isDateColumn,
	isEnding,
	isFiller,
	isKw,
	isLater,
	isOfTable,
	isReturn,
	isValueRef,
	startBefore,
	storesLength,
	type Reading
} from './elapsed-dates';

type ElapsedUnit = 'minute' | 'hour' | 'day' | 'week';

const UNITS: Record<string, ElapsedUnit> = {
	minute: 'minute',
	minutes: 'minute',
	mins: 'minute',
	hour: 'hour',
	hours: 'hour',
	hrs: 'hour',
	day: 'day',
	days: 'day',
	week: 'week',
	weeks: 'week'
};

/** Verbs of keeping a thing for the time between a row's first date and its last. */
const KEEP_WORDS = new Set(['keep', 'keeps', 'kept', 'keeping', 'hold', 'held', 'borrow']);

/** The index of the first item from k that is one of the keywords, past values and words. */
function nextKw(items: Item[], k: number, kws: string[]): number | undefined {
	for (let j = k; j < items.length && j < k + 5; j++) {
		if (isKw(items[j], ...kws)) return j;
		if (items[j].type === 'kw' && !isKw(items[j], 'in')) return undefined;
	}
	return undefined;
}

/** "days between A and B", "days from A to B": the earlier of the two dates first. */
function betweenAt(items: Item[], at: number, table: TableInfo): Reading | undefined {
	const joint = nextKw(items, at + 1, ['and', 'to', 'before']);
	if (joint === undefined) return undefined;
	const first = endAt(items, at + 1, table);
	const second = endAt(items, joint + 1, table);
	const kept: number[] = [];
	for (let j = (first?.last ?? at) + 1; j < joint; j++) {
		const isTable = items[j].type === 'ref' && !isValueRef(items[j]);
		if (isValueRef(items[j])) kept.push(j);
		else if (first && !isFiller(items[j]) && !isTable) return undefined;
	}
	// ("between a bike coming in and being collected": the other of the table's two dates)
	const dates = table.columns.filter(isDateColumn);
	const other = (c: ColumnInfo) => (dates.length === 2 ? dates.find((d) => d !== c) : undefined);
	const a = first?.column ?? (second && other(second.column));
	if (!a || !second || second.column === a) return undefined;
	const [start, end] = isLater(a, second.column) ? [second.column, a] : [a, second.column];
	return { start, end, last: second.last, kept };
}

/** The two dates the words after the unit (at k) name, in one table. */
function readingAt(
	items: Item[],
	k: number,
	table: TableInfo,
	isHowLong: boolean,
	isOnly: boolean
): Reading | undefined {
	let at = k;
	while (isFiller(items[at])) at++;
	const item = items[at];
	if (isKw(item, 'between', 'from')) return betweenAt(items, at, table);
	if (isKw(item, 'after', 'before')) {
		// "days after the due date do people pay": the due date, then paying
		const anchor = endAt(items, at + 1, table);
		// (an anchor that names no date is one noun: "after a gift")
		let noun = at + 1;
		while (isFiller(items[noun])) noun++;
		const deed = endAt(items, (anchor?.last ?? noun) + 1, table);
		// ("days after a gift do we send the thank you": the date before the deed's)
		const from = anchor?.column ?? (deed && startBefore(deed.column, table));
		if (!from || !deed || deed.column === from) return undefined;
		const isAfter = isKw(item, 'after');
		const [start, end] = isAfter ? [from, deed.column] : [deed.column, from];
		return { start, end, last: deed.last, kept: [] };
	}
	// ("days to resolve" of a table whose dates Quarry already reads as a time to resolve)
	const derived =
		item?.type === 'ref' ? item.cands.find((c) => c.target.kind === 'column') : undefined;
	const between = derived?.target.kind === 'column' ? derived.target.column.between : undefined;
	if (between && between.start.table === table) {
		return { start: between.start, end: between.end, last: at, kept: [] };
	}
	if (isKw(item, 'to')) {
		// "days to sell", "days people take to pay": from the date before the deed's own
		const deed = endAt(items, at + 1, table);
		const start = deed && startBefore(deed.column, table);
		// ("hours to return" of rentals that keep their length in `days`: that length)
		if (!deed || !start || (isEnding(deed.column) && storesLength(table))) return undefined;
		return { start, end: deed.column, last: deed.last, kept: [] };
	}
	const notice = noticeAt(items, at);
	if (notice !== undefined) {
		const booking = bookedAndFor(table, table.columns.filter(isDateColumn), true);
		if (!booking) return undefined;
		return { start: booking.booked, end: booking.day, last: notice, kept: [] };
	}
	const verbs = isHowLong ? LASTING_WORDS : KEEP_WORDS;
	return keptAt(items, at, table, verbs, isOnly);
}

/** Verbs of the time a row lasts, from its first date to its last. */
const LASTING_WORDS = new Set([...KEEP_WORDS, 'take', 'takes', 'last', 'lasts']);

/**
 * "how long do we keep a bottle before drinking it", "days an item was kept", "how long does a
 * public charge take": from the row's first date to the deed's date after "before", or else to
 * the date of its return, or else its last of two dates. Values on the way stay ("public").
 */
function keptAt(
	items: Item[],
	at: number,
	table: TableInfo,
	verbs: ReadonlySet<string>,
	isOnly: boolean
): Reading | undefined {
	const kept: number[] = [];
	let verb = at;
	// the thing kept, before or after the verb: "an item was kept", "keep a tool"
	const isThing = (x: Item | undefined) => x?.type === 'ref' || x?.type === 'word';
	const isLasting = (x: Item | undefined) =>
		x?.type === 'word' && verbs.has(x.norm) && !isKw(items[items.indexOf(x) + 1], 'to');
	while (verb < at + 4 && !isLasting(items[verb])) {
		if (!isThing(items[verb]) && !isFiller(items[verb])) return undefined;
		if (isValueRef(items[verb])) kept.push(verb);
		verb++;
	}
	if (!isLasting(items[verb])) return undefined;
	let last = verb;
	// ("keep a drill": a value kept as what it says)
	while (isFiller(items[last + 1]) && items[last + 2]?.type === 'ref') last += 2;
	if (items[last + 1]?.type === 'ref' && last === verb) last++;
	if (last > verb && isValueRef(items[last])) kept.push(last);
	// (in a workspace, the thing is one of this table's: "a tool", "a public charge")
	const things = items.slice(at, last + 1).filter((x) => x.type === 'ref');
	if (!things.some((x) => isOfTable(x, table)) && !isOnly) return undefined;
	// ("how long does a full groom take" of a table that keeps each one's length)
	if (storesLength(table)) return undefined;
	if (isKw(items[last + 1], 'before')) {
		const deed = endAt(items, last + 2, table);
		const start = deed && startBefore(deed.column, table);
		if (deed && start) return { start, end: deed.column, last: deed.last, kept };
	}
	const dates = table.columns.filter(isDateColumn);
	const isKeep = KEEP_WORDS.has((items[verb] as Item & { norm: string }).norm);
	const ends = dates.slice(1).filter((c) => isEnding(c) || (isKeep && isReturn(c)));
	const isTimes = dates.length === 2 && dates.every((c) => /TIMESTAMP/i.test(c.type));
	const end = ends.length === 1 ? ends[0] : isTimes && !isKeep ? dates[1] : undefined;
	return end ? { start: dates[0], end, last, kept } : undefined;
}

/** The column of the days (hours, …) from `start` to `end`, made for this question. */
function elapsedColumn(reading: Reading, unit: ElapsedUnit): ColumnInfo {
	const { start, end } = reading;
	const verb = splitName(end.name)
		.map((w) => w.toLowerCase())
		.filter((w) => !DATE_WORDS.has(w))
		.join('_');
	// (no column of the catalog: an id of its own, from the two it is made of)
	const id = -1 - (start.id * 4096 + end.id);
	return betweenColumn(id, { start, end, unit, verb: verb || 'end' });
}

/** The unit said as "in hours" after the words, for "how long". */
function askedUnit(items: Item[], from: number): ElapsedUnit | undefined {
	for (let k = from; k < items.length - 1; k++) {
		if (!isKw(items[k], 'in')) continue;
		const next = items[k + 1];
		const word = next.type === 'grain' ? next.grain : next.words.toLowerCase();
		if (Object.hasOwn(UNITS, word)) return UNITS[word];
	}
	return undefined;
}

function unitAt(item: Item): ElapsedUnit | undefined {
	const word = item.type === 'grain' ? item.grain : item.type === 'word' ? item.norm : '';
	return Object.hasOwn(UNITS, word) ? UNITS[word] : undefined;
}

/** Comparisons a time is bounded by. */
const BOUNDS = new Set(['gt', 'lt', 'gte', 'lte']);

/** "more than a", "under 3" before the unit: the number of units the time is compared with. */
function boundBefore(out: Item[]): number | undefined {
	const [compare, amount] = out.slice(-2);
	if (out.length < 2 || compare.type !== 'kw' || !BOUNDS.has(compare.kw)) return undefined;
	if (amount.type === 'num') return amount.value;
	return amount.type === 'word' && ['a', 'an', 'one'].includes(amount.norm) ? 1 : undefined;
}

/**
 * The items with each "days between …", "days to …", "how long … take to …" read as one column
 * of the time between two dates, in every table that has both.
 */
export function elapsedBetween(items: Item[], prepared: PreparedCatalog): Item[] {
	const out: Item[] = [];
	for (let k = 0; k < items.length; k++) {
		const item = items[k];
		const isHowLong =
			item.type === 'word' && item.norm === 'how' && items[k + 1]?.words.toLowerCase() === 'long';
		const unitSaid = isHowLong ? undefined : unitAt(item);
		if (!isHowLong && !unitSaid) {
			out.push(item);
			continue;
		}
		const after = isHowLong ? k + 2 : k + 1;
		const found = prepared.tables.flatMap((table) => {
			// ("how long does a full groom take" of a table that keeps each one's length)
			if (table.columns.filter(isDateColumn).length < 2) return [];
			const reading = readingAt(items, after, table, isHowLong, prepared.tables.length === 1);
			return reading ? [reading] : [];
		});
		if (found.length === 0) {
			out.push(item);
			continue;
		}
		const last = Math.max(...found.map((r) => r.last));
		const cands: Candidate[] = found.map((reading) => {
			const isTimestamp = [reading.start, reading.end].some((c) => /TIMESTAMP/i.test(c.type));
			const unit = unitSaid ?? askedUnit(items, last + 1) ?? (isTimestamp ? 'hour' : 'day');
			return {
				target: { kind: 'column', column: elapsedColumn(reading, unit) },
				score: 1,
				isLoose: false
			};
		});
		const kept = new Set(found.flatMap((r) => r.kept));
		const said = (from: Item[]) =>
			from.filter((x) => !kept.has(items.indexOf(x))).map((x) => x.words);
		const bound = boundBefore(out);
		if (bound) {
			// "jobs that took more than a week from drop off to collection": the time compared
			const [compare, amount] = out.splice(-2);
			const words = said(items.slice(k, last + 1)).join(' ');
			out.push({ start: item.start, end: items[last].end, words, type: 'ref', cands });
			out.push(compare, { ...amount, type: 'num', value: bound, raw: amount.words });
		} else {
			// "how many days between": the count is of the days, the number the column holds
			const prev = out.at(-1);
			const isNumberOf = prev?.type === 'kw' && prev.kw === 'count' && !isHowLong;
			const first = isNumberOf ? out.pop()! : item;
			const words = said([first, ...items.slice(isNumberOf ? k : k + 1, last + 1)]).join(' ');
			out.push({ start: first.start, end: items[last].end, words, type: 'ref', cands });
		}
		out.push(...[...kept].sort((a, b) => a - b).map((j) => items[j]));
		k = last;
	}
	return out;
}
