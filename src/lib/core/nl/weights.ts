/**
 * Tables whose rows are counts: a whole-number column such as "count", "n" or "people" says
 * how many things each row stands for. Counting such a table's rows answers the wrong
 * question; "how many", "number of X", "X by Y" and "top 5 Y" sum that column instead.
 */
import { numberedWithin } from './numbered-within';
import { wordBesideTime } from './column-entries';
import { IDENTIFIER_WORDS } from './vocabulary';
import type { ColumnInfo, TableInfo } from './lexicon';
import type { ParseState } from './parse-state';
import { holdsCounts, rowsNoun, thingsDone, timeColumn } from './planner-helpers';
import { hasNames } from './parse-records';
import { normalizeWord, splitName } from './text';
import { quantityCounted } from './quantities';

/** Single-word column names that hold how many things a row stands for. */
const WEIGHT_NAMES = new Set(
	'count n freq frequency number total people person headcount tally'.split(' ')
);

/** The column that weighs each row of the table, if there is exactly one. */
export function weightColumn(table: TableInfo): ColumnInfo | undefined {
	const columns = table.columns.filter(
		(c) =>
			c.kind === 'number' &&
			holdsCounts(c) &&
			c.content.length === 1 &&
			WEIGHT_NAMES.has(c.content[0])
	);
	return columns.length === 1 ? columns[0] : undefined;
}

/** Count words that name what is counted ("total unemployment"), not only rows or times. */
function namesRows(words: string): boolean {
	const noun = words.replace(/\b(how many|number of|count of|count|total|the)\b/gi, ' ').trim();
	return noun !== '' && !TIME_NOUNS.test(noun);
}

/** Words after a table name's first word that leave it the name's noun ("Unemployed by industry"). */
const HEAD_ENDS = new Set(['by', 'per', 'of', 'in', 'for', 'from', 'at', 'and']);

/**
 * "total unemployment" of a table "Unemployed by industry" with an `unemployed` column of
 * counts: the rows the table's name speaks of are counted in the column of that name.
 */
function namesakeCounts(table: TableInfo): ColumnInfo | undefined {
	const [head, next] = splitName(table.humanName);
	// ("total meals" of School meals with `meals_served`: the rows' noun, then what was done)
	const done = table.columns.filter(
		(c) => c.kind === 'number' && normalizeWord(thingsDone(c) ?? '') === rowsNoun(table)
	);
	if (done.length === 1) return done[0];
	// ("Window cleaning rounds": a first word before another noun only qualifies it)
	if (next !== undefined && !HEAD_ENDS.has(next)) return undefined;
	const columns = table.columns.filter(
		(c) => c.kind === 'number' && holdsCounts(c) && c.content.length === 1 && c.content[0] === head
	);
	return columns.length === 1 ? columns[0] : undefined;
}

/** Names of a column holding how often each row's thing occurs, as a share. */
const SHARE_NAMES = new Set('freq frequency share proportion percent percentage'.split(' '));

/**
 * "the most common letter" of a table of letters with their `frequency` (0.127, 0.091, …): how
 * common a row's thing is, which ranks the rows (and never counts them: "how many" stays a count).
 */
function shareColumn(table: TableInfo): ColumnInfo | undefined {
	const columns = table.columns.filter(
		(c) => c.kind === 'number' && c.content.length === 1 && SHARE_NAMES.has(c.content[0])
	);
	return columns.length === 1 ? columns[0] : undefined;
}

/** The one table a question without a named table reads: from its columns, or the only one. */
function tableOfIntent(state: ParseState): TableInfo | undefined {
	const intent = state.intent;
	const tables = new Set<TableInfo>(intent.tables);
	for (const f of intent.filters) if (f.column) tables.add(f.column.table);
	for (const g of intent.groups) tables.add(g.column.table);
	for (const m of intent.measures) {
		const t = m.column?.table ?? m.table;
		if (t) tables.add(t);
	}
	if (tables.size === 1) return [...tables][0];
	if (tables.size === 0 && state.prepared.tables.length === 1) return state.prepared.tables[0];
	if (tables.size === 0 && state.preferredTables.size === 1) return [...state.preferredTables][0];
	return undefined;
}

/** Turns counts of rows into sums of the table's weight column, and says so in the reading. */
export function weighCounts(state: ParseState): void {
	const intent = state.intent;
	for (const measure of intent.measures) {
		if (measure.agg !== 'count' || measure.column || measure.metric) continue;
		const table = measure.table ?? tableOfIntent(state);
		const isCommonest = state.orderAgg === 'most' || state.orderAgg === 'least';
		const weight =
			table &&
			(weightColumn(table) ??
				(isCommonest ? shareColumn(table) : undefined) ??
				(namesRows(measure.words) ? namesakeCounts(table) : undefined));
		// ("entries in each series" of race entries with a `raceNo`: the races are not counted)
		const orders =
			table && saysRowsNoun(state, table) ? lineIdentifier(table, measure.words) : undefined;
		if (orders && (measure.isRows || !weight)) {
			// "how many orders" of order lines: the orders are the distinct order numbers
			const before = measure.words.trim() || 'number of rows';
			measure.agg = 'count_distinct';
			measure.column = orders;
			measure.table = undefined;
			const within = numberedWithin(orders);
			recount(state, before, `rows are lines: counting distinct "${orders.name}"${within}`);
			continue;
		}
		const dates = table && registerDates(table, measure.words);
		if (dates) {
			// "how many rehearsals" of a register with a row per singer at each `Rehearsal Date`
			const before = measure.words.trim();
			Object.assign(measure, { agg: 'count_distinct', column: dates, isDistinctDays: true });
			measure.table = undefined;
			recount(state, before, `distinct "${dates.name}" (many rows on each)`);
			continue;
		}
		if (measure.isRows) continue;
		const quantity = !weight && table ? quantityCounted(state, measure, table) : undefined;
		if (quantity) {
			const before = measure.words.trim();
			measure.agg = 'sum';
			measure.column = quantity;
			measure.table = undefined;
			recount(state, before, `sum of "${quantity.name}" (each row holds a quantity)`);
			continue;
		}
		if (!weight) {
			// "how many months had …": the count is of time points after all
			const countsTimes = state.items.some((x, k) => {
				const next = state.items[k + 1];
				return x.type === 'kw' && x.kw === 'count' && !!next && TIME_NOUNS.test(next.words);
			});
			if (table && !countsTimes && isCountOfTimePoints(table, measure.words)) {
				const counts = table.columns.filter((c) => holdsCounts(c) && !c.parts && !c.span);
				intent.refusal = {
					reason: `Each row of ${table.humanName} is one point in time, with counts in ${counts.map((c) => `"${c.name}"`).join(', ')}: counting its rows would count the times, not "${measure.words.trim()}".`,
					suggestions: counts.slice(0, 3).map((c) => `total ${c.name}`)
				};
				return;
			}
			continue;
		}
		const before = measure.words.trim() || 'number of rows';
		measure.agg = 'sum';
		measure.column = weight;
		measure.table = undefined;
		recount(state, before, `rows are counts: summing "${weight.name}"`);
	}
}

/** Says in the reading how the rows counted as `words` are counted after all. */
/** Rows on each date, on average, past which a date is an event many rows take part in. */
const ROWS_PER_EVENT = 5;

/**
 * "how many rehearsals" of a choir's register, a row per singer at each `Rehearsal Date`: the
 * events the rows' date is named for are its dates when each one has many rows (a row per
 * visit, two on a busy day, is each visit). Not when the table is named for them, nor when a
 * column of kinds is too ("Exam Type").
 */
function registerDates(table: TableInfo, words: string): ColumnInfo | undefined {
	const date = timeColumn(table);
	const noun = normalizeWord(words.trim().split(/\s+/).at(-1) ?? '');
	if (date?.kind !== 'date' || wordBesideTime(date) !== noun || rowsNoun(table) === noun) return;
	// ("exams" beside `examDate` and `Exam Type`: several kinds of them may share a date)
	if (table.columns.some((c) => c.kind === 'text' && c.words.includes(noun))) return undefined;
	const days = date.profile?.distinctCount ?? 0;
	return days > 0 && (table.rowCount ?? 0) >= ROWS_PER_EVENT * days ? date : undefined;
}

function recount(state: ParseState, words: string, meaning: string): void {
	const intent = state.intent;
	const item = intent.interpretation.find(
		(i) => i.kind === 'aggregate' && i.words === words && i.meaning === 'number of rows'
	);
	if (item) item.meaning = meaning;
	else intent.interpretation.push({ words, kind: 'aggregate', meaning });
}

const TIME_NOUNS =
	/\b(rows?|records?|entries|days?|weeks?|months?|years?|hours?|dates?|times?|periods?|quarters?)\b/i;

/**
 * "how many casualties" of a table with one row per month and counts in several columns (killed,
 * injured): the rows are months, so counting them answers something else, and no one column is
 * the total asked for.
 */
/** A timestamp column whose values carry a time of day other than midnight. */
function isStampedToTheMinute(column: ColumnInfo): boolean {
	if (!/^TIMESTAMP/i.test(column.type)) return false;
	const values = [
		column.profile?.min,
		column.profile?.max,
		...(column.profile?.topValues ?? []).map((t) => t.value)
	];
	return values.some((v) => typeof v === 'string' && /[T ](?!00:00(:00)?)\d\d:\d\d/.test(v));
}

const BIRTH_WORDS = new Set(['birth', 'born', 'dob', 'birthday', 'birthdate']);

function isCountOfTimePoints(table: TableInfo, words: string): boolean {
	if (TIME_NOUNS.test(words)) return false;
	const time = timeColumn(table);
	const rows = table.rowCount;
	if (!time || !rows || (time.profile?.distinctCount ?? 0) < rows) return false;
	// a date of birth says when each person was born, not that each row is a moment
	if (time.words.some((w) => BIRTH_WORDS.has(w))) return false;
	// shipments stamped to the minute: each row is an event at its own moment, not a period
	if (isStampedToTheMinute(time)) return false;
	// episodes each with a title of its own are things released on a day, not days
	if (hasNames(table)) return false;
	return table.columns.filter((c) => holdsCounts(c) && !c.parts && !c.span).length >= 2;
}

/** The question says the noun of the table's rows ("orders" of Nursery orders) somewhere. */
function saysRowsNoun(state: ParseState, table: TableInfo): boolean {
	const noun = rowsNoun(table);
	return state.items.some((x) =>
		x.words
			.toLowerCase()
			.split(/[^a-z]+/)
			.map(normalizeWord)
			.includes(noun)
	);
}

/** Words for the rows themselves, which count the lines. */
const LINE_WORDS = /\b(rows?|lines?|records?|entries|items?)\b/i;

/**
 * `order_no` of "Nursery orders" whose numbers repeat: each row is a line of an order, so the
 * orders counted are the distinct order numbers. Undefined when the words count the lines
 * ("how many order lines") or the identifier names one row each.
 */
export function lineIdentifier(table: TableInfo, words: string): ColumnInfo | undefined {
	if (LINE_WORDS.test(words)) return undefined;
	const noun = rowsNoun(table);
	const ids = table.columns.filter(
		(c) =>
			(c.kind === 'text' || c.kind === 'number') &&
			c.words.includes(noun) &&
			c.words.some((w) => IDENTIFIER_WORDS.has(w) && w !== noun)
	);
	if (ids.length !== 1 || !table.rowCount) return undefined;
	const [id] = ids;
	const filled = table.rowCount * (1 - (id.profile?.nullShare ?? 0));
	const distinct = id.profile?.distinctCount ?? filled;
	return distinct < 0.9 * filled ? id : undefined;
}
