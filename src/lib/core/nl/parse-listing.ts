/**
 * A list of numbers limited in time ("AMZN prices in the last 6 months", "net generation from
 * coal between 2005 and 2010"). The numbers alone cannot be read without their dates, so the
 * date or year column is shown first. A quantity that adds up over time (output, sales, births;
 * not a population) named over a span of time ("births in July 2008") may ask for its total as
 * much as for each row: that reading is not sure.
 */
import { settleAmountShown } from './amount-shown';
import { note, UNPLACED_WORD_PENALTY, type ParseState } from './parse-state';
import { impliedAggregate, isIdentifierColumn, labelColumn, timeColumn } from './planner-helpers';
import type { ColumnInfo } from './lexicon';
import { isSingularWords } from './text';
import { lineIdentifier } from './weights';

const SPAN_OPS = new Set(['between', 'gt', 'gte', 'lt', 'lte']);
const LISTING_FACTOR = 0.5;
/** Additive across places but not across time: a population is counted at a moment. */
export const STOCK_WORDS = new Set(['population', 'pop', 'inhabitants', 'residents']);

export function settleListing(state: ParseState): void {
	const intent = state.intent;
	ofNumbers(state);
	perAmount(state);
	oneOfMany(state);
	mostOfText(state);
	whichOfLines(state);
	rowsWithTheirColumns(state);
	settleAmountShown(state);
	if (intent.mode !== 'rows' || intent.select.length === 0) return;
	if (!intent.select.every((c) => c.kind === 'number')) return;
	const timeFilters = intent.filters.filter((f) => !f.column);
	if (timeFilters.length === 0) return;
	const time = intent.timeColumn ?? timeColumn(intent.select[0].table);
	if (!time || time.table !== intent.select[0].table) return;
	if (!intent.select.includes(time)) {
		intent.select.unshift(time);
		note(state, '', 'column', `show "${time.name}" with each number`);
	}
	const isSpan = timeFilters.some((f) => f.relative || SPAN_OPS.has(f.op));
	const additive = intent.select.find(
		(c) => c !== time && impliedAggregate(c) === 'sum' && !c.words.some((w) => STOCK_WORDS.has(w))
	);
	// (the list asked for, or offered as the other reading of a total, is no doubt)
	if (!isSpan || !additive || state.isListForced || asksToSee(state)) return;
	const words = intent.interpretation.find((i) => i.meaning === `show "${additive.name}"`)?.words;
	if (!words) return;
	intent.factors.push({
		reason: `"${words}" over a span of time can mean its total or each row`,
		factor: LISTING_FACTOR
	});
}

/**
 * "frozen members with their last visit", "the members with their age": rows named by their
 * noun and listed "with" some of their columns are each shown by what names them (`Full Name`),
 * then those columns.
 */
function rowsWithTheirColumns(state: ParseState): void {
	const intent = state.intent;
	if (intent.mode !== 'rows' || intent.select.length === 0 || intent.tables.length !== 1) return;
	if (intent.measures.length > 0 || intent.groups.length > 0 || intent.order) return;
	const said = intent.interpretation.find((i) => i.kind === 'table');
	if (!said || isSingularWords(said.words)) return;
	const at = state.items.findIndex((x) => x.words === said.words);
	const next = state.items.slice(at + 1).find((x) => x.type !== 'word' || x.norm !== 'their');
	if (at < 0 || next?.type !== 'kw' || next.kw !== 'with') return;
	// (a reference number names no one: "1 star reviews with date and brand" shows those two)
	const label = labelColumn(intent.tables[0]);
	if (!label || intent.select.includes(label) || isIdentifierColumn(label)) return;
	intent.select.unshift(label);
	note(state, said.words, 'column', `show "${label.name}" for each row`);
}

/**
 * "which delivery orders haven't been delivered" of order lines: the rows are lines of orders,
 * so the orders asked for are their distinct order numbers, not every line.
 */
function whichOfLines(state: ParseState): void {
	const intent = state.intent;
	// ("which delivery orders": the thing asked about may be read as a condition first)
	if (!state.which || intent.mode !== 'rows' || intent.select.length > 0) return;
	if (intent.measures.length > 0 || intent.groups.length > 0 || intent.tables.length !== 1) return;
	const said = intent.interpretation.find((i) => i.kind === 'table');
	const orders = said && lineIdentifier(intent.tables[0], said.words);
	if (!orders || isSingularWords(said.words)) return;
	intent.select = [orders];
	intent.isEachRow = false;
	said.meaning = `${said.meaning}: each "${orders.name}" once (the rows are lines)`;
}

/** Reading two amounts side by side for "X of Y" leaves "of" unsaid: the answer is unsure. */
const OF_NUMBERS_FACTOR = 0.5;

/**
 * "the cost of solar power", "the weight of horsepower": two number columns joined by "of" are
 * no list of both (the cost is not of the solar power); the reading is not sure.
 */
function ofNumbers(state: ParseState): void {
	const intent = state.intent;
	if (intent.mode !== 'rows') return;
	const shown = (k: number) => {
		const item = state.items[k];
		return (
			item?.type === 'ref' &&
			intent.select.some(
				(c) =>
					c.kind === 'number' &&
					item.cands[0]?.target.kind === 'column' &&
					item.cands[0].target.column === c
			)
		);
	};
	const at = state.items.findIndex(
		(item, k) => item.type === 'word' && item.norm === 'of' && shown(k - 1) && shown(k + 1)
	);
	if (at < 0) return;
	const words = `${state.items[at - 1].words} of ${state.items[at + 1].words}`;
	intent.factors.push({
		reason: `"${words}" is not two columns side by side`,
		factor: OF_NUMBERS_FACTOR
	});
}

/** A group per reading of an amount ("cost per kwh" by each kWh value) is no sure answer. */
const PER_AMOUNT_FACTOR = 0.5;

/**
 * "average cost per kwh": "per" an amount measured in many values asks for a rate, not a group
 * for each value of it; the reading is not sure.
 */
function perAmount(state: ParseState): void {
	const intent = state.intent;
	const group = intent.groups.find((g) => {
		if (g.column.kind !== 'number' || g.grain || (g.column.profile?.distinctCount ?? 0) <= 50) {
			return false;
		}
		return state.items.some(
			(item, k) =>
				item.type === 'kw' &&
				item.words.toLowerCase() === 'per' &&
				state.items[k + 1]?.words === g.words
		);
	});
	if (!group) return;
	intent.factors.push({
		reason: `"per ${group.words}" reads as a rate, not a group for each value`,
		factor: PER_AMOUNT_FACTOR
	});
}

/** Words that ask to see the rows themselves, or how much of something (no count of rows). */
const LISTING_WORDS = new Set(
	'show list display give find get see view print which what who where when how much all every each those these them details'.split(
		' '
	)
);

/** The question asks to see rows ("show", "list", "which"), or how much of something. */
export function saysListing(state: ParseState): boolean {
	return state.items.some((item) =>
		item.words
			.toLowerCase()
			.split(/\s+/)
			.some((w) => LISTING_WORDS.has(w))
	);
}

/** "show …", "list …": the rows asked for as they are. */
function asksToSee(state: ParseState): boolean {
	return state.items.some((item) => /^(show|list|display|print|view)$/i.test(item.words));
}

/** One number asked for, many rows that hold it: which one, or their total or average? */
const ONE_OF_MANY_FACTOR = 0.5;

/**
 * "what's our bounce rate on mobile": "what is" a number of rows a condition only sorts into
 * groups (many mobile rows, each with its rate) asks for one number; listing every row's is no
 * sure answer. A condition that names one row ("population of Peru") looks that row up.
 */
function oneOfMany(state: ParseState): void {
	const intent = state.intent;
	const [first] = state.items;
	if (intent.mode !== 'rows' || intent.select.length !== 1 || intent.order) return;
	if (intent.limit !== undefined || intent.select[0].kind !== 'number') return;
	if (first?.type !== 'word' || !/^what('?s)?$/i.test(first.words)) return;
	const filters = intent.filters;
	const sorts = (f: (typeof filters)[number]) => {
		const column = f.column;
		const rows = column?.table.rowCount;
		if (!column || column.kind !== 'text' || f.op !== 'eq' || !rows) return false;
		return (column.profile?.distinctCount ?? rows) < 0.5 * rows;
	};
	if (filters.length === 0 || !filters.every(sorts)) return;
	intent.factors.push({
		reason: `"${intent.select[0].name}" of many rows could be one number or each row's`,
		factor: ONE_OF_MANY_FACTOR
	});
}

/**
 * "which members came to the most classes" read as rows sorted by a `car_class` of text: "the
 * most" of words has no order of its own (it counts), so the reading is not sure.
 */
function mostOfText(state: ParseState): void {
	const order = state.intent.order;
	if (!order?.column || order.column.kind !== 'text') return;
	if (!/\b(most|least|fewest|highest|lowest|biggest|largest|smallest)\b/i.test(order.words)) return;
	state.intent.factors.push({
		reason: `"${order.words}" ranks words of "${order.column.name}", which have no size`,
		factor: ONE_OF_MANY_FACTOR
	});
}

/**
 * "countries whose currency is EUR": a column shown only because a filter fixes it to one value
 * says which rows are meant; showing it would list that value. The rows are shown instead,
 * and a plural that named the column names them.
 */
export function dropFixedColumns(state: ParseState): void {
	const intent = state.intent;
	const isFixed = (c: ColumnInfo) =>
		intent.filters.some(
			(f) => f.column === c && (f.op === 'in' || (f.op === 'eq' && f.values.length === 1))
		);
	looseFixedColumns(state, isFixed);
	if (intent.select.length === 0 || !intent.select.every(isFixed)) return;
	const names = new Set(intent.select.map((c) => `show "${c.name}"`));
	const table = intent.select[0].table;
	intent.select = [];
	intent.interpretation = intent.interpretation.flatMap((x) => {
		if (x.kind !== 'column' || !names.has(x.meaning)) return [x];
		// ("hydraulic and pneumatic faults": the plural names the rows, which can be counted)
		return isSingularWords(x.words) ? [] : [{ ...x, kind: 'table', meaning: table.humanName }];
	});
	if (!intent.tables.includes(table)) intent.tables.push(table);
}

/**
 * "what grades did our gcse students get" with "grades" read loosely as `Level`, which "gcse"
 * fixes: showing a column every picked row holds the same value in answers nothing, so the loose
 * word meant something else. It stays unplaced; "show level for gcse students" said outright is kept.
 */
function looseFixedColumns(state: ParseState, isFixed: (c: ColumnInfo) => boolean): void {
	const intent = state.intent;
	for (const column of intent.select.filter(isFixed)) {
		if (intent.select.length < 2) return;
		const shown = intent.interpretation.find(
			(x) => x.kind === 'column' && x.meaning === `show "${column.name}"`
		);
		const item = shown && state.items.find((x) => x.type === 'ref' && x.words === shown.words);
		if (item?.type !== 'ref' || !item.cands[0]?.isLoose) continue;
		intent.select = intent.select.filter((c) => c !== column);
		intent.interpretation = intent.interpretation.filter((x) => x !== shown);
		intent.unknown.push({ words: item.words, penalty: UNPLACED_WORD_PENALTY });
	}
}
