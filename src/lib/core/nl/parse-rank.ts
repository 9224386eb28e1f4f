/**
 * Ranking rows by a column: the column an adjective names ("heaviest" → weight), a noun after
 * the adjective that names the ranked things, and the order itself.
 */
import type { Aggregate } from './intent';
import type { ColumnInfo, TableInfo } from './lexicon';
import { dimensionColumn, dimensionOf, isFallbackDimension, timeDirection } from './dimensions';
import { addGroup, note, type ParseState, type RefItem } from './parse-state';
import { addMeasure } from './parse-refs';
import { isSaidPlural, isSingularWords } from './text';
import { impliedAggregate, isOnePerRow, labelColumn, timeColumn } from './planner-helpers';
import { isRankedByMeasureAhead } from './parse-top';

/** "the heaviest car": a superlative that names its column. Returns true when applied. */
export function rankByDimension(state: ParseState, words: string, dir: 'asc' | 'desc'): boolean {
	const column = dimensionColumn(words, [...state.preferredTables], state.prepared.tables);
	if (!column) return false;
	dir = timeDirection(words, column) ?? dir;
	// "list everyone by age, youngest first": the adjective says the order, not one row
	const at = state.items.findIndex((x) => x.words === words);
	const first = state.items[at + 1];
	const isOrderOnly = at >= 0 && first?.type === 'kw' && /^first$/i.test(first.words);
	if (isOrderOnly) state.used[at + 1] = true;
	const limit = isOrderOnly ? undefined : (state.rank?.limit ?? 1);
	state.rank = { dir, limit, words, entity: state.rank?.entity };
	state.intent.order = { column, dir, words };
	note(
		state,
		words,
		'order',
		`sort by "${column.name}" ${dir === 'desc' ? 'highest' : 'lowest'} first`
	);
	return true;
}

/**
 * "the 5 richest countries", "the hottest city": an adjective superlative before a column that
 * names things (not amounts) ranks those things by the quantity the adjective names. Sorting
 * the names themselves would answer another question: with no fitting column, refuse.
 */
export function rankAdjectiveNamesColumn(state: ParseState, item: RefItem): boolean {
	const words = state.rank?.words ?? '';
	if (state.orderAgg !== 'max' && state.orderAgg !== 'min') return false;
	if (!dimensionOf(words) && !/(est|most)$/i.test(words.trim())) return false;
	const isNames = item.cands.some(
		(c) => c.target.kind === 'column' && c.target.column.kind === 'text'
	);
	if (!isNames) return false;
	// "largest region" where many rows share a region: its total or its average? Not a guess.
	const named = item.cands.find((c) => c.target.kind === 'column')?.target;
	const isShared = named?.kind === 'column' && isOnePerRow(named.column) === false;
	const isGuess = isFallbackDimension(words) && isShared;
	if (!isGuess && rankByDimension(state, words, state.rank?.dir ?? 'desc')) {
		if (rankGroups(state, item)) return true;
		note(state, item.words, 'table', `the rows ("${item.words}")`);
		return true;
	}
	if (rowsRankedByLater(state, item)) return true;
	state.intent.refusal = {
		reason: `No column says what "${words}" measures for "${item.words}".`,
		suggestions: ['Name the column to rank by, e.g. "the 5 <things> with the highest <column>".']
	};
	return true;
}

/**
 * "the most expensive city" where many rows share a city: the cities ranked by their average
 * price, not the single priciest row. (With one row per city, the rows themselves are ranked.)
 */
function rankGroups(state: ParseState, item: RefItem): boolean {
	const order = state.intent.order;
	const named = item.cands.find(
		(c) => c.target.kind === 'column' && c.target.column.kind === 'text'
	);
	if (!order?.column || named?.target.kind !== 'column') return false;
	const column = named.target.column;
	if (column.table !== order.column.table || isOnePerRow(column) !== false) return false;
	addGroup(state, column, item.words);
	const index = addMeasure(state, { agg: 'avg', column: order.column, words: order.words });
	state.intent.order = { measure: index, dir: order.dir, words: order.words };
	note(
		state,
		order.words,
		'order',
		`the "${column.name}" values by their average "${order.column.name}"`
	);
	return true;
}

/**
 * "least healthy country", "most populous city": most/least, a word for a numeric column, then
 * a noun naming the rows ranks those rows by the column (one for a singular noun).
 */
export function rankEntityAfter(
	state: ParseState,
	i: number,
	column: ColumnInfo,
	words: string
): boolean {
	const next = state.items[i + 1];
	if (next?.type !== 'ref' || state.used[i + 1]) return false;
	const top = next.cands[0].target;
	const isRows =
		(top.kind === 'table' && top.table === column.table) ||
		(top.kind === 'column' && top.column.kind === 'text' && top.column.table === column.table);
	if (!isRows) return false;
	state.used[i + 1] = true;
	setOrder(state, { column, words });
	note(state, words, 'order', `sort by "${column.name}"`);
	note(state, next.words, 'table', `the rows ("${next.words}")`);
	if (state.rank && state.rank.limit === undefined && !isSaidPlural(next.words))
		state.rank.limit = 1;
	return true;
}

export function setOrder(
	state: ParseState,
	order: { measure?: number; column?: ColumnInfo; words: string }
): void {
	state.intent.order = { ...order, dir: state.rank?.dir ?? state.sortDir ?? 'asc' };
}

/**
 * "the 5 smallest countries by area": the superlative names no column, but "by" and the
 * column to rank by follow the ranked rows. Returns true when that is so (the rows noted).
 */
export function rowsRankedByLater(state: ParseState, item: RefItem): boolean {
	if (!isRankedByMeasureAhead(state, state.items.indexOf(item))) return false;
	const top = item.cands[0].target;
	// "largest region by area" where many rows share a region: which total? Not the rows.
	if (top.kind === 'column' && isOnePerRow(top.column) !== true) return false;
	note(state, item.words, 'table', `the rows ("${item.words}")`);
	return true;
}

/**
 * "elements by density", "countries by area from largest to smallest": "by" a number column in
 * which nearly every row has its own value, with nothing to compute, sorts the rows (a count
 * per value would list ones). So does "by" any number column when a direction is said.
 */
export function sortByNumberGroup(state: ParseState): void {
	const intent = state.intent;
	if (intent.measures.length > 0 || intent.order || intent.timeGrain) return;
	if (intent.groups.length !== 1 || intent.mode === 'trend' || intent.mode === 'distribution')
		return;
	const [group] = intent.groups;
	const column = group.column;
	if (column.kind !== 'number' || state.pendingAgg || state.pendingShare) return;
	const rows = column.table.rowCount;
	const distinct = column.profile?.distinctCount;
	const isNearlyUnique = !!rows && !!distinct && distinct >= 0.5 * rows;
	if (!isNearlyUnique && state.sortDir === undefined) return;
	intent.groups = [];
	intent.interpretation = intent.interpretation.filter(
		(x) => !(x.kind === 'group' && x.words === group.words)
	);
	intent.order = { column, dir: state.sortDir ?? 'asc', words: group.words };
	note(state, group.words, 'order', `sort by "${column.name}"`);
}

/**
 * "cars with the most horsepower", "the country with the most area": with no groups, "the
 * most" of a number ranks the rows by it (one row for a singular noun); a single total of all
 * rows would compare nothing.
 */
export function rankRowsByMost(
	state: ParseState,
	i: number,
	column: ColumnInfo,
	words: string
): boolean {
	const intent = state.intent;
	if (intent.groups.length > 0 || intent.timeGrain || state.which) return false;
	const later = state.items.slice(i + 1);
	if (
		later.some((x) => x.type === 'grain' || (x.type === 'kw' && (x.kw === 'by' || x.kw === 'each')))
	)
		return false;
	const withAt = state.items.findLastIndex((x, k) => k < i && x.type === 'kw' && x.kw === 'with');
	const subject = state.items[withAt - 1];
	if (withAt < 1 || subject?.type !== 'ref' || subject.cands[0].target.kind !== 'table')
		return false;
	setOrder(state, { column, words });
	note(state, words, 'order', `sort by "${column.name}"`);
	if (state.rank && state.rank.limit === undefined && isSingularWords(subject.words))
		state.rank.limit = 1;
	return true;
}

/**
 * "the heaviest penguins on average": an adjective already chose the column to rank by; the
 * aggregate word says to rank by its average (or total, median) instead of by single rows.
 */
export function averageOfRanking(state: ParseState, agg: Aggregate, words: string): boolean {
	const [only, ...more] = state.intent.measures;
	const [on, last] = state.items.slice(-2).map((x) => x.words.toLowerCase());
	const isTrailing = on === 'on' && last === words.toLowerCase();
	if (isTrailing && (agg === 'avg' || agg === 'median') && only?.column && !more.length) {
		// "which weekday has the fewest births on average": the ranked total is an average
		if (only.agg !== 'sum' && only.agg !== 'avg') return false;
		only.agg = agg;
		const meaning = `${agg === 'avg' ? 'average' : 'median'} of "${only.column.name}"`;
		for (const x of state.intent.interpretation) {
			if (x.kind === 'aggregate' && x.words === only.words) x.meaning = meaning;
		}
		note(state, `on ${words}`, 'aggregate', meaning);
		return true;
	}
	const order = state.intent.order;
	const column = order?.column;
	if (!order || !column || column.kind !== 'number' || state.intent.measures.length > 0) {
		return false;
	}
	if (agg !== 'avg' && agg !== 'median' && agg !== 'sum') return false;
	const index = addMeasure(state, { agg, column, words: `${order.words} ${words}` });
	state.intent.order = { measure: index, dir: order.dir, words: order.words };
	return true;
}

/** Trailing time superlatives and the direction they rank a date or year column in. */
const LATEST_WORDS: Record<string, 'asc' | 'desc'> = {
	latest: 'desc',
	newest: 'desc',
	'most recently': 'desc',
	earliest: 'asc',
	'least recently': 'asc'
};

/**
 * "which country became independent latest", "which movie was released most recently": a time
 * superlative with no column after it ranks the rows by time — the date or year column the
 * question named ("independent" → `independence`), else the table's own time column.
 */
export function latestInTime(state: ParseState): void {
	const rank = state.rank;
	const intent = state.intent;
	if (!rank || intent.order || intent.measures.length > 0) return;
	const word = rank.words.toLowerCase().trim();
	if (!Object.hasOwn(LATEST_WORDS, word)) return;
	const isTime = (c: ColumnInfo) => c.kind === 'date' || c.kind === 'year';
	const named = [...intent.select, ...state.loose.map((l) => l.column)].find(isTime);
	const table = intent.tables[0] ?? [...state.preferredTables][0];
	const time = named ?? (table && timeColumn(table));
	if (!time) return;
	const dir = LATEST_WORDS[word];
	state.loose = state.loose.filter((l) => l.column !== time);
	intent.order = { column: time, dir, words: rank.words };
	rank.dir = dir;
	note(
		state,
		rank.words,
		'order',
		`sort by "${time.name}" ${dir === 'desc' ? 'latest' : 'earliest'} first`
	);
}

/**
 * "average density of each group block sorted by density": the column to sort by is already
 * measured, so the groups are sorted by that measure (not by a total added for the sort).
 */
export function orderByMeasured(state: ParseState, column: ColumnInfo, words: string): boolean {
	const index = state.intent.measures.findIndex((m) => m.column === column);
	if (index < 0 || state.intent.groups.length === 0) return false;
	setOrder(state, { measure: index, words });
	return true;
}

/**
 * "the heaviest car in each origin", "biggest city per country": rows ranked by a column, and
 * a group with nothing to measure in it: the top rows within each group.
 */
export function settleTopPerGroup(state: ParseState): void {
	const intent = state.intent;
	const order = intent.order;
	if (!order?.column || intent.groups.length === 0 || intent.measures.length > 0) return;
	if (intent.timeGrain || intent.mode === 'distribution' || intent.mode === 'trend') return;
	const limit = state.rank?.limit ?? intent.limit ?? 1;
	// "the 5 oldest countries by independence date": "by" named the ranking's own column
	const isRankColumn = intent.groups.every((g) => g.column === order.column);
	if (isRankColumn || intent.groups.every((g) => isOnePerRow(g.column) === true)) {
		// "which country has the most languages", one row per country: the rows are ranked
		const named = intent.groups.map((g) => g.words).join(', ');
		intent.groups = [];
		intent.interpretation = intent.interpretation.filter((x) => x.kind !== 'group');
		note(state, named, 'table', `the rows ("${named}")`);
		intent.mode = 'rows';
		if (state.rank) state.rank.limit = limit;
		else intent.limit = limit;
		return;
	}
	if (rankGroupsByDimension(state)) return;
	const words = intent.groups.map((g) => g.words).join(', ');
	intent.perGroup = { keys: intent.groups.map((g) => g.column), limit, words };
	intent.groups = [];
	intent.limit = undefined;
	if (state.rank) state.rank.limit = undefined;
	intent.mode = 'rows';
	intent.interpretation = intent.interpretation.filter(
		(x) => x.kind !== 'group' && x.kind !== 'limit'
	);
	note(state, words, 'group', `the top ${limit} within each ${words}`);
}

/**
 * "top 5 pizzas by revenue" of a table with a row per pizza and day: the pizzas repeat, so the
 * named things are ranked by their total of an additive amount (revenue, sales, orders), not
 * single rows. Things with one row each stay ranked row by row.
 */
export function rankThingsByTotal(state: ParseState): void {
	const intent = state.intent;
	const entity = state.rank?.entity ?? state.which?.target;
	const column = intent.order?.column;
	if (entity?.kind !== 'table' || !column || column.table !== entity.table) return;
	if (intent.groups.length > 0 || intent.measures.length > 0 || intent.timeGrain) return;
	if (column.kind !== 'number' || impliedAggregate(column) !== 'sum') return;
	const label = labelColumn(entity.table);
	if (!label || label.kind !== 'text' || isOnePerRow(label) !== false) return;
	const words = intent.order!.words;
	intent.interpretation = intent.interpretation.filter(
		(x) => !(x.kind === 'order' && x.words === words)
	);
	addGroup(state, label, state.which?.words ?? label.name);
	const measure = addMeasure(state, { agg: 'sum', column, words });
	intent.order = { measure, dir: intent.order!.dir, words };
	note(state, words, 'order', `each "${label.name}" by its total "${column.name}"`);
}

/** "which car has the highest price": the rows of the named table ranked by a measure. */
export function settleWhichTable(state: ParseState, table: TableInfo, words: string): void {
	const intent = state.intent;
	if (state.rank === undefined || intent.groups.length > 0 || intent.timeGrain) return;
	const named = intent.measures.some((m) => !m.isImplied && m.agg !== 'count' && m.column);
	// "which pizza sold the most": an amount that adds up, ranked, for things that repeat
	const label = labelColumn(table);
	const amount = state.loose.some(
		(l) => l.column.table === table && impliedAggregate(l.column) === 'sum'
	);
	const repeats = !!label && isOnePerRow(label) === false && intent.measures.length === 0;
	if (!named && !(amount && repeats && state.orderAgg)) return;
	if (label) addGroup(state, label, words);
}

/**
 * "the 5 countries with the tallest athletes": the things ranked are the groups themselves, so
 * they are ranked by the average of the column the adjective names (by its largest value for
 * one row: "the country with the tallest athlete"), not the top rows within each.
 */
function rankGroupsByDimension(state: ParseState): boolean {
	const intent = state.intent;
	const order = intent.order!;
	const entity = state.rank?.entity ?? state.which?.target;
	const [group, ...more] = intent.groups;
	if (entity?.kind !== 'column' || more.length > 0 || group.column !== entity.column) return false;
	if (order.column!.kind !== 'number') return false;
	const at = state.items.findIndex((x) => x.words === order.words);
	const noun = state.items[at + 1];
	const agg = noun && isSingularWords(noun.words) ? 'max' : 'avg';
	const measureAgg = order.dir === 'asc' && agg === 'max' ? 'min' : agg;
	addMeasure(state, { agg: measureAgg, column: order.column!, words: order.words });
	intent.order = { measure: 0, dir: order.dir, words: order.words };
	return true;
}

/**
 * "my 3 fastest runs by average speed" of a column `Avg Speed`: rows ranked by a column that
 * was also read as an aggregate of itself (its name carries "average"). The rows are ranked;
 * an average over all of them would answer one number instead of the rows asked for.
 */
export function rankRowsNotAggregate(state: ParseState): void {
	const intent = state.intent;
	const [measure] = intent.measures;
	const order = intent.order;
	const column = order?.column ?? (order?.measure === 0 ? measure?.column : undefined);
	if (!order || !column || intent.measures.length !== 1 || measure.column !== column) return;
	if (intent.groups.length > 0 || intent.timeGrain || state.rank?.limit === undefined) return;
	intent.measures = [];
	intent.order = { column, dir: order.dir, words: order.words };
	const item = intent.interpretation.find(
		(x) => x.kind === 'aggregate' && x.words === measure.words
	);
	if (item) {
		item.kind = 'column';
		item.meaning = `part of "${column.name}"`;
	}
}
