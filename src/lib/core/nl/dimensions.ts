/**
 * Adjectives that name the quantity they compare: "the heaviest car" sorts by a weight-like
 * column, "older than 30" compares an age-like one. The words are general English; they only
 * apply when the data has exactly one fitting numeric column.
 */
import { isTerseFormOf } from './terse-names';
import { isSpanStart } from './year-spans';
import type { ColumnInfo, TableInfo } from './lexicon';
import { wordNetDimension } from './word-net-match';
import { BEGAN_WORDS } from './vocabulary';

const WEIGHT = ['weight', 'mass'];
const LENGTH = ['length', 'duration', 'running', 'runtime', 'hours', 'hrs', 'minutes', 'mins'];
/** "the longest trip" of data with a distance and no duration: how far it went. */
const LENGTH_AFTER = ['distance'];
const PRICE = ['price', 'cost', 'rent', 'fare', 'fee'];
const TEMPERATURE = ['temperature', 'temp'];
const LATITUDE = ['latitude', 'lat'];
const LONGITUDE = ['longitude', 'lon', 'lng', 'long'];
/** Stands for the data's one date or year column. */
const TIME = '@time';

/** Superlative or comparative word (normalised, lower case) → words of fitting column names. */
const DIMENSIONS: Record<string, string[]> = {
	heaviest: WEIGHT,
	lightest: WEIGHT,
	heavier: WEIGHT,
	lighter: WEIGHT,
	longest: LENGTH,
	longer: LENGTH,
	shortest: [...LENGTH, 'height'],
	shorter: [...LENGTH, 'height'],
	fastest: ['speed'],
	slowest: ['speed'],
	faster: ['speed'],
	slower: ['speed'],
	tallest: ['height'],
	taller: ['height'],
	oldest: ['age', TIME],
	youngest: ['age', TIME],
	earliest: [TIME],
	latest: [TIME],
	newest: [TIME],
	'most recent': [TIME],
	northernmost: LATITUDE,
	southernmost: LATITUDE,
	easternmost: LONGITUDE,
	westernmost: LONGITUDE,
	older: ['age'],
	younger: ['age'],
	cheapest: PRICE,
	cheaper: PRICE,
	'most expensive': PRICE,
	'least expensive': PRICE,
	'more expensive': PRICE,
	'less expensive': PRICE,
	priciest: PRICE,
	pricier: PRICE,
	richest: ['income', 'wealth', 'gdp'],
	populous: ['population', 'pop', 'inhabitants', 'residents'],
	'most populous': ['population', 'pop', 'inhabitants', 'residents'],
	'least populous': ['population', 'pop', 'inhabitants', 'residents'],
	poorest: ['income', 'wealth', 'gdp'],
	richer: ['income', 'wealth', 'gdp'],
	poorer: ['income', 'wealth', 'gdp'],
	hottest: TEMPERATURE,
	warmest: TEMPERATURE,
	coldest: TEMPERATURE,
	coolest: TEMPERATURE,
	cooler: TEMPERATURE,
	hotter: TEMPERATURE,
	warmer: TEMPERATURE,
	colder: TEMPERATURE,
	windiest: ['wind'],
	wettest: ['precipitation', 'rain', 'rainfall'],
	deadliest: ['death', 'fatality'],
	'lowest lying': ['elevation', 'altitude', 'elev', 'alt'],
	'highest lying': ['elevation', 'altitude', 'elev', 'alt'],
	...Object.fromEntries(
		[
			'most densely populated',
			'least densely populated',
			'most sparsely populated',
			'least sparsely populated',
			'densest',
			'more densely populated',
			'less densely populated'
		].map((w) => [w, ['density', 'dense']])
	)
};

const HIGH_WORDS = new Set(['max', 'maximum', 'high', 'highest', 'top', 'peak']);
const LOW_WORDS = new Set(['min', 'minimum', 'low', 'lowest', 'bottom']);
/** Adjectives asking for the low end of their quantity ("coldest" → the daily minimum). */
const LOW_ADJECTIVES = new Set(
	'coldest coolest colder cooler lightest lighter shortest shorter slowest slower cheapest cheaper poorest poorer'.split(
		' '
	)
);

/** Whether an adjective asks for the low end of its quantity ("coldest", "lightest"). */
export function isLowEnd(words: string): boolean {
	return LOW_ADJECTIVES.has(words.toLowerCase().trim());
}

/**
 * "hottest" over temp_max and temp_min: an adjective for the high end reads the column of
 * highs, one for the low end the column of lows, when exactly one of each kind fits.
 */
function extremeColumn(words: string, columns: ColumnInfo[]): ColumnInfo | undefined {
	const key = words
		.toLowerCase()
		.replace(/\s+than$/, '')
		.trim();
	const marks = LOW_ADJECTIVES.has(key) ? LOW_WORDS : HIGH_WORDS;
	const fitting = columns.filter((c) => c.words.some((w) => marks.has(w)));
	return fitting.length === 1 ? fitting[0] : undefined;
}

/** On a date or year column, the oldest is the earliest (a time column grows with youth). */
const TIME_DIRECTIONS: Record<string, 'asc' | 'desc'> = {
	oldest: 'asc',
	earliest: 'asc',
	youngest: 'desc',
	latest: 'desc',
	newest: 'desc',
	'most recent': 'desc'
};

/** The sort direction a time adjective asks of a date or year column ("oldest" → earliest). */
export function timeDirection(words: string, column: ColumnInfo): 'asc' | 'desc' | undefined {
	if (column.kind !== 'date' && column.kind !== 'year') return undefined;
	return TIME_DIRECTIONS[words.toLowerCase().trim()];
}

/** Comparatives that read as a comparison: "heavier than" → '>', "younger than" → '<'. */
export const COMPARATIVE_PHRASES: Array<[string, 'gt' | 'lt']> = [
	['heavier than', 'gt'],
	['lighter than', 'lt'],
	['longer than', 'gt'],
	['shorter than', 'lt'],
	['faster than', 'gt'],
	['slower than', 'lt'],
	['taller than', 'gt'],
	['older than', 'gt'],
	['younger than', 'lt'],
	['cheaper than', 'lt'],
	['more expensive than', 'gt'],
	['less expensive than', 'lt'],
	['pricier than', 'gt'],
	['richer than', 'gt'],
	['poorer than', 'lt'],
	['hotter than', 'gt'],
	['warmer than', 'gt'],
	['colder than', 'lt']
];

/**
 * Unit words that say which quantity a number measures: "below 0 degrees" compares a
 * temperature, "over 30 mph" a speed. Words that name two quantities ("pounds": money or
 * weight) are left out.
 */
const UNITS: Record<string, string[]> = {
	...Object.fromEntries(
		['degrees', 'degree', 'celsius', 'fahrenheit'].map((u) => [u, TEMPERATURE])
	),
	...Object.fromEntries(
		['mm', 'millimeters', 'millimetres'].map((u) => [
			u,
			['precipitation', 'rain', 'rainfall', 'snow', 'snowfall']
		])
	),
	// centimetres and inches measure rain or snow, or how tall or long a thing is
	...Object.fromEntries(
		['cm', 'centimeters', 'centimetres', 'inches', 'inch'].map((u) => [
			u,
			['precipitation', 'rain', 'rainfall', 'snow', 'snowfall', 'height', 'length', 'width']
		])
	),
	...Object.fromEntries(['mph', 'kmh', 'knots'].map((u) => [u, ['speed', 'wind']])),
	...Object.fromEntries(
		['kg', 'kilograms', 'kilos', 'grams', 'lbs', 'tons', 'tonnes'].map((u) => [u, WEIGHT])
	),
	...Object.fromEntries(
		['dollars', 'usd', 'euros'].map((u) => [u, [...PRICE, 'amount', 'revenue', 'sales']])
	),
	...Object.fromEntries(
		['percent', 'pct'].map((u) => [u, ['percent', 'percentage', 'pct', 'rate', 'share']])
	),
	...Object.fromEntries(
		['minutes', 'minute', 'mins', 'hours', 'hour', 'hrs', 'seconds', 'secs'].map((u) => [
			u,
			[
				'delay',
				'duration',
				'time',
				'wait',
				'runtime',
				'lateness',
				'minutes',
				'hours',
				'seconds',
				'hrs',
				'mins'
			]
		])
	),
	...Object.fromEntries(
		['km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres'].map((u) => [
			u,
			['distance', 'length', 'miles', 'km']
		])
	),
	...Object.fromEntries(
		['people', 'inhabitants', 'residents', 'persons', 'citizens'].map((u) => [
			u,
			['population', 'pop', 'inhabitants', 'residents', 'people']
		])
	),
	...Object.fromEntries(
		['km²', 'km2', 'sqkm', 'mi²', 'hectares', 'acres'].map((u) => [
			u,
			['area', 'size', 'surface', 'acreage']
		])
	),
	// "180 tall", "40 years old": the adjective after a number says what it measures
	tall: ['height'],
	old: ['age'],
	heavy: WEIGHT,
	...Object.fromEntries(
		['feet', 'foot', 'ft', 'meters', 'metres'].map((u) => [
			u,
			['elevation', 'altitude', 'height', 'elev', 'alt', 'length', 'distance', 'ft']
		])
	)
};

/** True for a unit word ("degrees", "mph", "kg") that says what a number measures. */
export function isUnitWord(word: string): boolean {
	return Object.hasOwn(UNITS, word.toLowerCase());
}

/** True when `column` is measured in `unit` ("degrees" and `inside_temp`). */
export function isMeasuredIn(unit: string, column: ColumnInfo): boolean {
	const dims = Object.hasOwn(UNITS, unit.toLowerCase()) ? UNITS[unit.toLowerCase()] : [];
	return (
		column.kind === 'number' &&
		column.words.some((w) => dims.includes(w)) &&
		!isRateOf(dims, column)
	);
}

/** `Avg Speed (km/h)`, `cost per km`: a rate of the unit, not an amount measured in it. */
function isRateOf(dims: string[], column: ColumnInfo): boolean {
	const name = column.name.toLowerCase();
	return dims.some((d) => new RegExp(`(^|[^a-z])${d}\\s*(/|per\\b)`).test(name));
}

/**
 * The one numeric column measured in `unit` ("degrees" → the temperature column), looked for in
 * the preferred tables first; several that fit are left to `settle` (undefined: none fits).
 */
export function unitColumn(
	unit: string,
	preferred: TableInfo[],
	all: TableInfo[],
	settle: (columns: ColumnInfo[]) => ColumnInfo | undefined = () => undefined
): ColumnInfo | undefined {
	if (!isUnitWord(unit)) return undefined;
	for (const tables of [preferred, all]) {
		const columns = tables.flatMap((t) => t.columns).filter((c) => isMeasuredIn(unit, c));
		if (columns.length === 1) return columns[0];
		if (columns.length > 1) return settle(columns);
	}
	return undefined;
}

/** The column words an adjective implies, or undefined ("heavier than" → weight, mass). */
/** Columns of how high a thing stands; "highest" and "lowest" rank by them only as a last resort. */
const HEIGHT = ['elevation', 'altitude', 'height', 'elev', 'alt'];
const HEIGHT_WORDS = new Set(['highest', 'lowest', 'higher', 'lower']);
/** How big a thing is: its people or its extent, whichever one the data holds. */
const SIZE = ['population', 'pop', 'area', 'size', 'surface', 'amount', 'amt'];
const SIZE_WORDS = new Set(['largest', 'biggest', 'smallest', 'larger', 'bigger', 'smaller']);

/**
 * "the 10 highest airports", "the lowest airport": with no column named, "highest" ranks by the
 * one column of elevation or height; "the largest city", "the smallest country" by the one
 * column of population or area. (It is not a dimension word: "highest price" names its
 * column, and a table is not a better fit for "highest" for having an elevation.)
 */
function heightOf(words: string): string[] | undefined {
	const key = words
		.toLowerCase()
		.replace(/\s+than$/, '')
		.trim();
	return HEIGHT_WORDS.has(key) ? HEIGHT : SIZE_WORDS.has(key) ? SIZE : undefined;
}

/** "largest", "highest": a dimension only as a last resort, for rows (see heightOf). */
export function isFallbackDimension(words: string): boolean {
	return dimensionOf(words) === undefined && heightOf(words) !== undefined;
}

export function dimensionOf(words: string): string[] | undefined {
	const key = words
		.toLowerCase()
		.replace(/\s+than$/, '')
		.trim();
	return Object.hasOwn(DIMENSIONS, key) ? DIMENSIONS[key] : undefined;
}

/** "the most expensive thing we've bought": a dimension is no date (`purchase_date`) it ranks. */
export function isOffDimension(words: string, column: ColumnInfo): boolean {
	const dims = dimensionOf(words);
	if (dims === undefined || column.words.some((w) => dims.includes(w))) return false;
	// ("most expensive item we sell" of shipments: a quantity is no price)
	const isMoney = /[£$€]/.test(column.name) || column.words.some((w) => MONEY_WORDS.has(w));
	return column.kind === 'date' || (dims === PRICE && !isMoney);
}

/** Words of a column of money, which a price may be kept in. */
const MONEY_WORDS = new Set(
	'amount amt total charge charged paid spend spent revenue sales value gbp usd eur dollars pounds'.split(
		' '
	)
);

/** A column word that is a dimension's word, or a terse form of one (`wt` for weight). */
function namesDimension(word: string, dims: readonly string[]): boolean {
	return dims.includes(word) || dims.some((d) => isTerseFormOf(word, d));
}

/**
 * The one numeric column the adjective names, looking first in `preferred` tables, then in
 * all. Several candidates settle on one named total/overall ("Cost Total" over "Cost Repair").
 * Time adjectives ("earliest", or "oldest" without an age column) name the one date or year
 * column. An adjective outside the table above names a measure through WordNet ("biggest" →
 * size), again only when exactly one column fits.
 */
export function dimensionColumn(
	words: string,
	preferred: TableInfo[],
	all: TableInfo[]
): ColumnInfo | undefined {
	const dims = dimensionOf(words) ?? heightOf(words) ?? wordNetDimension(words);
	if (!dims) return undefined;
	for (const tables of [preferred, all]) {
		const fits = (d: string[]) =>
			tables
				.flatMap((t) => t.columns)
				.filter((c) => c.kind === 'number' && c.words.some((w) => namesDimension(w, d)));
		const first = fits(dims);
		const columns = first.length === 0 && dims === LENGTH ? fits(LENGTH_AFTER) : first;
		if (columns.length === 1) return columns[0];
		const totals = columns.filter((c) => c.words.some((w) => w === 'total' || w === 'overall'));
		if (totals.length === 1) return totals[0];
		const extreme = extremeColumn(words, columns);
		if (extreme) return extreme;
		if (columns.length > 1) return undefined;
	}
	if (!dims.includes(TIME)) return undefined;
	for (const tables of [preferred, all]) {
		const times = tables
			.flatMap((t) => t.columns)
			.filter((c) => c.kind === 'date' || c.kind === 'year');
		if (times.length === 1) return times[0];
		// "the 5 latest tickets" of `created_at` and `closed_at`: a row's time is when it began
		const began = times.filter((c) => c.kind === 'date' && c.words.some((w) => BEGAN_WORDS.has(w)));
		if (times.length > 1) return began.length === 1 ? began[0] : undefined;
		// Rows that span years ("start", "end"): their time is when they start.
		const starts = tables.flatMap((t) => t.columns).filter(isSpanStart);
		if (starts.length === 1) return starts[0];
		if (starts.length > 1) return undefined;
	}
	return undefined;
}
