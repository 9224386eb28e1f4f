/**
 * Values the profile does not list. Profiles keep only the most frequent values, so "Chicago"
 * or "NV" may be real values Quarry has never seen. A capitalised name is read as a value of
 * the one text column holding names like it; a short upper-case code as a value of the one
 * column holding codes of that length. Both lower confidence a little.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import { addFilter, takeNegation } from './parse-filters';
import { columnOf, tablesInView, type ParseState } from './parse-state';
import { labelColumn } from './planner-helpers';
import { isCountryOrContinent } from './place-names';
import { openColumns as openColumnsOf, shapeOf } from './code-shapes';

const PLACE_WORDS = new Set([
	'city',
	'town',
	'village',
	'state',
	'country',
	'region',
	'province',
	'county',
	'place',
	'location',
	'municipality'
]);
const COUNTRY_WORDS = new Set(
	'country nation nationality continent region territory place location origin destination'.split(
		' '
	)
);
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at', 'to', 'near', 'outside', 'not']);

/** The tables to look in: the question's tables and those related to them. */
function tablesToSearch(state: ParseState): TableInfo[] {
	const own = tablesInView(state);
	const out = [...own];
	for (const r of state.prepared.context.relations) {
		const sides = [r.left.table, r.right.table].map((t) => state.prepared.tableByName.get(t));
		if (sides.some((t) => t && own.includes(t))) {
			for (const t of sides) if (t && !out.includes(t)) out.push(t);
		}
	}
	return out;
}

/** Open text columns of the tables to look in, most of whose listed values are like `sample`. */
function openColumns(tables: TableInfo[], sample: RegExp): ColumnInfo[] {
	return openColumnsOf(
		tables.flatMap((t) => t.columns),
		sample
	);
}

const NAME_RE = /^\p{Lu}\p{Ll}/u;
/** A word that continues a name: capitalised, or "d'Alene", "O'Hare". */
const NAME_PART_RE = /^(\p{Lu}|\p{Ll}{1,2}['’]\p{Lu})/u;

export function guessValue(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word') return false;
	if (/^[A-Z]{2,3}$/.test(item.words)) return guessCode(state, i);
	if (/\d/.test(item.words) && /[-/]/.test(item.words)) return guessShapedCode(state, i);
	if (/^\p{L}{1,3}\d{1,3}$/u.test(item.words)) return guessCodePart(state, i);
	if (/^[a-z]{2,3}$/.test(item.words)) return listedCode(state, i);
	// "countries in asia": a place typed in lower case is still a place
	if (!NAME_PART_RE.test(item.words))
		return isCountryOrContinent(item.words) && nameInsideValues(state, i);
	let end = i + 1;
	while (state.items[end]?.type === 'word' && NAME_PART_RE.test(state.items[end].words)) end += 1;
	const words = state.items
		.slice(i, end)
		.map((x) => (x.type === 'word' ? x.typed : x.words))
		.join(' ');
	const found = nameColumn(state, i);
	// "cities in Africa", "players from Spain": a continent or a country is no town's or
	// person's name, only a value of a column of such places
	const holdsCountries = found?.words.some((w) => COUNTRY_WORDS.has(w));
	const column = isCountryOrContinent(words) && !holdsCountries ? undefined : found;
	if (!column) return nameInsideValues(state, i);
	for (let k = i; k < end; k++) state.used[k] = true;
	state.intent.factors.push({
		reason: `"${words}" is assumed to be a ${column.name}`,
		factor: 0.8
	});
	// Case may differ from the data ("Coeur d'Alene" vs "Coeur D'Alene").
	addFilter(state, { column, op: takeNegation(state, 'ieq'), values: [words], words });
	return true;
}

function nameColumn(state: ParseState, i: number): ColumnInfo | undefined {
	// "the city of Springfield": the column just named
	let j = i - 1;
	while (
		state.items[j]?.type === 'word' &&
		['of', 'the', 'called', 'named'].includes(state.items[j].words.toLowerCase())
	)
		j -= 1;
	const named = state.items[j];
	if (named?.type === 'ref' && j < i - 1) {
		const cand = named.cands.find(
			(c) => c.target.kind === 'column' && c.target.column.kind === 'text'
		);
		if (cand) {
			state.used[j] = true;
			state.loose = state.loose.filter((l) => l.index !== j);
			return columnOf(cand);
		}
	}
	const columns = openColumns(tablesToSearch(state), NAME_RE);
	if (columns.length === 1) return columns[0];
	const prev = state.items[i - 1];
	const isPlace = prev && PLACE_PREPOSITIONS.has(prev.words.toLowerCase());
	const places = columns.filter((c) => c.words.some((w) => PLACE_WORDS.has(w)));
	if (isPlace && places.length === 1) return places[0];
	// "population of Istanbul" beside `city` and `city_ascii`: the column naming the rows
	const labels = columns.filter((c) => labelColumn(c.table) === c);
	const isOf = prev?.words.toLowerCase() === 'of';
	return (isPlace || isOf) && labels.length === 1 ? labels[0] : undefined;
}

function guessCode(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const code = new RegExp(`^[A-Z]{${item.words.length}}$`);
	const columns = openColumns(tablesToSearch(state), code);
	if (columns.length !== 1) return false;
	const column = columns[0];
	state.used[i] = true;
	state.intent.factors.push({
		reason: `"${item.words}" is assumed to be a ${column.name}`,
		factor: 0.9
	});
	// "CA, NV or AZ": joins the list just before it
	const last = state.intent.filters.at(-1);
	const prev = state.items[i - 1];
	const isListed =
		(prev?.type === 'kw' && (prev.kw === 'or' || prev.kw === 'and')) ||
		(prev?.type === 'ref' && state.used[i - 1]);
	if (last?.column === column && (last.op === 'eq' || last.op === 'in') && isListed) {
		last.op = 'in';
		last.values.push(item.words);
		last.words += ` ${item.words}`;
		state.used[i - 1] = true;
		return true;
	}
	addFilter(state, {
		column,
		op: takeNegation(state, 'eq'),
		values: [item.words],
		words: item.words
	});
	return true;
}

/** "animal 24-0200": a code of the shape of the values of one open column is one of them. */
function guessShapedCode(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const columns = openColumns(tablesToSearch(state), shapeOf(item.words));
	if (columns.length !== 1) return false;
	state.used[i] = true;
	state.intent.factors.push({
		reason: `"${item.words}" is assumed to be a ${columns[0].name}`,
		factor: 0.9
	});
	// ("tree t-00417" of 'T-00417': letters typed in another case than the column's)
	const letters = (text: unknown) => String(text).replace(/[^\p{L}]/gu, '');
	const sample = letters(columns[0].profile?.topValues[0]?.value);
	const typed = letters(item.words);
	const isCased =
		typed !== '' && (typed === typed.toUpperCase()) !== (sample === sample.toUpperCase());
	addFilter(state, {
		column: columns[0],
		op: takeNegation(state, isCased ? 'ieq' : 'eq'),
		values: [item.words],
		words: item.words
	});
	return true;
}

/**
 * "jobs in HG2" of postcodes such as 'HG2 4AB': a code in the shape of the first part of one
 * open column's values (before the space) picks the rows whose values begin with it.
 */
function guessCodePart(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const shape = shapeOf(item.words);
	const isFirstPart = (v: unknown) => {
		const parts = String(v).split(' ');
		return parts.length === 2 && shape.test(parts[0]);
	};
	const columns = tablesToSearch(state)
		.flatMap((t) => t.columns)
		.filter((c) => {
			const values = c.profile?.topValues ?? [];
			return c.kind === 'text' && values.length > 0 && values.some((t) => isFirstPart(t.value));
		});
	if (columns.length !== 1) return false;
	state.used[i] = true;
	state.intent.factors.push({
		reason: `"${item.words}" is assumed to begin a ${columns[0].name}`,
		factor: 0.9
	});
	const values = [`${item.words} `];
	addFilter(state, { column: columns[0], op: 'starts', values, words: item.words });
	return true;
}

/** Short English words that are also codes ("in", "or", "me" are states): never read as codes. */
const COMMON_SHORT = new Set(
	(
		'a an am as at be by do go he hi if in is it me my no of oh ok on or so to up us we ' +
		'all and any are but can did for had has her him his how its may new not now old one ' +
		'our out own see she the too two was way who why yes yet you'
	).split(' ')
);

/**
 * "cities in ny": a lower-case word after in/from that is, in capitals, a code the profile
 * lists in exactly one column ('NY'). Common short words are never read so.
 */
function listedCode(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	if (!prev || !['in', 'from'].includes(prev.words.toLowerCase())) return false;
	if (COMMON_SHORT.has(item.words)) return false;
	const code = item.words.toUpperCase();
	const columns = tablesToSearch(state)
		.flatMap((t) => t.columns)
		.filter(
			(c) =>
				c.kind === 'text' &&
				(c.profile?.topValues.some((t) => t.value === code) ||
					(Array.isArray(c.profile?.values) && c.profile.values.includes(code)))
		);
	if (columns.length !== 1) return false;
	state.used[i] = true;
	addFilter(state, {
		column: columns[0],
		op: takeNegation(state, 'eq'),
		values: [code],
		words: item.words
	});
	return true;
}

/**
 * "the time zone that includes Tokyo" where `text` reads "(UTC+09:00) Osaka, Sapporo, Tokyo":
 * a capitalised name no value equals but values of one text column list as a word (and that
 * column lists every value, so the match is known, not guessed), or several values of a column
 * of a few categories hold ("Africa" of 'Northern Africa', 'Western Africa'). The rows whose
 * value contains it.
 */
function nameInsideValues(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || item.words.length < 3) return false;
	const word = new RegExp(`(^|[^\\p{L}])${escapeRegExp(item.words)}($|[^\\p{L}])`, 'iu');
	const isPlace = isCountryOrContinent(item.words);
	const columns = tablesToSearch(state)
		.flatMap((t) => t.columns)
		.filter((c) => {
			const values = c.kind === 'text' ? c.profile?.values : undefined;
			// a country named in free text ("Spain" in an athlete's notes) is no condition on it
			if (isPlace && !c.words.some((w) => COUNTRY_WORDS.has(w))) return false;
			if (!Array.isArray(values)) return false;
			const holding = values.filter((v) => typeof v === 'string' && word.test(v));
			// "Africa" of regions 'Northern Africa', 'Western Africa': kinds of it, in a column of
			// a few categories (a column of country names has "South Africa" once)
			return holding.some(isListLike) || (holding.length >= 2 && isCategorical(c));
		});
	if (columns.length !== 1) return false;
	const column = columns[0];
	state.used[i] = true;
	state.intent.factors.push({
		reason: `"${item.words}" is read as part of a ${column.name}`,
		factor: 0.9
	});
	addFilter(state, {
		column,
		op: takeNegation(state, 'contains'),
		values: [item.words],
		words: item.words
	});
	return true;
}

/** A column of a few values, each on many rows. */
function isCategorical(column: ColumnInfo): boolean {
	const distinct = column.profile?.distinctCount ?? 0;
	const rows = column.table.rowCount ?? 0;
	return distinct > 1 && distinct <= 60 && distinct * 3 <= rows;
}

/**
 * A value that lists or describes several things ("(UTC+09:00) Osaka, Sapporo, Tokyo"), not a
 * name that happens to hold the word ("South Africa" is not in Africa's rows).
 */
function isListLike(value: string): boolean {
	return /[,;/(]/.test(value) || value.trim().split(/\s+/).length >= 4;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
