/**
 * Money taken, asked with a verb: "how much have we taken in cash", "how much did we make in
 * 2023", "which show took the most", "which customer do we bill the most". The verb names the
 * money each row brought in (the table's takings column, when it has one).
 */
import type { Aggregate } from './intent';
import type { ColumnInfo, TableInfo } from './lexicon';
import { MONEY_NAME_WORDS, MONEY_VERBS, SPEND_WORDS, takingsColumn } from './money-column';
import { asksHowMuch } from './parse-counted';
import { isDoerOfAsked, isSourceOfMoney, readAsAll } from './parse-guards';
import { addMeasure } from './parse-refs';
import { note, tableInView, type ParseState } from './parse-state';
import { isCurrencyNamed } from './planner-helpers';
import { splitName } from './text';

/**
 * Verbs of money coming in ("how much did we take", "… make in 2023", "… earn", "… charge"),
 * or going out ("how much did we spend on wine").
 */
const TAKE_VERBS = new Set([
	...'take taken took takes make made makes earn earned earnt'.split(' '),
	...'bring brought bank banked bill billed'.split(' '),
	...MONEY_VERBS,
	...SPEND_WORDS
]);

/** Verbs of money going back out ("given away in discounts", "paid out in refunds"). */
const GIVE_VERBS = new Set('give gives gave given giving hand handed'.split(' '));
const PARTICLES_OF_GIVING = new Set(['away', 'back', 'out', 'off']);

/** Words of a log of what was bought: its rows are money spent. */
const BOUGHT_WORDS = new Set(
	'bought buy purchase purchased purchases receipt receipts expense expenses claim claims'.split(
		' '
	)
);

/**
 * "how much did we spend on wine": of a log of what was bought (`Date Bought`, "Grocery
 * receipts"), its one cost, or else the one amount of money each row holds. A log of
 * sales ("how much did we spend" of a bike shop's jobs) says nothing of what was spent.
 */
function spentColumn(table: TableInfo): ColumnInfo | undefined {
	const names = [...table.columns.flatMap((c) => c.words), ...splitName(table.humanName)];
	if (!names.some((w) => BOUGHT_WORDS.has(w.toLowerCase()))) return undefined;
	const costs = table.columns.filter((c) => c.kind === 'number' && c.words.includes('cost'));
	return costs.length === 1 ? costs[0] : costs.length > 1 ? undefined : takingsColumn(table);
}

/**
 * "how much have we taken in cash", "how much did guys and dolls take": "how much" and a verb
 * of money coming in, nothing else measured, ask for the total of the money each row brought
 * in (the table's takings column), when it has one.
 */
export function takingsAskedHowMuch(state: ParseState): void {
	takingsOfVerb(state);
	settleMoneyVerb(state);
	settleTakingsVerb(state);
}

/**
 * "which site makes the most money", "which service brings in the most money", "how much have
 * i given back in refunds": a verb of money coming in or given back beside a measure of the
 * table's takings (or another amount of money) is its verb.
 */
function settleTakingsVerb(state: ParseState): void {
	const intent = state.intent;
	const isTakings = (c?: ColumnInfo) => !!c && (takingsColumn(c.table) === c || isMoney(c));
	if (!intent.measures.some((m) => isTakings(m.column))) return;
	const verbs = new Set<string>();
	const addParticle = (k: number) => {
		const next = state.items[k];
		if (next?.type === 'word' && PARTICLES_OF_GIVING.has(next.norm)) verbs.add(next.words);
	};
	state.items.forEach((x, k) => {
		// ("given" may have matched a column loosely: `Amount Paid (£)`)
		const isGiven = GIVE_VERBS.has(x.words.toLowerCase());
		// ("given away in discounts", "given back in refunds": the verb's particle with it)
		if (isGiven) addParticle(k + 1);
		if (x.type !== 'word') return;
		if ((TAKE_VERBS.has(x.norm) && !SPEND_WORDS.has(x.norm)) || isGiven) verbs.add(x.words);
	});
	intent.unknown = intent.unknown.filter((u) => !verbs.has(u.words));
}

function takingsOfVerb(state: ParseState): void {
	const intent = state.intent;
	// "which client do we bill the most": the rows counted for "most" are the money instead
	const [counted] = intent.measures;
	const isRanked =
		intent.measures.length === 1 &&
		counted.agg === 'count' &&
		!counted.column &&
		intent.order?.measure === 0 &&
		intent.groups.length === 1;
	if (!isRanked && (!asksHowMuch(state) || intent.measures.length > 0)) return;
	// ("how much did we take from dogs that turned up": all of them, no list of dogs)
	const isFromAll =
		!isRanked &&
		intent.groups.length === 0 &&
		intent.select.every(
			(c) => c.kind === 'text' && (isSourceOfMoney(state, c) || isDoerOfAsked(state, c))
		);
	if (intent.select.length > 0 && !isFromAll) return;
	const at = state.items.findIndex((x) => x.type === 'word' && TAKE_VERBS.has(x.norm));
	const tables = intent.tables.length > 0 ? intent.tables : [...state.preferredTables];
	if (at < 0 || tables.length !== 1) return;
	// ("spent with us" is read as paid: money taken)
	const found = state.items[at];
	const isSpent = found.type === 'word' && SPEND_WORDS.has(found.norm);
	const column = isSpent ? spentColumn(tables[0]) : takingsColumn(tables[0]);
	if (!column) return;
	const verb = state.items[at].words;
	state.used[at] = true;
	intent.unknown = intent.unknown.filter((u) => u.words !== verb);
	notActivity(state, verb);
	readAsAll(state, intent.select.splice(0));
	if (intent.mode === 'rows') intent.mode = 'aggregate';
	if (!intent.tables.includes(tables[0])) intent.tables.push(tables[0]);
	if (!isRanked) {
		addMeasure(state, { agg: 'sum', column, words: `how much ${verb}` });
		return;
	}
	intent.measures[0] = { agg: 'sum', column, words: `${verb} ${counted.words}` };
	const noted = intent.interpretation.find(
		(x) => x.kind === 'aggregate' && x.words === counted.words
	);
	if (noted)
		Object.assign(noted, { words: `${verb} ${counted.words}`, meaning: `sum of "${column.name}"` });
}

/**
 * "how much did we make": a verb first read as what the rows record ("make" of a day-care's
 * visits) is the money taken instead.
 */
function notActivity(state: ParseState, verb: string): void {
	const intent = state.intent;
	const said = verb.toLowerCase();
	if (!intent.activities?.includes(said)) return;
	intent.activities = intent.activities.filter((a) => a !== said);
	intent.interpretation = intent.interpretation.filter(
		(x) => !(x.kind === 'table' && x.words === verb)
	);
	intent.factors = intent.factors.filter(
		(f) => f.reason !== `"${verb}" read as what the rows record`
	);
}

/**
 * "the highest daily rate we've charged", "highest price per liter we ever paid": a verb of money
 * charged or paid beside an amount of money the reading already has says what that money is.
 * Without one, "the average we charge for an iphone screen" is of the table's takings.
 * True when the verb was placed.
 */
export function settleMoneyVerb(state: ParseState, agg?: Aggregate, words?: string): boolean {
	const isUnplaced = (k: number) =>
		!state.used[k] || state.intent.unknown.some((u) => u.words === state.items[k].words);
	const at = state.items.findIndex(
		(x, k) => x.type === 'word' && MONEY_VERBS.has(x.norm) && isUnplaced(k)
	);
	if (at < 0) return false;
	const intent = state.intent;
	const verb = state.items[at].words;
	const money = [
		...intent.measures.map((m) => m.column),
		...intent.select,
		intent.order?.column
	].find((c): c is ColumnInfo => c !== undefined && isMoney(c));
	const table = tableInView(state);
	const takings = agg && !money && table ? takingsColumn(table) : undefined;
	if (!money && !takings) return false;
	state.used[at] = true;
	intent.unknown = intent.unknown.filter((u) => u.words !== verb);
	if (takings && agg) {
		addMeasure(state, { agg, column: takings, words: `${words} ${verb}` });
		return true;
	}
	note(state, verb, 'column', `what "${money!.name}" holds`);
	return true;
}

function isMoney(column: ColumnInfo): boolean {
	return (
		column.kind === 'number' &&
		(isCurrencyNamed(column) || column.words.some((w) => MONEY_NAME_WORDS.has(w) || w === 'price'))
	);
}

/**
 * "total charged for window cleans", "average paid per visit": a verb of money said right after
 * the aggregate is what it is of, the money each row brought in, never a number said later
 * ("windows"). True when the verb was placed.
 */
export function parseMoneyVerbOfAggregate(state: ParseState, i: number): boolean {
	const [prev, item] = [state.items[i - 1], state.items[i]];
	const pending = state.pendingAgg;
	if (item.type !== 'word' || !MONEY_VERBS.has(item.norm) || !pending) return false;
	if (prev?.type !== 'kw' || pending.agg === 'count' || pending.agg === 'count_distinct')
		return false;
	const table = tableInView(state);
	const column = table && takingsColumn(table);
	if (!column) return false;
	state.used[i] = true;
	state.pendingAgg = undefined;
	addMeasure(state, { agg: pending.agg, column, words: `${pending.words} ${item.words}` });
	return true;
}
