/**
 * Parser: walks the matched items left to right, keeping a little state (a pending aggregate,
 * the current role of references, negation, ranking) and fills a query intent.
 */
import { parseYearOfColumn } from './parse-year-of-column';
import { parseSeasonYears } from './parse-season-years';
import { timeColumn } from './planner-helpers';
import { normalizeWord } from './text';
import type { Intent } from './intent';
import { isLengthOfTime, lengthColumnInView, parseDurationAdjective } from './parse-duration-bound';
import type { ColumnInfo, PreparedCatalog } from './lexicon';
import type { Item } from './matcher';
import { finishIntent } from './parse-finish';
import { parseNumberEquality } from './parse-filters';
import { parseNumberList } from './parse-number-list';
import { textColumnHolding } from './parse-ref-kinds';
import { handleKeyword } from './parse-keywords';
import { handleRef } from './parse-refs';
import {
	entityTarget,
	newState,
	note,
	nextIndex,
	prevIndex,
	unknown,
	UNPLACED_WORD_PENALTY,
	tableInView,
	type ParseState
} from './parse-state';
import { parseSuperlativeGrain } from './parse-superlative';
import { parseAgeBound } from './parse-age';
import { parseCompass } from './parse-compass';
import { countDistinctDays, countDistinctYears, rowsAreUnits } from './parse-days';
import { quotedValueOfColumn } from './parse-quoted';
import { parseQuarter } from './parse-quarter';
import { isUnitOfNamedColumn } from './parse-unit-words';
import { parseUnitScale } from './unit-scale';
import { parseDayNames } from './parse-weekend';
import { parseCompoundHead } from './parse-compound';
import { parseInColumn } from './parse-text';
import { handleWord } from './parse-words';
import {
	hasTimeColumn,
	isDataYear,
	parseGrain,
	parsePointInTime,
	setTimeGroup
} from './parse-time';
import { dimensionOf } from './dimensions';
import { lemmasOf, partsOfSpeech } from './word-net';

export function parse(
	items: Item[],
	prepared: PreparedCatalog,
	options: { isListForced?: boolean } = {}
): Intent {
	const state = newState(items, prepared, options);
	parseInColumn(state);
	parseRankVerb(state);
	for (let i = 0; i < items.length && !state.intent.refusal; i++) {
		if (state.used[i] || parseSuperlativeGrain(state, i) || parseAgeBound(state, i)) continue;
		if (parseCompass(state, i) || parseSeasonYears(state, i) || parseQuarter(state, i)) continue;
		if (parseDayNames(state, i)) continue;
		if (parseCompoundHead(state, i)) continue;
		handleItem(state, i);
	}
	if (!state.intent.refusal) finishIntent(state);
	if (state.isNegated) unplacedNegation(state);
	return state.intent;
}

/**
 * "returns not restocked" where nothing took the "not": a negation that reached no condition is
 * a word not understood, never silently lost (the answer would say the opposite).
 */
function unplacedNegation(state: ParseState): void {
	const at = state.items.findLastIndex(
		(x) => x.type === 'kw' && (x.kw === 'not' || x.kw === 'without')
	);
	if (at >= 0)
		state.intent.unknown.push({ words: state.items[at].words, penalty: UNPLACED_WORD_PENALTY });
}

function handleItem(state: ParseState, i: number): void {
	const item = state.items[i];
	switch (item.type) {
		case 'kw':
			return handleKeyword(state, i);
		case 'grain':
			return handleGrain(state, i);
		case 'month':
			if (!parsePointInTime(state, i)) unknown(state, i, UNPLACED_WORD_PENALTY);
			return;
		case 'num':
			return handleNumber(state, i);
		case 'text':
			if (!parseTextValue(state, i)) unknown(state, i, UNPLACED_WORD_PENALTY);
			return;
		case 'ref':
			return handleRef(state, i);
		case 'word':
			return handleWord(state, i);
	}
}

const RANK_VERBS: Record<string, 'asc' | 'desc'> = {
	rank: 'desc',
	sort: 'asc',
	order: 'asc',
	arrange: 'asc'
};

/**
 * "rank continents by average GDP", "sort products by price": a verb at the start, the things
 * ranked, then "by" and what ranks them. The things are the rows (a table) or a column's values.
 */
function parseRankVerb(state: ParseState): void {
	const verb = state.items[0];
	// "rank the cuts by …": past "the"
	const at = nextIndex(state, 1);
	const [thing, by] = [state.items[at], state.items[at + 1]];
	if (verb?.type !== 'word' || !Object.hasOwn(RANK_VERBS, verb.norm)) return;
	if (thing?.type !== 'ref' || by?.type !== 'kw' || by.kw !== 'by') return;
	const target = entityTarget(state, thing);
	if (!target) return;
	for (let k = 0; k <= at; k++) state.used[k] = true;
	state.rank = { dir: RANK_VERBS[verb.norm], words: verb.words, entity: target, isAll: true };
	state.which = { target, words: thing.words };
	if (target.kind === 'table' && !state.intent.tables.includes(target.table)) {
		state.intent.tables.push(target.table);
	}
}

function handleGrain(state: ParseState, i: number): void {
	// ("median turnaround in hours" of `Turnaround (hrs)`: the unit the column is kept in)
	if (isUnitOfNamedColumn(state, i)) return void (state.used[i] = true);
	if (parseUnitScale(state, i)) return;
	if (parseGrain(state, i)) return;
	const item = state.items[i];
	const prev = state.items[prevIndex(state, i - 1)];
	state.used[i] = true;
	const next = state.items[i + 1];
	if (
		next?.type === 'kw' &&
		next.kw === 'sort' &&
		!state.intent.timeGrain &&
		item.type === 'grain'
	) {
		// "months ranked by total births": the months are what is ranked
		setTimeGroup(state, item.grain, item.words);
		return;
	}
	// "how many days …": the rows are days. ("most expensive year" is no count of years.)
	const isCounting =
		state.pendingAgg?.agg === 'count' || state.pendingAgg?.agg === 'count_distinct';
	if (isCounting && countDistinctDays(state, i)) return;
	const isFinerRows = item.type === 'grain' && rowsAreUnits(state, item.grain) === false;
	if (isCounting && isFinerRows && countDistinctYears(state, i)) {
		return;
	}
	// ("how many hours did we spend" of invoices: hours are a duration no column holds)
	const isHours = item.type === 'grain' && item.grain === 'hour' && !hasClock(state);
	if (
		isCounting &&
		item.type === 'grain' &&
		(isHours || rowsAreUnits(state, item.grain) === false)
	) {
		// "how many years" of daily rows is no count of the rows
		state.intent.unknown.push({ words: item.words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	// ("median number of days people take to pay" with no column of days: the days go unread)
	const isAmountOfDays =
		prev?.type === 'kw' && prev.kw === 'count' && state.pendingAgg && !isCounting;
	if (isAmountOfDays && item.type === 'grain') {
		state.intent.unknown.push({ words: item.words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	if (
		isCounting ||
		(state.pendingAgg && !dimensionOf(state.pendingAgg.words)) ||
		(prev?.type === 'kw' && (prev.kw === 'count' || prev.kw === 'percent' || prev.kw === 'share'))
	)
		return;
	if (state.isRowsHint && showsDate(state, item.words)) return;
	if (state.intent.mode === 'trend' || state.isRowsHint) return;
	// "rainy days", "years where …": a plural unit names the rows of a table of days or years. A
	// single unit the reading does not use changes the question ("windiest month" is no list of
	// winds): the answer must not look sure.
	// ("hours by tutor" beside `Duration (mins)`: the hours are the lengths, which go unread)
	const isLength = isLengthOfTime(item.words) && lengthColumnInView(state) !== undefined;
	const isRowsNoun = /s$/i.test(item.words) && !state.pendingAgg && !isLength;
	state.intent.unknown.push({
		words: item.words,
		penalty: isRowsNoun ? 0.1 : UNPLACED_WORD_PENALTY
	});
}

/** "wettest", "windiest", "heaviest": an adjective's superlative (not "forest", "interest"). */
function isSuperlativeWord(words: string): boolean {
	const w = words.toLowerCase();
	if (!/^[a-z]{2,}est$/.test(w)) return false;
	if (dimensionOf(w)) return true;
	return lemmasOf(w).some((base) => base !== w && partsOfSpeech(base).includes('a'));
}

function handleNumber(state: ParseState, i: number): void {
	const item = state.items[i];
	if (item.type !== 'num' || parseDurationAdjective(state, i) || parseYearOfColumn(state, i))
		return;
	const next = state.items[i + 1];
	// "the 3 cars with …", "5 airports with the most flights""
	// ("code 07 jobs": digits typed with a leading zero are a code, never how many)
	const isCount = Number.isInteger(item.value) && !/^0\d/.test(item.raw);
	const entity = next?.type === 'ref' ? entityTarget(state, next) : undefined;
	// ("list 2024 breakdowns", "at the 2023 inspection": a year of the data is when, not how many)
	const isWhen = isDataYear(state, item) && hasTimeColumn(state);
	if (entity?.kind === 'table' && isCount && !isWhen) {
		state.used[i] = true;
		state.used[i + 1] = true;
		state.rank = { dir: 'desc', limit: item.value, words: `${item.words} ${next.words}`, entity };
		state.which = { target: entity, words: next.words };
		return;
	}
	// "the 3 days with the most admissions": that many time units, ranked
	const withAfter = state.items[i + 2];
	if (
		next?.type === 'grain' &&
		withAfter?.type === 'kw' &&
		withAfter.kw === 'with' &&
		Number.isInteger(item.value) &&
		item.value > 0
	) {
		for (const k of [i, i + 1, i + 2]) state.used[k] = true;
		setTimeGroup(state, next.grain, next.words);
		state.rank = { dir: 'desc', limit: item.value, words: `${item.words} ${next.words}` };
		state.which = { words: next.words };
		return;
	}
	// "5 countries with the highest life expectancy", "which 2 regions have the most orders":
	// the values of a column, ranked
	const isPlural = next?.type === 'ref' && normalizeWord(next.words) !== next.words.toLowerCase();
	// ("2 decimals" of a text `decimals` column holding '2' is that value, not the first 2)
	const isValue = next?.type === 'ref' && textColumnHolding(next, item) !== false;
	if (entity?.kind === 'column' && isCount && item.value > 0 && isPlural && !isValue && !isWhen) {
		state.used[i] = true;
		state.used[i + 1] = true;
		state.rank = { dir: 'desc', limit: item.value, words: `${item.words} ${next.words}`, entity };
		state.which = { target: entity, words: next.words };
		return;
	}
	// "5 heaviest cars", "3 most expensive strikes", "3 busiest days", "the 5 wettest days"
	// (an adjective that names its column: a reference ending in -est)
	const isSuperlativeNext =
		(next?.type === 'kw' && ['min', 'max', 'most', 'least'].includes(next.kw)) ||
		(next?.type === 'kw' &&
			next.kw === 'last' &&
			/^(most recent|latest|newest)$/i.test(next.words)) ||
		((next?.type === 'ref' || next?.type === 'word') && isSuperlativeWord(next.words));
	// ("10 most populous cities": the adjective after "most" comes before the noun)
	const isAdjectiveAfterMost =
		next?.type === 'kw' &&
		(next.kw === 'most' || next.kw === 'least') &&
		state.items[i + 2]?.type === 'word' &&
		state.items[i + 3]?.type === 'ref';
	const head = isAdjectiveAfterMost ? 'ref' : state.items[i + 2]?.type;
	if (isSuperlativeNext && isCount && (head === 'ref' || head === 'grain')) {
		state.used[i] = true;
		state.rank = { dir: 'desc', limit: item.value, words: item.words };
		return;
	}
	const isYear = isDataYear(state, item);
	if (isYear && hasTimeColumn(state) && !isNumericColumnNear(state, i)) {
		if (parsePointInTime(state, i)) return;
	}
	if (parseNumberList(state, i) || parseNumberEquality(state, i)) return;
	const prev = state.items[i - 1];
	if (prev?.type === 'kw' && (prev.kw === 'gte' || prev.kw === 'lte')) return;
	const after = state.items[i + 1];
	if (after?.type === 'kw' && (after.kw === 'gte' || after.kw === 'lte')) return;
	unknown(state, i, UNPLACED_WORD_PENALTY);
}

/**
 * A number column beside the number, which it may be a value of ("over 2000 unemployed"); not
 * one whose values never reach it ("our 2024 electricity" of a column of daily kWh is a year).
 */
function isNumericColumnNear(state: ParseState, i: number): boolean {
	const value = state.items[i].type === 'num' ? state.items[i].value : undefined;
	const holds = (column: ColumnInfo) => {
		const { min, max } = column.profile ?? {};
		if (value === undefined || typeof min !== 'number' || typeof max !== 'number') return true;
		return value >= Math.min(min, 0) && value <= Math.max(max, 0) * 2;
	};
	return [i - 1, i + 1].some((j) => {
		const item = state.items[j];
		return (
			item?.type === 'ref' &&
			item.cands.some(
				(c) =>
					c.target.kind === 'column' && c.target.column.kind === 'number' && holds(c.target.column)
			)
		);
	});
}

function parseTextValue(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'text') return false;
	if (quotedValueOfColumn(state, i)) return true;
	const text = item.text.toLowerCase();
	const columns = state.prepared.columns.filter(
		(c) =>
			c.kind === 'text' &&
			c.profile?.topValues.some(
				(t) => typeof t.value === 'string' && t.value.toLowerCase() === text
			)
	);
	if (columns.length !== 1) return false;
	const value = columns[0].profile!.topValues.find((t) => String(t.value).toLowerCase() === text)!;
	state.used[i] = true;
	state.intent.filters.push({
		column: columns[0],
		op: state.isNegated ? 'neq' : 'eq',
		values: [String(value.value)],
		words: item.words
	});
	state.isNegated = false;
	note(state, item.words, 'filter', `"${columns[0].name}" = '${value.value}'`);
	return true;
}

/**
 * "list donations over 1000 with date, donor and amount": in a list of rows, "date" is a column
 * to show, the one that dates the rows.
 */
function showsDate(state: ParseState, words: string): boolean {
	if (!/^(date|day)$/i.test(words.trim())) return false;
	const table = state.intent.tables[0] ?? [...state.preferredTables][0] ?? state.prepared.tables[0];
	const time = state.intent.timeColumn ?? (table && timeColumn(table));
	if (!time || state.intent.select.includes(time)) return false;
	state.intent.select.push(time);
	note(state, words, 'column', `show "${time.name}"`);
	return true;
}

/**
 * The rows are hours: the table's time has a time of day and about a row for each hour it spans
 * (hourly readings), not samples taken now and then.
 */
function hasClock(state: ParseState): boolean {
	const table = tableInView(state);
	const time = table && timeColumn(table);
	if (!time || !/^TIMESTAMP/i.test(time.type.trim())) return false;
	const [from, to] = [time.profile?.min, time.profile?.max].map((v) => Date.parse(String(v)));
	if (Number.isNaN(from) || Number.isNaN(to)) return false;
	const hours = (to - from) / 3_600_000 + 1;
	return (table.rowCount ?? 0) >= 0.25 * hours;
}
