/**
 * Choosing one catalog target for a reference: the best candidate of the wanted kind, with a
 * tie between columns settled by an aggregate word that is also part of one column's name.
 */
import type { Candidate } from './matcher';
import { isThingOfKind } from './parse-ref-kinds';
import { unitColumn } from './dimensions';
import type { ColumnInfo } from './lexicon';
import { isCurrencyNamed, labelColumn } from './planner-helpers';
import { takingsColumn } from './money-column';
import { isParticiple, lemmasOf, partsOfSpeech } from './word-net';
import {
	columnOf,
	markAmbiguous,
	note,
	noteMatchQuality,
	pick,
	tablesInView,
	type CandFilter,
	type ParseState,
	type RefItem
} from './parse-state';

export function choose(
	state: ParseState,
	item: RefItem,
	filter: CandFilter
): Candidate | undefined {
	const cand = pick(state, item, filter);
	if (cand === 'ambiguous') {
		const named =
			namedByYear(state, item, filter) ??
			namedByAggregateWord(state, item, filter) ??
			amountOfHowMuch(state, item, filter) ??
			dateOfDeed(item, filter) ??
			labelOverCode(item, filter) ??
			thingsOverKinds(item, filter) ??
			valueOfRowName(item, filter);
		if (named) return named;
		markAmbiguous(state, item, filter);
		return undefined;
	}
	if (cand) noteMatchQuality(state, item, cand);
	return cand;
}

/**
 * "population in 2015" with columns `POP_1980` and `POP_2015`: a year of the question that is
 * part of one tied column's name names that column (and is no time condition).
 */
function namedByYear(state: ParseState, item: RefItem, filter: CandFilter): Candidate | undefined {
	const cands = item.cands.filter(filter);
	const columns = cands.map(columnOf).filter((c) => c !== undefined);
	const column = columnNamedByYear(state, columns);
	return column && cands.find((c) => columnOf(c) === column);
}

/**
 * Of several columns, the one whose name holds a year the question says ("more than 1 million
 * people in 2015" with `POP_1980` and `POP_2015`); the year then names that column and is no
 * time condition. Undefined when no year, or not exactly one of the columns, names it.
 */
export function columnNamedByYear(
	state: ParseState,
	columns: ColumnInfo[]
): ColumnInfo | undefined {
	for (const [k, year] of state.items.entries()) {
		if (year.type !== 'num' || !Number.isInteger(year.value)) continue;
		if (year.value < 1000 || year.value > 2999) continue;
		const named = new Set(columns.filter((c) => c.words.includes(String(year.value))));
		if (named.size !== 1) continue;
		const [column] = named;
		state.used[k] = true;
		const intent = state.intent;
		intent.filters = intent.filters.filter((f) => !(f.part && f.values.includes(year.value)));
		intent.interpretation = intent.interpretation.filter(
			(x) => !(x.kind === 'time' && x.words.includes(year.words))
		);
		note(state, year.words, 'column', `the year in "${column.name}"`);
		return column;
	}
	return undefined;
}

/** The column `unit` says ("degrees", "people"), of several the one a year of the question names. */
export function unitColumnOf(state: ParseState, unit: string): ColumnInfo | undefined {
	const { preferredTables, prepared } = state;
	return unitColumn(unit, [...preferredTables], prepared.tables, (c) =>
		columnNamedByYear(state, c)
	);
}

/** Words of a column holding money, when no column is named with its currency sign. */
const MONEY_WORDS = new Set(
	'price cost amount amt total fee fare charge revenue sales spend spent paid income'.split(' ')
);

/**
 * "payments over £500", "days we made more than $100": the column of money the currency sign
 * says — of the tables in view, the one numeric column named with that sign (`Amount (£)`), or
 * with none so named, the one named as money (`price`). Of several, the one the question names
 * elsewhere ("… show the date and revenue"); otherwise none, and the amount stays unplaced.
 */
export function moneyColumnOf(state: ParseState, sign: string): ColumnInfo | undefined {
	const columns = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'number');
	const signed = columns.filter((c) => c.name.includes(sign));
	const anySigned = columns.some(isCurrencyNamed);
	const money = (signed.length > 0 || anySigned ? signed : columns.filter(isMoneyNamed)).filter(
		(c) => !isPriceOfOne(c)
	);
	if (money.length <= 1) return money[0];
	const named = money.filter((c) =>
		state.items.some((item) => item.type === 'ref' && columnOf(item.cands[0]) === c)
	);
	if (named.length > 0) return named.length === 1 ? named[0] : undefined;
	// ("claims over £2000" of `Claimed (£)` beside `Paid (£)`: the amount the rows' noun says)
	const said = state.items.flatMap((item) => item.words.toLowerCase().split(/\s+/));
	const echoed = money.filter((c) => c.words.some((w) => said.some((x) => isSameStem(w, x))));
	if (echoed.length === 1) return echoed[0];
	// (or else the money each row brought in, when the table has one)
	const tables = tablesInView(state);
	const takings = tables.length === 1 ? takingsColumn(tables[0]) : undefined;
	return takings && money.includes(takings) ? takings : undefined;
}

/** Two words of one stem: "claims" and "claimed", not "pa" and "paid". */
function isSameStem(a: string, b: string): boolean {
	const stem = a.slice(0, 5);
	return stem.length === 5 && b.startsWith(stem);
}

/** `Unit Price (£)`, `price_each`: what one item costs, not what a row or an order is worth. */
function isPriceOfOne(column: ColumnInfo): boolean {
	return column.words.some((w) => w === 'unit' || w === 'each' || w === 'per');
}

function isMoneyNamed(column: ColumnInfo): boolean {
	return column.words.some((w) => MONEY_WORDS.has(w));
}

const PEOPLE = new Set(['people', 'person', 'persons', 'inhabitants', 'residents']);
const AREA_UNITS = new Set([
	'km',
	'km²',
	'km2',
	'sqkm',
	'kilometre',
	'kilometer',
	'mile',
	'mi',
	'mi²'
]);

/**
 * "1000 people per square km" at the unit index: a density, read in the one column named so
 * (`density`, `pop_density`); the words it spans. Undefined when the words say something else.
 */
export function densityAt(state: ParseState, at: number) {
	const words = state.items.slice(at, at + 4).map((x) => x.words.toLowerCase());
	if (!PEOPLE.has(words[0]) || words[1] !== 'per') return undefined;
	const squared = words[2] === 'square' || words[2] === 'sq';
	const unit = squared ? words[3] : words[2];
	if (!unit || !AREA_UNITS.has(unit.replace(/s$/, ''))) return undefined;
	const tables = tablesInView(state);
	const columns = tables
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'number' && c.words.some((w) => w === 'density' || w === 'dense'));
	return columns.length === 1 ? { column: columns[0], length: squared ? 4 : 3 } : undefined;
}

const AGGREGATE_NAME_WORDS: Partial<Record<string, string[]>> = {
	min: ['min', 'minimum', 'lowest', 'low'],
	max: ['max', 'maximum', 'highest', 'high'],
	avg: ['avg', 'average', 'mean'],
	sum: ['total', 'sum']
};

/**
 * "minimum temperature" with columns temp_min and temp_max: the aggregate word just before an
 * ambiguous reference is also part of one column's name, and that column is meant.
 */
function namedByAggregateWord(
	state: ParseState,
	item: RefItem,
	filter: CandFilter
): Candidate | undefined {
	const prev = state.items[state.items.indexOf(item) - 1];
	if (prev?.type !== 'kw') return undefined;
	const words = AGGREGATE_NAME_WORDS[prev.kw];
	if (!words) return undefined;
	const named = item.cands
		.filter(filter)
		.filter((c) => columnOf(c)?.words.some((w) => words.includes(w)));
	const columns = new Set(named.map(columnOf));
	return columns.size === 1 ? named[0] : undefined;
}

/**
 * "how much has paul paid" with `Amount Paid (£)` and `paidDate`: "how much" asks an amount,
 * which of the tied columns only a number holds.
 */
function amountOfHowMuch(
	state: ParseState,
	item: RefItem,
	filter: CandFilter
): Candidate | undefined {
	const [how, much] = state.items;
	if (how?.type !== 'word' || how.norm !== 'how' || much?.type !== 'word' || much.norm !== 'much')
		return undefined;
	const numbers = item.cands
		.filter(filter)
		.filter((c) => c.target.kind === 'column' && c.target.column.kind === 'number');
	return new Set(numbers.map(columnOf)).size === 1 ? numbers[0] : undefined;
}

/**
 * "jobs that haven't been paid" with `Date Paid` and `amountPaid`: a participle said of the rows
 * asks whether it happened, which the date some rows leave empty says (an amount is how much).
 */
function dateOfDeed(item: RefItem, filter: CandFilter): Candidate | undefined {
	const word = item.words.toLowerCase();
	const isDone =
		isParticiple(word) || lemmasOf(word).some((l) => l !== word && partsOfSpeech(l).includes('v'));
	// ("how much … paid" reads the amount first: amountOfHowMuch)
	if (!isDone) return undefined;
	const dates = item.cands
		.filter(filter)
		.filter(
			(c) =>
				c.target.kind === 'column' &&
				c.target.column.kind === 'date' &&
				(c.target.column.profile?.nullShare ?? 0) > 0
		);
	return new Set(dates.map(columnOf)).size === 1 ? dates[0] : undefined;
}

const CODE_WORDS = new Set(['code', 'id', 'no', 'num', 'number', 'key', 'cd']);

/**
 * "by party" with `Party_Code` (1, 2, 3), `Party_Affiliation` (DEM, REP) and
 * `Contributions_from_Party_Committees`: the shortest names that say the word, and of a code
 * and its label, the label people read.
 */
function labelOverCode(item: RefItem, filter: CandFilter): Candidate | undefined {
	const best = item.cands.filter(filter)[0]?.score ?? 0;
	const top = item.cands.filter(
		(c) => filter(c) && c.score >= best - 0.1 && c.target.kind === 'column'
	);
	const columns = top.map(columnOf).filter((c) => c !== undefined);
	if (columns.length < 2) return undefined;
	const shortest = Math.min(...columns.map((c) => c.words.length));
	const short = top.filter((c) => columnOf(c)!.words.length === shortest);
	const labels = short.filter((c) => {
		const column = columnOf(c)!;
		return column.kind === 'text' && !column.words.some((w) => CODE_WORDS.has(w));
	});
	const codes = short.filter((c) => columnOf(c)!.words.some((w) => CODE_WORDS.has(w)));
	return labels.length === 1 && labels.length + codes.length === short.length
		? labels[0]
		: undefined;
}

/**
 * "how many different vehicles" with `Vehicle Reg` and `vehicle_type`: the plural names the
 * vehicles, which the other column tells apart, not their kinds.
 */
function thingsOverKinds(item: RefItem, filter: CandFilter): Candidate | undefined {
	const cands = item.cands.filter((c) => filter(c) && c.target.kind === 'column');
	const kinds = cands.filter((c) => isThingOfKind(item.words, columnOf(c)!));
	const others = cands.filter((c) => !kinds.includes(c));
	return kinds.length > 0 && others.length === 1 ? others[0] : undefined;
}

const NAME_WORDS = new Set(['name', 'title']);

/**
 * "capital of Peru" where "Peru" is in `name.common` and in a dozen `translations.*.common`
 * columns: a value that names the rows (the table's name column holds it) is read there. So is
 * "Springfield" in `city` and `city_ascii`: the label column beside its own variants.
 */
export function valueOfRowName(item: RefItem, filter: CandFilter): Candidate | undefined {
	const values = item.cands.filter((c) => filter(c) && c.target.kind === 'value');
	const best = values[0]?.score ?? 0;
	const top = values.filter((c) => c.score >= best - 0.02);
	const named = top.filter((c) => {
		const column = columnOf(c)!;
		if (column !== labelColumn(column.table)) return false;
		// `city` beside `city_ascii`: the other columns spell the same names another way
		const isVariant = (o: Candidate) =>
			columnOf(o) === column || column.words.every((w) => columnOf(o)!.words.includes(w));
		return column.words.some((w) => NAME_WORDS.has(w)) || top.every(isVariant);
	});
	return named.length === 1 ? named[0] : undefined;
}
