/**
 * Kinds of column a reference can land on that read differently: a date or year column naming
 * the time of the condition after it, an identifier (no measure unless named), a yes/no column
 * stored as 0 and 1, a column whose values a plural counts, and a total that names a column.
 */
import type { Aggregate, Measure } from './intent';
import { dimensionColumn } from './dimensions';
import { flagTrue, type ColumnInfo, type TableInfo } from './lexicon';
import type { Candidate } from './matcher';
import { headWords } from './head-words';
import {
	columnOf,
	isNumericCand,
	nextIndex,
	note,
	type CandFilter,
	type ParseState,
	type RefItem
} from './parse-state';
import {
	holdsCounts,
	isIdentifierColumn,
	isLabelWord,
	isOnePerRow,
	isNamedLabel,
	labelColumn
} from './planner-helpers';
import { isSingularWords, normalizeWord, splitName } from './text';
import { COPULAS, IDENTIFIER_WORDS, PARTICLES } from './vocabulary';
import { wordBesideTime } from './column-entries';
import { massOf } from './mass-nouns';
import { isTimesDone } from './times-done';
import { addFilter } from './parse-filters';

const TIME_PREPOSITIONS = new Set([
	'in',
	'before',
	'after',
	'since',
	'during',
	'between',
	'until',
	'from'
]);

/**
 * "houses built before 1950" with `year_built` the table's time column: the word says which time
 * the condition after it is about. Read as that, it is accounted for.
 */
export function namesTimeOfNext(
	state: ParseState,
	i: number,
	best: RefItem['cands'][number]
): boolean {
	if (best.target.kind === 'table') timeOfRowsNoun(state, i);
	if (best.target.kind !== 'column' || state.pendingAgg || state.role !== 'none') return false;
	const column = best.target.column;
	if (column.kind !== 'date' && column.kind !== 'year') return false;
	// ("parcels given out in march": a particle finishes the verb)
	const particle = isParticle(state.items[i + 1]) ? 1 : 0;
	const next = state.items[i + 1 + particle];
	const after = state.items[i + 2 + particle];
	const isOwnPreposition = endsWithPreposition(state.items[i].words) && isTimeAt(state, i + 1);
	const isTimed =
		next?.type === 'kw' &&
		TIME_PREPOSITIONS.has(next.words.toLowerCase()) &&
		(after?.type === 'num' || after?.type === 'month');
	if (!isOwnPreposition && !isTimed) return false;
	if (particle) state.used[i + 1] = true;
	if (state.intent.timeColumn && state.intent.timeColumn !== column) return false;
	state.intent.timeColumn = column;
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	note(state, state.items[i].words, 'time', `the time is "${column.name}"`);
	return true;
}

/**
 * "fees for sessions in 2024", "how many sessions in 2024" beside `Session Date` and `bookedAt`:
 * the rows' noun before a time names the date of that noun, whichever date the table keeps
 * first. The noun still names the rows.
 */
function timeOfRowsNoun(state: ParseState, i: number): void {
	const item = state.items[i] as RefItem;
	const rows = item.cands[0].target;
	const [prev, next] = [state.items[i - 1], state.items[i + 1]];
	const isTimed =
		next?.type === 'kw' &&
		TIME_PREPOSITIONS.has(next.words.toLowerCase()) &&
		isTimeAt(state, i + 2);
	// ("seats booked for saturday classes": the day said of the classes is their date's, even
	// after a verb named another date)
	const isDayBefore = prev?.type === 'word' && DAY_WORDS.test(prev.words);
	if (rows.kind !== 'table' || !(isTimed || isDayBefore)) return;
	if (state.intent.timeColumn && !isDayBefore) return;
	const said = normalizeWord(item.words);
	const dated = item.cands.filter(
		(c) =>
			c.target.kind === 'column' &&
			c.target.column.table === rows.table &&
			c.target.column.kind === 'date' &&
			c.target.column.words.includes(said)
	);
	const named = rows.table.columns.filter((c) => c.kind === 'date' && wordBesideTime(c) === said);
	const column =
		dated.length === 1 ? columnOf(dated[0]) : named.length === 1 ? named[0] : undefined;
	if (column) state.intent.timeColumn = column;
}

function isParticle(item: ParseState['items'][number] | undefined): boolean {
	return item?.type === 'word' && PARTICLES.has(item.norm);
}

/** "opened at", "delivered on": a column's name ends with the preposition of its time. */
function endsWithPreposition(words: string): boolean {
	return /\s(?:at|on)$/i.test(words.trim());
}

const DAY_WORDS = /^(?:week(?:end|day)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?$/i;

/** A point in time at k, past an article: "the weekend", "sundays", "March", "2024". */
function isTimeAt(state: ParseState, k: number): boolean {
	const first = state.items[k];
	const item = first?.type === 'word' && first.norm === 'the' ? state.items[k + 1] : first;
	if (item?.type === 'month' || (item?.type === 'num' && /^\d{4}$/.test(item.raw))) return true;
	return (item?.type === 'word' || item?.type === 'ref') && DAY_WORDS.test(item.words.trim());
}

const IDENTIFIER_LAST = new Set(['id', 'identifier', 'key']);

/**
 * `order_id`, `booking_ref`, `Job No`: a number that names a row; its total, average or largest
 * says nothing unless the question names it ("the highest job no"). "refunded" is no `ref`.
 */
export function isUnnamedIdentifier(c: RefItem['cands'][number], words: string): boolean {
	if (c.target.kind !== 'column') return false;
	const last = c.target.column.words.at(-1) ?? '';
	return (
		(IDENTIFIER_LAST.has(last) || IDENTIFIER_WORDS.has(last)) &&
		!new RegExp(`\\b${last}\\b`, 'i').test(words)
	);
}

/** A yes/no column stored as 0 and 1: its average is the share of yes, its total their count. */
export const isZeroOneCand: CandFilter = (c) => {
	return (
		c.target.kind === 'column' &&
		c.target.column.kind === 'boolean' &&
		flagTrue(c.target.column) === 1
	);
};

/**
 * "which region has the most countries": the thing asked about is another column, and the
 * words after "most" name this column's values in the plural, so each region's distinct
 * countries are counted ("which region has the most common country" keeps the other reading).
 */
export function countsOtherColumn(state: ParseState, column: ColumnInfo, words: string): boolean {
	const target = state.which?.target;
	// ("which year had the most plots rated poor": a time unit asked, the plots of each counted)
	const isTimeAsked = !target && state.intent.timeGrain !== undefined && state.which !== undefined;
	if (isTimeAsked && column.kind === 'text') return !isSingularWords(words);
	if (target?.kind !== 'column' || target.column === column) return false;
	if (target.column.table !== column.table) return false;
	return !isSingularWords(words);
}

/** The date at i is the one a time unit is said of: "year of inspection date". */
export function isDateOfUnit(state: ParseState, i: number): boolean {
	const [of, unit] = [state.items[i - 1], state.items[i - 2]];
	return of?.type === 'word' && of.norm === 'of' && unit?.type === 'grain';
}

/**
 * A date column named right before a time filter or after "by" is the time axis, and so is one
 * a time unit is said of ("by year of inspection date").
 */
export function isTimeWord(state: ParseState, i: number): boolean {
	if (isDateOfUnit(state, i)) return true;
	// ("where inspection date is in 2022": the copula between)
	const after = state.items[i + 1];
	const isCopula = after?.type === 'word' && COPULAS.has(after.norm);
	const next = isCopula ? state.items[i + 2] : after;
	if (next?.type !== 'kw') return false;
	// ("books started per month": the date the grain is of)
	const isGrainNext = state.items[i + 2]?.type === 'grain';
	if (isGrainNext && /^(per|by|each|every)$/i.test(next.words)) return true;
	return ['in', 'since', 'before', 'after', 'between', 'from', 'last'].includes(next.kw);
}

/**
 * "total visits" in a `visits` table with a `visits` column: a total (or, for whole-number
 * counts, a "how many") of the word means the column, not the table's rows; so does an
 * average, an extreme or a ranking ("the longest coastline" of a table named Coastline length).
 */
export function sameNamedMeasure(item: RefItem, agg: Aggregate): boolean {
	const top = item.cands[0].score;
	return item.cands.some((c) => {
		if (!isNumericCand(c) || c.score < top - 0.02) return false;
		const column = columnOf(c);
		if (!column) return false;
		// a table is not averaged or ranked: "average elevation" of a table named Elevation
		return agg === 'count' ? holdsCounts(column) : agg !== 'count_distinct';
	});
}

/** The text column the words after a number name, when it holds that number as written. */
export function textColumnHolding(ref: RefItem, num: { raw: string }): ColumnInfo | false {
	for (const c of ref.cands) {
		if (c.target.kind !== 'column' || c.target.column.kind !== 'text' || c.isLoose) continue;
		const profile = c.target.column.profile;
		const values = [...(profile?.values ?? []), ...(profile?.topValues ?? []).map((t) => t.value)];
		if (values.some((v) => typeof v === 'string' && v.trim() === num.raw)) return c.target.column;
	}
	return false;
}

const COMPARISONS = new Set(['gt', 'lt', 'gte', 'lte', 'between']);

/** The reference at i is the subject of a comparison right after it ("volume above 50 million"). */
export function isCompared(state: ParseState, i: number): boolean {
	const next = state.items[nextIndex(state, i + 1)];
	return next?.type === 'kw' && COMPARISONS.has(next.kw);
}

/**
 * "total value of all Very Good diamonds": "value" (or "worth") after a total or an average
 * names the table's money column, which its rows' price is, rather than a count of the rows.
 */
export function worthMeasure(
	state: ParseState,
	table: TableInfo,
	pending: { agg: Aggregate; words: string }
): Measure | undefined {
	if (pending.agg !== 'sum' && pending.agg !== 'avg' && pending.agg !== 'median') return undefined;
	const mass = pending.agg === 'sum' ? massOf(state, table) : undefined;
	if (mass) return { agg: 'sum', column: mass.column, words: `${pending.words} ${mass.words}` };
	const k = state.items.findIndex(
		(x, j) => !state.used[j] && x.type === 'word' && (x.norm === 'value' || x.norm === 'worth')
	);
	if (k < 0) return undefined;
	const column = dimensionColumn('most expensive', [table], [table]);
	if (!column) return undefined;
	state.used[k] = true;
	return { agg: pending.agg, column, words: `${pending.words} ${state.items[k].words}` };
}

/** A label whose distinct values are at most this share of the rows names things the rows repeat. */
const REPEATED_SHARE = 0.5;

/**
 * "how many species are there" of a table Species with a row per species and county: when the
 * column that names the table's things (`common_name`) repeats them row after row, the things
 * are its distinct values, not the rows.
 */
export function repeatedThings(
	cand: Candidate,
	pending: { agg: Aggregate; words: string },
	words: string
): Measure | undefined {
	const target = cand.target;
	if (pending.agg !== 'count' || target.kind !== 'table' || target.isRowNoun) return undefined;
	const table = target.table;
	// "how many loans" of "Library loans": the head noun of a longer name is what each row is
	// (a one-word name, "Species", may name the things its rows observe)
	const name = splitName(table.humanName);
	const head = name.length > 1 ? headWords(name, true) : [];
	const said = normalizeWord(words.split(' ').at(-1) ?? '');
	if (head.includes(said)) return undefined;
	// ("how many animals" beside an `Animal ID`: the things have their own number, names repeat)
	if (table.columns.some((c) => isIdentifierColumn(c) && c.words[0] === said)) return undefined;
	const label = labelColumn(table);
	const rows = table.rowCount ?? 0;
	const distinct = label?.profile?.distinctCount ?? 0;
	if (!label || label.kind !== 'text' || !namesOwnThings(label) || rows === 0) return undefined;
	if (distinct === 0 || distinct > REPEATED_SHARE * rows) return undefined;
	return { agg: 'count_distinct', column: label, words };
}

/** Words a name column may carry besides "name" and still name the table's own things. */
const NAME_QUALIFIERS = new Set(['common', 'full', 'official', 'display', 'short', 'english']);

/**
 * `common_name` of Species, not `Airport Name` of Bird strikes. (A column named like the table,
 * `sky` of Sky, is offered as a reading of its own.)
 */
function namesOwnThings(label: ColumnInfo): boolean {
	return isNamedLabel(label) && label.words.every((w) => isLabelWord(w) || NAME_QUALIFIERS.has(w));
}

/** A table read from a loose match of its name ("pizzas" for Pizza sales): less sure. */
export function looseTable(state: ParseState, words: string, table: TableInfo): void {
	state.intent.factors.push({ reason: `"${words}" read as ${table.humanName}`, factor: 0.8 });
}

/** Column words between values of that column and a noun for the table's rows. */
export function isNameOfFilteredValues(state: ParseState, i: number, column: ColumnInfo): boolean {
	const next = state.items[i + 1];
	const rows =
		next?.type === 'ref' &&
		next.cands[0]?.target.kind === 'table' &&
		next.cands[0].target.table === column.table;
	return rows && state.intent.filters.some((f) => f.column === column);
}

/**
 * "the most jobs" of a `Job No`: the plural of the things a number tells apart counts them; a
 * total or an average of the numbers means nothing.
 */
export function isCountOfNumbered(measure: Measure): boolean {
	const column = measure.column;
	if (!column || !['sum', 'avg', 'median'].includes(measure.agg)) return false;
	if (!isIdentifierColumn(column) || column.words.length < 2) return false;
	const said = measure.words.toLowerCase().split(/\s+/);
	const plurals = said.filter((w) => !isSingularWords(w)).map(normalizeWord);
	// ("the most customers" of a till's `Receipt No`: another noun for what the number names)
	const isOtherNoun =
		!said.includes(column.words.at(-1) ?? '') && plurals.some((w) => w.length > 3);
	return isOtherNoun || plurals.includes(column.words[0]);
}

/**
 * `Receipt No` of a till, on each line of a receipt: a number that names things several rows
 * share, so "how many customers" counts its distinct values.
 */
export function isRepeatedNumber(column: ColumnInfo): boolean {
	const last = column.words.at(-1) ?? '';
	return IDENTIFIER_WORDS.has(last) && column.words.length > 1 && isOnePerRow(column) === false;
}

/** Last words of a column that sorts things into kinds. */
const KIND_WORDS = new Set(['type', 'kind', 'category', 'class', 'sort']);

/**
 * "bikes" of `bike_type`: the plural of the things a kind column sorts names those things, one
 * a row, not the kinds.
 */
export function isThingOfKind(words: string, column: ColumnInfo): boolean {
	const [thing, kind] = column.words;
	if (column.words.length !== 2 || !KIND_WORDS.has(kind) || isSingularWords(words)) return false;
	return normalizeWord(words.toLowerCase().split(/\s+/).at(-1) ?? '') === thing;
}

/**
 * A column counted whose words name the rows: between values of it and the rows' noun ("how
 * many high or urgent priority tickets"), or the things its kinds sort ("how many bikes" of
 * `bike_type`), or the times a column said of some rows only is given ("how many apologies":
 * kept to those rows). How the words are read, or undefined.
 */
export function rowsCountedAs(
	state: ParseState,
	i: number,
	column: ColumnInfo
): { kind: 'column' | 'table'; meaning: string; isRows?: boolean } | undefined {
	if (isNameOfFilteredValues(state, i, column)) {
		return { kind: 'column', meaning: `the values are of "${column.name}"` };
	}
	if (isThingOfKind(state.items[i].words, column)) {
		return { kind: 'table', meaning: `the rows, each of one "${column.name}"` };
	}
	if (isTimesDone(state, i, column)) {
		// ("how many boats went out" of hires carrying their people: the hires, not the people)
		return { kind: 'table', meaning: 'the times it was done, one row each', isRows: true };
	}
	if (isOccasional(state.items[i].words, column)) {
		const words = state.items[i].words;
		addFilter(state, { column, op: 'not_null', values: [], words });
		return { kind: 'column', meaning: `the rows "${column.name}" is given for` };
	}
	return undefined;
}

/** Kinds at most, and share of rows left empty at least, of a column said of some rows only. */
const OCCASIONAL_KINDS = 20;
const OCCASIONAL_EMPTY = 0.5;

/**
 * "how many apologies weren't for illness" of a register's `apologies`, filled in with a reason
 * only when one was sent: the column's own plural counts the times it was given, not its few
 * kinds of reason.
 */
function isOccasional(words: string, column: ColumnInfo): boolean {
	const p = column.profile;
	const said = words.toLowerCase();
	if (column.kind !== 'text' || !p || column.words.length !== 1) return false;
	const isOwnPlural = said !== normalizeWord(said) && normalizeWord(said) === column.words[0];
	return isOwnPlural && p.nullShare >= OCCASIONAL_EMPTY && p.distinctCount <= OCCASIONAL_KINDS;
}
