/**
 * Last checks that no word of the question is lost by the reading: "the most common type of
 * place" read as one count of every row has lost "most common" (nothing is grouped to rank), a
 * word two columns share is asked about, the highest of an amount across groups is a total, and
 * "how much" is answered with a number.
 */
import { asksHowMuch } from './parse-counted';
import { columnOf, note, UNPLACED_WORD_PENALTY, type ParseState } from './parse-state';
import { impliedAggregate, labelColumn } from './planner-helpers';
import type { ColumnInfo } from './lexicon';
import { isPersonColumn } from './table-shape-entries';
import { ARTICLES } from './vocabulary';

/** A "most" or "least" that ranks nothing: one aggregate row, no groups, no time unit. */
export function settleEmptyRanking(state: ParseState): void {
	const intent = state.intent;
	if (state.orderAgg !== 'most' && state.orderAgg !== 'least') return;
	if (intent.mode !== 'aggregate' || intent.groups.length > 0 || intent.timeGrain) return;
	if (!intent.measures.every((m) => m.agg === 'count' && !m.column)) return;
	intent.refusal = {
		reason: `"${state.rank?.words ?? state.orderAgg}" ranks nothing: no column says what to count for each.`,
		suggestions: ['Name what to rank, e.g. "the most common <column>".']
	};
}

/** Two columns a word could mean, neither preferred: the engine asks which. */
export function settleAmbiguity(state: ParseState): void {
	const first = state.intent.ambiguous[0];
	if (!first) return;
	const names = [...new Set(first.columns.map((c) => `"${c.name}"`))];
	state.intent.refusal = {
		reason: `"${first.words}" could mean ${names.join(' or ')}.`,
		suggestions: first.columns.slice(0, 4).map((c) => `Use the full name, e.g. "${c.name}".`)
	};
}

/**
 * "which region (or day) has the highest sales": ranking groups by the highest of an additive quantity
 * (sales, amounts, counts) means its total, not the one largest row. An explicit "max" or
 * "maximum" keeps the largest row, and other quantities (a price, a temperature) keep theirs.
 */
export function totalAcrossGroups(state: ParseState): void {
	fastestOfTimes(state);
	const intent = state.intent;
	const measure = intent.measures[0];
	if (!measure?.column || (measure.agg !== 'max' && measure.agg !== 'min')) return;
	const hasGroups = intent.groups.length > 0 || intent.timeGrain !== undefined;
	if (!hasGroups || intent.order?.measure !== 0 || intent.limit === undefined) {
		return;
	}
	if (/\b(?:max|maximum|min|minimum)\b/i.test(measure.words)) return;
	if (impliedAggregate(measure.column) !== 'sum') return;
	measure.agg = 'sum';
	const meaning = `sum of "${measure.column.name}" (the total of each group)`;
	const noted = intent.interpretation.find(
		(n) => n.kind === 'aggregate' && n.words === measure.words
	);
	if (noted) noted.meaning = meaning;
	else note(state, measure.words, 'aggregate', meaning);
}

/** Words of speed that "max" and "min" were read from. */
const SPEED_WORDS = /^(fastest|quickest|slowest)\b/i;
/** Words of a column that holds how long something took. */
const TIME_TAKEN = new Set('time duration elapsed secs seconds mins minutes hours hrs'.split(' '));

/**
 * "fastest corrected time", "slowest elapsed time": speed read as the highest (or lowest) of a
 * column of how long things took is its lowest (or highest): the fastest time is the shortest.
 */
function fastestOfTimes(state: ParseState): void {
	const intent = state.intent;
	const isTaken = (c: ColumnInfo | undefined) =>
		!!c && c.kind === 'number' && (!!c.between || c.words.some((w) => TIME_TAKEN.has(w)));
	for (const m of intent.measures) {
		if ((m.agg !== 'max' && m.agg !== 'min') || !SPEED_WORDS.test(m.words) || !isTaken(m.column))
			continue;
		m.agg = m.agg === 'max' ? 'min' : 'max';
		const noted = intent.interpretation.find((x) => x.kind === 'aggregate' && x.words === m.words);
		if (noted)
			noted.meaning = `${m.agg === 'min' ? 'minimum' : 'maximum'} of "${m.column!.name}" (the ${m.agg === 'min' ? 'shortest' : 'longest'} time)`;
	}
	const order = intent.order;
	const ranked =
		order?.column ??
		(order?.measure !== undefined ? intent.measures[order.measure]?.column : undefined);
	if (order && SPEED_WORDS.test(order.words) && isTaken(ranked))
		order.dir = order.dir === 'desc' ? 'asc' : 'desc';
}

/**
 * "how much have we saved with offers" read as the list of `On Offer` values: the amount asked
 * for is nowhere in a reading that shows no number, so the words are not accounted for.
 */
export function settleAmountAsked(state: ParseState): void {
	const intent = state.intent;
	if (!asksHowMuch(state) || intent.change) return;
	// "how much did we bill each year" read as a count of rows: no amount is in it either
	const isCountOnly =
		intent.measures.length > 0 && intent.measures.every((m) => m.agg === 'count' && !m.column);
	if (isCountOnly) {
		intent.unknown.push({ words: 'how much', penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	if (intent.measures.length > 0) return;
	// (whole rows, "how much was the dearest fill-up", show their amounts)
	if (intent.order || intent.limit !== undefined) return;
	if (totalOfShown(state)) return;
	if (intent.select.length === 0 || intent.select.some((c) => c.kind === 'number')) return;
	intent.unknown.push({ words: 'how much', penalty: UNPLACED_WORD_PENALTY });
}

/**
 * "how much have drivers got in tips" read as a list of drivers and tips: the amount asked is
 * the total of the one amount shown that adds up. Other columns shown beside it leave the
 * question unsure (the total of each, or of all?). True when settled either way.
 */
function totalOfShown(state: ParseState): boolean {
	const intent = state.intent;
	const amounts = intent.select.filter((c) => c.kind === 'number' && impliedAggregate(c) === 'sum');
	if (intent.mode !== 'rows' || amounts.length !== 1) return false;
	const [amount] = amounts;
	const doers = intent.select.filter((c) => c !== amount && isDoerOfAsked(state, c));
	const others = intent.select.filter(
		(c) => c !== amount && c.kind !== 'date' && !doers.includes(c)
	);
	if (others.length > 0) {
		intent.unknown.push({ words: 'how much', penalty: UNPLACED_WORD_PENALTY });
		return true;
	}
	intent.select = [];
	readAsAll(state, doers);
	intent.mode = 'aggregate';
	intent.measures.push({ agg: 'sum', column: amount, words: 'how much' });
	intent.interpretation = intent.interpretation.filter(
		(x) => !(x.kind === 'column' && x.meaning.includes(`"${amount.name}"`))
	);
	note(state, 'how much', 'aggregate', `sum of "${amount.name}"`);
	return true;
}

/**
 * Columns first shown ("dogs" of "how much did we take from dogs") that the total is of, all of
 * them together: their words are read so.
 */
export function readAsAll(state: ParseState, columns: ColumnInfo[]): void {
	for (const column of columns) {
		const read = state.intent.interpretation.find(
			(x) => x.kind === 'column' && x.meaning === `show "${column.name}"`
		);
		if (read) read.meaning = `all of "${column.name}" together`;
	}
}

/** The words right after "how much" that ask of a doer ("how much have", "how much did"). */
const ASKED_OF = new Set(['have', 'has', 'had', 'did', 'do', 'does']);
const OWNERS = new Set([...ARTICLES, 'our', 'my', 'your', 'their', 'all']);

/**
 * "how much have drivers got in tips", "how much did the drivers claim": the people said right
 * after "how much have" do what is totalled, all of them; no list of them is asked.
 */
export function isDoerOfAsked(state: ParseState, column: ColumnInfo): boolean {
	const { items } = state;
	const at = saidAt(state, column);
	const said = items[at];
	if (at < 0 || !said || !/s$/i.test(said.words) || items[2]?.type !== 'word') return false;
	if (!ASKED_OF.has(items[2].norm)) return false;
	return items.slice(3, at).every((x) => x.type === 'ref' || OWNERS.has(x.words.toLowerCase()));
}

/**
 * "how much did we take from dogs that turned up", "spend on wine": the column said after
 * "from" or "on" (past other names) is what the money came from or went on.
 */
export function isSourceOfMoney(state: ParseState, column: ColumnInfo): boolean {
	let k = saidAt(state, column) - 1;
	while (k > 0 && (state.items[k].type === 'ref' || OWNERS.has(state.items[k].words.toLowerCase())))
		k -= 1;
	return k > 0 && /^(from|on)$/i.test(state.items[k].words);
}

/** Where the question names the column the reading shows. */
export function saidAt(state: ParseState, column: ColumnInfo): number {
	const read = state.intent.interpretation.find(
		(x) => x.kind === 'column' && x.meaning === `show "${column.name}"`
	);
	return state.items.findIndex(
		(x, k) =>
			x.type === 'ref' &&
			state.used[k] &&
			x.words === read?.words &&
			x.cands.some((c) => columnOf(c) === column)
	);
}

/**
 * "which mechanic has done the most jobs" read over a `job` column that holds 'Mechanic': the
 * groups are of a column a condition pins to that one value, so the answer is the value the
 * question said and nothing is compared. "average weight per van load" grouped by `Weight (kg)`:
 * the groups are of the very column the aggregate is of, each group its own value. Either
 * reading has lost what was asked.
 */
export function settlePinnedGroups(state: ParseState): void {
	const intent = state.intent;
	for (const group of intent.groups) {
		if (group.grain) continue;
		const measured = intent.measures.find((m) => m.column === group.column);
		if (measured) {
			intent.factors.push({
				reason: `"${group.words}" groups by "${group.column.name}", the column "${measured.words}" is of`,
				factor: 0.5
			});
			continue;
		}
		const pin = intent.filters.find(
			(f) =>
				f.column === group.column &&
				(f.op === 'eq' || f.op === 'ieq') &&
				f.values.length === 1 &&
				!f.part
		);
		if (!pin) continue;
		intent.factors.push({
			reason: `"${group.words}" groups by "${group.column.name}", which "${pin.words}" holds to one value`,
			factor: 0.5
		});
	}
}

/** The words that ask for something the answer must show: "how much", "who". */
export function settleWordsAsked(state: ParseState): void {
	settleAmountAsked(state);
	settleWho(state);
}

/**
 * "who rented plot d14" answered with the years it was let: "who" asks for people, and an
 * answer that shows chosen columns, none of them people nor the rows' names, has not read it.
 * (Whole rows show everything; "who" before a ranking is read by parse-who.ts.)
 */
function settleWho(state: ParseState): void {
	const first = state.items[0];
	if (first?.type !== 'word' || first.norm !== 'who' || state.used[0]) return;
	const intent = state.intent;
	const which = state.which?.target?.kind === 'column' ? [state.which.target.column] : [];
	const shown = [...intent.select, ...intent.groups.map((g) => g.column), ...which];
	if (shown.length === 0 && intent.mode === 'rows') return;
	const isPeople = (c: ColumnInfo) => isPersonColumn(c) || labelColumn(c.table) === c;
	if (shown.some(isPeople)) return;
	intent.unknown.push({ words: first.words, penalty: UNPLACED_WORD_PENALTY });
}
