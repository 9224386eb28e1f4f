/**
 * "change in total unemployed from January 2008 to January 2010", "how much did the rate fall
 * between 1915 and 2013", "percentage decrease in X from 1915 to 2013": a change between two
 * points in time compares the figure at the two ends of the span, not the figure over it.
 */
import type { Filter } from './intent';
import { addMeasure } from './parse-refs';
import { addGroup, note, UNPLACED_WORD_PENALTY, type ParseState } from './parse-state';
import { dateOf } from './parse-time';
import { columnNamedByTable, impliedAggregate } from './planner-helpers';

const FALL_WORDS = new Set(
	'decrease decreased decline declined fall fell fallen drop dropped reduction shrink shrank'.split(
		' '
	)
);
const RISE_WORDS = new Set(
	'increase increased rise rose risen growth grow grew grown gain'.split(' ')
);
const CHANGE_WORDS = new Set(['change', 'changed', 'difference', 'gap']);
const PERCENT_WORDS = new Set(['percent', 'percentage', '%']);

export function settleChange(state: ParseState): void {
	const intent = state.intent;
	// (a column named `change` is that column, not this question)
	const said = state.items.find((x) => {
		const w = x.words.toLowerCase();
		return x.type !== 'ref' && (FALL_WORDS.has(w) || RISE_WORDS.has(w) || CHANGE_WORDS.has(w));
	});
	if (!said || intent.groups.length > 0 || intent.timeGrain || intent.order) return;
	const range = intent.filters.find(
		(f) => f.op === 'between' && (f.part === 'year' || f.part === 'date') && !f.relative
	);
	// "the gap between black and white infant mortality": two values of one column compared
	const pair = GAP_WORDS.has(said.words.toLowerCase()) ? valuePair(intent.filters) : undefined;
	const ends = range ? endsOf(range) : pair?.ends;
	if (!ends) return;
	if (intent.measures.length === 0) {
		const shown = intent.select.filter((c) => c.kind === 'number');
		const table = intent.tables[0];
		// "decrease in infant mortality" of a table so named: the number its name says
		const named = intent.interpretation.find((x) => x.kind === 'table');
		const column =
			shown.length === 1
				? shown[0]
				: table && named && intent.select.length === 0
					? columnNamedByTable(table, named.words)
					: undefined;
		if (column) {
			intent.select = [];
			const item = intent.interpretation.find((x) => x.kind === 'column') ?? named;
			intent.interpretation = intent.interpretation.filter((x) => x !== item);
			addMeasure(state, {
				agg: impliedAggregate(column),
				column,
				words: item?.words ?? column.name
			});
		} else if (table && intent.select.length === 0) {
			addMeasure(state, { agg: 'count', table, words: table.humanName });
		}
	}
	if (intent.measures.length !== 1 || intent.measures[0].share || intent.measures[0].having) return;
	const word = said.words.toLowerCase();
	const isPercent =
		state.pendingShare?.share === 'percent' ||
		state.items.some((x) => PERCENT_WORDS.has(x.words.toLowerCase()));
	if (state.pendingShare) state.pendingShare = undefined;
	intent.filters = intent.filters.filter((f) => f !== range && f !== pair?.said);
	const sense = pair ? 'difference' : FALL_WORDS.has(word) ? 'fall' : 'change';
	intent.change = {
		label: sense,
		from: ends[0],
		to: ends[1],
		direction: FALL_WORDS.has(word) || pair ? 'fall' : 'rise',
		isPercent,
		words: said.words
	};
	// "between black and white": the "between" of the pair is placed with it
	const placed = new Set([word, ...(pair ? ['between'] : [])]);
	intent.unknown = intent.unknown.filter((u) => !placed.has(u.words.toLowerCase()));
	if (intent.mode === 'trend') intent.mode = 'aggregate';
	intent.interpretation = intent.interpretation.filter(
		(x) => !(x.kind === 'time' && x.meaning === 'trend over time')
	);
	for (const x of intent.interpretation) {
		if (x.words === range?.words || x.words === pair?.said.words) {
			x.meaning = `${ends[0].words} compared with ${ends[1].words}`;
		}
	}

	note(
		state,
		said.words,
		'aggregate',
		`${isPercent ? 'percentage ' : ''}${sense} from the first to the second`
	);
}

const GAP_WORDS = new Set(['gap', 'difference']);

/** Two values of one text column the question lists ("black and white"), in its order. */
function valuePair(filters: Filter[]): { ends: [Filter, Filter]; said: Filter } | undefined {
	const list = filters.filter((f) => f.op === 'in' && f.column?.kind === 'text' && !f.part);
	if (list.length !== 1 || list[0].values.length !== 2) return undefined;
	const said = list[0];
	const at = (value: string | number): Filter => ({
		column: said.column,
		op: 'eq',
		values: [value],
		words: String(value)
	});
	return { ends: [at(said.values[0]), at(said.values[1])], said };
}

/** The two ends of a span: its first and last year, or its first and last month. */
function endsOf(range: Filter): [Filter, Filter] | undefined {
	const [a, b] = range.values;
	if (range.part === 'year') {
		if (typeof a !== 'number' || typeof b !== 'number' || a >= b) return undefined;
		const at = (year: number): Filter => ({
			op: 'eq',
			part: 'year',
			values: [year],
			words: String(year)
		});
		return [at(a), at(b)];
	}
	const first = /^(\d{4})-(\d\d)-01$/.exec(String(a));
	const end = /^(\d{4})-(\d\d)-01$/.exec(String(b));
	if (!first || !end) return undefined;
	const [y0, m0] = [Number(first[1]), Number(first[2])];
	const [y1, m1] = [Number(end[1]), Number(end[2]) - 1];
	const month = (year: number, m: number): Filter => ({
		op: 'between',
		part: 'date',
		values: [dateOf(year, m), dateOf(year, m + 1)],
		words: dateOf(year, m).slice(0, 7)
	});
	const last = m1 === 0 ? month(y1 - 1, 12) : month(y1, m1);
	if (last.values[0] <= dateOf(y0, m0)) return undefined;
	return [month(y0, m0), last];
}

/**
 * "compare unemployed in manufacturing vs construction", "compare holiday bookings at hilltop
 * and st marys": "compare" asks for the listed values side by side, each a group of its own.
 * "average wind force on cancelled sailings compared with ones that sailed": a yes/no condition
 * compared with the rest is both sides of it, grouped. A comparison with neither is a word the
 * reading has not placed.
 */
export function settleCompare(state: ParseState): void {
	const intent = state.intent;
	const said = state.items.find((x) => /^(compare|comparing|compared)$/i.test(x.words));
	const versus = state.items.find(
		(x) => x.type === 'kw' && /^(versus|vs\.?|compared (to|with))$/i.test(x.words)
	);
	if (!said && !versus) {
		settleEveryValueListed(state);
		return;
	}
	const listed = intent.filters.find((f) => f.op === 'in' && f.values.length >= 2);
	if (listed) {
		if (said) {
			const word = said.words.toLowerCase();
			intent.unknown = intent.unknown.filter((u) => u.words.toLowerCase() !== word);
			note(state, said.words, 'group', 'each listed value side by side');
		}
		// (a list of times is grouped by its unit already)
		if (listed.column && intent.mode === 'aggregate') addGroup(state, listed.column, listed.words);
		return;
	}
	const flag = intent.filters.find((f) => f.op === 'eq' && f.column?.kind === 'boolean');
	const isOneFigure = intent.mode === 'aggregate' && intent.groups.length === 0;
	if (versus && flag?.column && isOneFigure && !intent.timeGrain) {
		intent.filters = intent.filters.filter((f) => f !== flag);
		intent.interpretation = intent.interpretation.filter((x) => x.words !== flag.words);
		addGroup(state, flag.column, flag.words);
		note(state, versus.words, 'group', `"${flag.column.name}" and the rest side by side`);
		return;
	}
	const isListed = intent.filters.some((f) => f.values.length >= 2 && f.op !== 'between');
	if (versus && !isListed && !intent.groups.length && !intent.timeGrain && !intent.change) {
		intent.unknown.push({ words: versus.words, penalty: UNPLACED_WORD_PENALTY });
	}
}

/**
 * "win percentage home and away", "average runs at home and away" of a column that holds only
 * 'Home' and 'Away': a list joined by "and" that names every value the column holds keeps no
 * row out, so it asks for each value side by side, as "compare" does.
 */
function settleEveryValueListed(state: ParseState): void {
	const intent = state.intent;
	if (intent.mode !== 'aggregate' || intent.groups.length > 0 || intent.timeGrain) return;
	const isEveryValue = (f: Filter) =>
		f.op === 'in' &&
		!f.part &&
		f.values.length >= 2 &&
		/\band\b/i.test(f.words) &&
		f.column?.profile?.distinctCount === f.values.length;
	// (said inside a share, "win percentage home and away", it is no part of the share either)
	const share = intent.measures.find((m) => m.shareFilters?.some(isEveryValue));
	const listed = intent.filters.find(isEveryValue) ?? share?.shareFilters?.find(isEveryValue);
	if (!listed?.column) return;
	if (share?.shareFilters) share.shareFilters = share.shareFilters.filter((f) => f !== listed);
	else intent.filters = intent.filters.filter((f) => f !== listed);
	intent.interpretation = intent.interpretation.filter(
		(x) => !(x.kind === 'filter' && x.words === listed.words)
	);
	addGroup(state, listed.column, listed.words);
}
