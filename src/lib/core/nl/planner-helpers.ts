/**
 * Small judgements about tables and columns: which column names a row, which date column is
 * a table's time axis, which aggregate a bare measure implies, which grain suits a date span.
 */
import type { Aggregate, Measure } from './intent';
import type { ColumnInfo, TableInfo } from './lexicon';
import { BEGAN_WORDS, IDENTIFIER_WORDS, type Grain } from './vocabulary';
import { normalizeWord } from './text';
import { bookedAndFor } from './elapsed-dates';
import { isParticiple, lemmasOf } from './word-net';

const INTEGER_TYPE =
	/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|INT\d+)/i;
/** Words of numeric columns that identify, locate or price a row rather than count things. */
const NOT_COUNT_WORDS = new Set(
	(
		'id key code zip postcode rank position index no num year month day hour age ' +
		'latitude longitude lat lon lng score rating grade level version stars star ' +
		'cost price fee fare charge pence'
	).split(' ')
);

/**
 * A column whose rows are already counts of things ("people", "cases", "votes"): whole,
 * non-negative numbers, not an identifier or a measurement. "Number of people" sums it.
 */
export function holdsCounts(column: ColumnInfo): boolean {
	if (column.kind !== 'number' || !INTEGER_TYPE.test(column.type.trim())) return false;
	if (!isCountOf(column) && column.words.some((w) => NOT_COUNT_WORDS.has(w))) return false;
	const min = column.profile?.min;
	// (a till's `Qty` of -1 for a voided line still counts the things sold)
	const isQuantity = column.content.length === 1 && QUANTITY_WORDS.has(column.content[0]);
	return (typeof min !== 'number' || min >= 0 || isQuantity) && !isRowNumber(column);
}

/** Names of a column of how many of the row's thing it stands for. */
const QUANTITY_WORDS = new Set(['qty', 'quantity', 'units']);

/**
 * A running number (1, 2, 3, … with no gaps, many of them): it numbers rows, it counts nothing.
 * A count column rarely fills a long range without gaps, with that many distinct values.
 */
export function isRowNumber(column: ColumnInfo): boolean {
	const profile = column.profile;
	const rows = column.table.rowCount;
	if (!profile || !rows || typeof profile.min !== 'number' || typeof profile.max !== 'number')
		return false;
	const distinct = profile.distinctCount;
	if (profile.min !== 0 && profile.min !== 1) return false;
	// (distinct counts of large tables are estimates, within a few percent)
	const range = profile.max - profile.min + 1;
	return distinct >= 100 && distinct >= 0.2 * rows && Math.abs(range - distinct) <= 0.03 * range;
}

/** A column of numbers or codes that tell rows apart: `order_no`, `Receipt Ref`, a row number. */
export function isIdentifierColumn(column: ColumnInfo): boolean {
	if (isCountOf(column)) return false;
	return isRowNumber(column) || column.words.some((w) => IDENTIFIER_WORDS.has(w));
}

/** First words of a name that counts what follows "of". */
const COUNT_HEADS = new Set(['no', 'number', 'num', 'nr', 'count']);

/** `No. of Players`, `number_of_guests`: how many, no number naming a row. */
function isCountOf(column: ColumnInfo): boolean {
	return column.words.length > 2 && column.words[1] === 'of' && COUNT_HEADS.has(column.words[0]);
}

/**
 * "members" read as `member_no`: words that name the rows an identifier column tells apart,
 * not the identifier itself ("calling code", "batch no" say it).
 */
export function namesRowsOfIdentifier(words: string, column: ColumnInfo): boolean {
	const said = words.toLowerCase().split(/\s+/);
	return isIdentifierColumn(column) && !said.some((w) => IDENTIFIER_WORDS.has(w));
}

/** The first and last year a year column holds (of years kept as text, those listed). */
export function yearBounds(column: ColumnInfo): { min: number; max: number } | undefined {
	const { min, max } = column.profile ?? {};
	if (typeof min === 'number' && typeof max === 'number') return { min, max };
	if (!column.isTextYear) return undefined;
	const listed = column.profile?.values ?? column.profile?.topValues.map((t) => t.value) ?? [];
	const years = listed.map((v) => Number(v)).filter((n) => Number.isInteger(n) && n > 0);
	if (years.length === 0) return undefined;
	return { min: Math.min(...years), max: Math.max(...years) };
}

/**
 * Whether each row has its own value of `column` (nine in ten distinct, or more); undefined
 * when the profile does not tell.
 */
export function isOnePerRow(column: ColumnInfo): boolean | undefined {
	const rows = column.table.rowCount;
	const distinct = column.profile?.distinctCount;
	if (!rows || !distinct) return undefined;
	return distinct >= 0.9 * rows;
}

/**
 * "average quantity per order" on a table of orders whose `customer` (its most distinct text
 * column) repeats: "per" the table's rows is per row. "by species" still groups by the
 * species' `common_name`: a column named as a name names the rows.
 */
export function isPerRowOnly(label: ColumnInfo, measures: Measure[]): boolean {
	return (
		isOnePerRow(label) === false &&
		!isNamedLabel(label) &&
		measures.some((m) => m.agg === 'avg' && m.column?.table === label.table)
	);
}

const NUMBERING_WORDS = new Set(['id', 'code', 'no', 'num', 'number', 'key']);

/** A whole-number column that numbers things (`mote_id`, `store_no`): its values name them. */
export function isNumberedThing(column: ColumnInfo): boolean {
	const last = column.words.at(-1) ?? '';
	return (
		column.kind === 'number' &&
		column.words.length > 1 &&
		NUMBERING_WORDS.has(last) &&
		INTEGER_TYPE.test(column.type.trim())
	);
}

const LABEL_WORDS = ['name', 'title', 'label'];

/** A column named as a name: "Name", "common_name", "Title". */
export function isNamedLabel(column: ColumnInfo): boolean {
	return column.words.some(isLabelWord);
}

/** "name", "title", "label": a word that says a column names things. */
export function isLabelWord(word: string): boolean {
	return LABEL_WORDS.includes(word);
}

/** The last word of a table's name, singular: what each row is ("World cities" → city). */
export function rowsNoun(table: TableInfo): string {
	return normalizeWord(
		table.humanName
			.toLowerCase()
			.split(/[\s_]+/)
			.at(-1) ?? ''
	);
}

/**
 * The column that names a row: the one named like the table's rows (`city` of "World cities"),
 * else "Name", "Title" (a bare one before `admin_name`), else the most distinct text column.
 */
export function labelColumn(table: TableInfo): ColumnInfo | undefined {
	// a column with one value throughout ("nodejs" in every row) names nothing
	const text = table.columns.filter(
		(c) => c.kind === 'text' && (!c.profile || c.profile.distinctCount > 1 || table.rowCount === 1)
	);
	const head = rowsNoun(table);
	const own = text.find((c) => c.words.length === 1 && normalizeWord(c.words[0]) === head);
	if (own) return own;
	const named =
		text.find((c) => c.words.length === 1 && isNamedLabel(c)) ?? text.find(isNamedLabel);
	if (named) return named;
	return [...text].sort(
		(a, b) => (b.profile?.distinctCount ?? 0) - (a.profile?.distinctCount ?? 0)
	)[0];
}

/** Verbs of keeping a record, whose time is the record's rather than its event's. */
const RECORD_KEEPING = new Set([
	'submitted',
	'entered',
	'logged',
	'recorded',
	'uploaded',
	'updated'
]);

/**
 * The table's time axis: the one date column that says when each row happened (`shippedAt` of
 * shipments, `created_at`), else a date column named date/time/day, else any date, else a
 * whole-number year.
 */
export function timeColumn(table: TableInfo): ColumnInfo | undefined {
	const dates = table.columns.filter((c) => c.kind === 'date');
	const own = dates.length > 1 ? dates.filter((c) => isRowsOwnTime(table, c)) : [];
	const named = dates.find((c) => c.words.some((w) => w === 'date' || w === 'time' || w === 'day'));
	// `Submitted At` beside `work_date`: when the record was kept, not the day it is about
	const isRecordKept = own.length === 1 && own[0].words.some((w) => RECORD_KEEPING.has(w));
	if (isRecordKept && named && named !== own[0] && /^DATE$/i.test(named.type)) return named;
	// `booked_on` (a timestamp) beside `arrival`: the day a booking is for, not when it was made
	const booking = bookedAndFor(table, own);
	if (booking) return booking.day;
	const begun = own.length === 1 ? own[0] : dates.length === 1 ? dates[0] : undefined;
	const period = begun && periodYear(table, begun);
	if (period) return period;
	if (own.length === 1) return own[0];
	// (`Requested At` beside a `received_date` still empty for returns in transit: the row's own
	// time is known for every row)
	const always = own.filter((c) => c.profile?.nullShare === 0);
	if (always.length === 1 && own.length > 1) return always[0];
	return named ?? dates[0] ?? table.columns.find((c) => c.kind === 'year');
}

/**
 * `rent_year` beside a tenancy's `Start`: a row for each tenant and year, the start said on each
 * of them. A whole-number year column every row holds, named a year, is the rows' own period,
 * where a date of beginning is not.
 */
function periodYear(table: TableInfo, own: ColumnInfo): ColumnInfo | undefined {
	const isBegun = own.words.some((w) => BEGAN_WORDS.has(w)) && !own.words.includes(rowsNoun(table));
	const years = table.columns.filter(
		(c) => c.kind === 'year' && c.words.includes('year') && c.profile?.nullShare === 0
	);
	return isBegun && years.length === 1 ? years[0] : undefined;
}

/**
 * A date that says when the row itself happened: named by the verb of what the rows are
 * ("shipped" of Shipments, "listed" of listings, "inspection date" of inspections) or by a
 * beginning (created, ordered, booked).
 */
function isRowsOwnTime(table: TableInfo, column: ColumnInfo): boolean {
	const head = rowsNoun(table);
	return column.words.some((w) => {
		if (w === head || BEGAN_WORDS.has(w)) return true;
		if (!/ed$/.test(w)) return false;
		return lemmasOf(w).some((l) => l !== w && l.length >= 3 && head.startsWith(l));
	});
}

const ADDITIVE_WORDS = new Set(
	(
		'count sales revenue amount total gross cost quantity qty units volume deaths death ' +
		'generation population pop votes budget profit income spend spending expense precipitation ' +
		'rain rainfall sold orders order visits clicks number fee fare charge payment tip tax ' +
		'amt owed donation donations raised calories distance kwh mwh gwh twh consumption usage vat gst ' +
		'download downloads stream streams listen listens impression impressions ' +
		'mile miles km kms kilometre kilometres kilometer kilometers used consumed'
	).split(' ')
);

/** Words of a rate or a share, which never adds up. */
const RATE_WORDS = new Set('rate rates pct percent percentage share ratio'.split(' '));

/** Words of money that is a level or a rate, not an amount that adds up. */
const NOT_ADDITIVE_MONEY = new Set(
	'rate price balance average avg mean per daily hourly unit median max min'.split(' ')
);

/** A column named with its currency: `Cost (£)`, `Paid In ($)`. */
export function isCurrencyNamed(column: ColumnInfo): boolean {
	return /[£$€]/.test(column.name);
}

/** A column kept in pence: `card_p`, `Cash (pence)`. */
export function isPenceNamed(column: ColumnInfo): boolean {
	return column.words.includes('pence') || (column.words.length > 1 && column.words.at(-1) === 'p');
}

/** A column whose distinct values are at least this share of its filled cells names rows. */
const UNIQUE_SHARE = 0.95;

/** Each value names one row: a country's name in a table of countries, an identifier. */
export function namesEachRow(column: ColumnInfo): boolean {
	const rows = column.table.rowCount;
	if (!rows) return false;
	const filled = rows * (1 - (column.profile?.nullShare ?? 0));
	return (column.profile?.distinctCount ?? 0) >= UNIQUE_SHARE * filled;
}

/** A measure named without an aggregate: sums for additive quantities, else the average. */
export function impliedAggregate(column: ColumnInfo): Aggregate {
	// ("VAT rate", "tax %": a rate of an amount that adds up does not)
	const isRate = column.words.some((w) => RATE_WORDS.has(w)) || /%/.test(column.name);
	if (column.words.some((w) => ADDITIVE_WORDS.has(w)) && !isRate) return 'sum';
	// "Paid In (£)", `card_p`: money, which adds up, unless a rate, price or balance
	const isMoney = (isCurrencyNamed(column) || isPenceNamed(column)) && column.kind === 'number';
	if (isMoney && !column.words.some((w) => NOT_ADDITIVE_MONEY.has(w))) return 'sum';
	return isCountOfThings(column) || isTimeLogged(column) || isWeightLogged(column) ? 'sum' : 'avg';
}

const WEIGHT_WORDS = new Set('weight mass kg kgs kilograms lbs tonnes tons'.split(' '));

/**
 * `Weight (kg)` of a harvest log or of shipments: what each dated record brought in or sent
 * out, so "kg by plot" totals. The weight of a being or a thing that is itself the row (a pet
 * of a given age at each visit, a car, an athlete) is its size, and averages.
 */
function isWeightLogged(column: ColumnInfo): boolean {
	if (column.kind !== 'number' || !column.words.some((w) => WEIGHT_WORDS.has(w))) return false;
	const table = column.table;
	if (!table.columns.some((c) => c.kind === 'date')) return false;
	if (table.columns.some((c) => c.kind === 'number' && c.words.some((w) => w.startsWith('age'))))
		return false;
	const label = labelColumn(table);
	return !(label && isOnePerRow(label) === true);
}

const TIME_UNITS = new Set('hours hour hrs hr minutes minute mins min'.split(' '));

/** Words for time worked or lost, which adds up: `labour_hrs`, `Downtime (hrs)`, `overtime`. */
const TIME_SPENT_WORDS = new Set(
	'labour labor work worked overtime downtime billable billed logged volunteered'.split(' ')
);

/**
 * `Hours` in a dated log (a timesheet), `labour_hrs`, `Downtime (hrs)`: the time each row adds,
 * so "hours per employee" totals. (A duration of each row, `dur_min`, `firstResponseHrs`, is
 * how long it took: averaged.)
 */
function isTimeLogged(column: ColumnInfo): boolean {
	if (column.kind !== 'number' || !timeColumn(column.table)) return false;
	const isUnitAlone = column.content.length === 1 && TIME_UNITS.has(column.content[0]);
	return isUnitAlone || column.words.some((w) => TIME_SPENT_WORDS.has(w));
}

/**
 * "births", "accidents", "visitors": whole non-negative numbers named by one plural noun, in a
 * table with a time axis. Each row counts things that happened, so "accidents per year" totals.
 * A verb's past form counts those it happened to alike ("attended", "injured").
 */
function isCountOfThings(column: ColumnInfo): boolean {
	const done = thingsDone(column);
	// ("allergy meals" of School meals: some of the things the rows are of, counted)
	const last =
		column.name
			.trim()
			.split(/[\s_]+/)
			.at(-1) ?? '';
	const isSomeOfRows = /[a-z]s$/i.test(last) && normalizeWord(last) === rowsNoun(column.table);
	if (isSomeOfRows && column.content.length === 2 && holdsCounts(column)) return true;
	if (column.content.length !== 1 && !done) return false;
	const name = done ?? column.name.trim();
	const isPlural = /[a-z][^siu]s$/i.test(name);
	const word = name.toLowerCase();
	const isPastForm = /^[a-z]{3,}ed$/.test(word) && lemmasOf(word).some((l) => l !== word);
	if (!isPlural && !isPastForm) return false;
	if (!holdsCounts(column)) return false;
	return !!timeColumn(column.table);
}

/**
 * "Eggs Collected", "Hens Lost", "Goals Scored": a plural noun, then what happened to them.
 * Returns the noun.
 */
export function thingsDone(column: ColumnInfo): string | undefined {
	if (column.content.length !== 2) return undefined;
	const [things, done] = column.name
		.replace(/\(.*?\)/g, '')
		.trim()
		.toLowerCase()
		.split(/[\s_]+/);
	if (!things || !done || !/[a-z][^siu]s$/.test(things) || IDENTIFIER_WORDS.has(done))
		return undefined;
	const isDone = isParticiple(done) || lemmasOf(done).some((l) => l !== done);
	return isDone ? things : undefined;
}

/** A grain that gives a readable number of points for a date span. */
export function defaultGrain(column: ColumnInfo): Grain {
	if (column.kind === 'year') return 'year';
	const { min, max } = column.profile ?? {};
	const a = typeof min === 'string' ? Date.parse(min) : NaN;
	const b = typeof max === 'string' ? Date.parse(max) : NaN;
	if (Number.isNaN(a) || Number.isNaN(b)) return 'year';
	const days = (b - a) / 86_400_000;
	// Monthly or yearly data (first days of months, a month or more apart on average): its own
	// points, so monthly prices stay monthly.
	const distinct = column.profile?.distinctCount ?? 0;
	const isMonthStarts = [min, max].every((d) => typeof d === 'string' && /^\d{4}-\d\d-01/.test(d));
	if (isMonthStarts && distinct > 1 && days / (distinct - 1) >= 28) return 'day';
	if (days > 365 * 50) return 'year';
	if (days > 90) return 'month';
	return 'day';
}

/** Whether a table row is itself a countable thing named by the table ("cars", "flights"). */
export function countColumn(table: TableInfo): ColumnInfo | undefined {
	return table.columns.find(
		(c) =>
			c.kind === 'number' &&
			c.words.length === 1 &&
			['count', 'n', 'frequency', 'freq'].includes(c.words[0])
	);
}

/**
 * "wheat price" for a table called "Wheat prices" with columns wheat and wages: the one numeric
 * column (not the time axis) whose name is among the words that named the table.
 */
export function columnNamedByTable(table: TableInfo, words: string): ColumnInfo | undefined {
	const said = new Set(words.toLowerCase().split(/\s+/).map(normalizeWord));
	const time = timeColumn(table);
	const named = table.columns.filter(
		(c) => c.kind === 'number' && c !== time && c.content.some((w) => said.has(w))
	);
	// ("School meals" with `meals_served` beside `Free Meals`: the rows' noun, then what was done)
	const done = named.filter((c) => normalizeWord(thingsDone(c) ?? '') === rowsNoun(table));
	return named.length === 1 ? named[0] : done.length === 1 ? done[0] : undefined;
}
