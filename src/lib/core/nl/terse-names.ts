/**
 * Column names as terse exports write them: `wt`, `rm`, `hp`, `crim`, `mpg`. A question says
 * the words ("weight", "rooms", "horsepower", "crime", "miles per gallon"); these rules read
 * such a word as the column's short word when that short word is no English word, and a phrase
 * by its initials when they spell a column's whole short name.
 */
import type { PreparedCatalog } from './lexicon';
import type { Token } from './text';
import { HARMLESS } from './vocabulary';
import { lemmasOf, partsOfSpeech } from './word-net';

/** Longest phrase read by its initials ("body mass index" → bmi). */
const MAX_INITIALS = 4;

/** Small words a phrase read by its initials may hold ("miles per gallon"). */
const JOINING_WORDS = new Set(['per', 'of', 'to', 'and', 'in', 'on', 'a', 'the']);

/** A short word of a column's name: `wt`, `cyl`, `mpg`. */
function isShortColumnWord(word: string, prepared: PreparedCatalog): boolean {
	return (
		/^[a-z]{2,4}$/.test(word) &&
		!HARMLESS.has(word) &&
		// (a column's entry may be named with its table's words, "sp 500 price": not its own)
		(prepared.byWord.get(word) ?? []).some(
			(e) => e.target.kind === 'column' && e.target.column.words.includes(word)
		)
	);
}

/** A column named by one short word (`mpg`, `bmi`), not a word inside a longer name. */
function isWholeColumnName(word: string, prepared: PreparedCatalog): boolean {
	return (
		/^[a-z]{3,4}$/.test(word) &&
		(prepared.byWord.get(word) ?? []).some(
			(e) => e.target.kind === 'column' && e.target.column.words.length === 1
		)
	);
}

/** More columns than this sharing a short word make it a prefix (`dt_kcal`, `dt_prot`, …). */
const MAX_COLUMNS_OF_TERSE_WORD = 3;

/**
 * A short word of a column's name that is no English word: `wt`, `cyl`, `medv`. A word that
 * starts the names of many columns groups them (`dt_` of seventy nutrient totals) and stands
 * for no one English word; one written in capitals (`ADR`) is initials.
 */
function isTerseColumnWord(word: string, prepared: PreparedCatalog): boolean {
	if (!isShortColumnWord(word, prepared) || partsOfSpeech(word) !== '') return false;
	const columns = (prepared.byWord.get(word) ?? []).flatMap((e) =>
		e.target.kind === 'column' ? [e.target.column] : []
	);
	// ("attenders" is no `ADR`: capitals are the initials of several words, not one cut short)
	const capitals = new RegExp(`(^|[^A-Za-z])${word.toUpperCase()}([^A-Za-z]|$)`);
	if (columns.length > 0 && columns.every((c) => capitals.test(c.name))) return false;
	return new Set(columns.map((c) => c.id)).size <= MAX_COLUMNS_OF_TERSE_WORD;
}

/**
 * True when `short` (a word of a column's name that is no English word) may stand for the
 * English word `word`: `word` starts with it ("crime" → crim), or holds its letters in order
 * from its first letter, ending on the same letter or spelling only consonants ("weight" → wt,
 * "rooms" → rm, "horsepower" → hp).
 */
export function isTerseFormOf(short: string, word: string): boolean {
	if (!/^[a-z]{2,4}$/.test(short) || short.length >= word.length || short[0] !== word[0])
		return false;
	const isForm = word.startsWith(short) ? short.length >= 3 : isSkeleton(short, word);
	return isForm && !HARMLESS.has(short) && partsOfSpeech(short) === '';
}

/** Terse words of the catalog's column names that `norm` (an English word) may stand for. */
export function terseWords(norm: string, prepared: PreparedCatalog): string[] {
	if (norm.length < 4 || !/^[a-z]+$/.test(norm)) return [];
	// "adjusted" is a form of a word WordNet holds (adjust): an English word too
	if (partsOfSpeech(norm) === '' && lemmasOf(norm).length === 0) return [];
	const found: string[] = [];
	for (const [length, words] of prepared.vocabByLength) {
		if (length < 2 || length > 4 || length >= norm.length) continue;
		for (const w of words) {
			if (isTerseFormOf(w, norm) && isTerseColumnWord(w, prepared)) found.push(w);
		}
	}
	return found;
}

function isSkeleton(short: string, word: string): boolean {
	let at = 1;
	for (let k = 1; k < short.length; k++) {
		at = word.indexOf(short[k], at);
		if (at < 0) return false;
		at += 1;
	}
	return short.at(-1) === word.at(-1) || /^[^aeiouy]+$/.test(short);
}

/**
 * "miles per gallon" for a column `mpg`: three or four words in a row (none of them a filler
 * word such as "are" or "there") whose initials spell a column's whole short name become one
 * token of that name.
 */
export function mergeInitials(
	tokens: Token[],
	prepared: PreparedCatalog,
	isAggregateAt: (tokens: Token[], i: number) => boolean
): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		// "average max temperature" asks the average of a temperature: it does not spell `amt`
		const merged = isAggregateAt(tokens, i)
			? acronymAt(tokens, i, prepared)
			: initialsAt(tokens, i, prepared);
		if (merged) {
			out.push(merged.token);
			i = merged.end - 1;
		} else out.push(tokens[i]);
	}
	return out;
}

/**
 * Acronyms whose expansion people shorten ("daylight saving" for DST): the phrases that stand
 * for a column's short name beyond what its initials spell.
 */
const ACRONYMS: Record<string, string[]> = {
	dst: [
		'daylight saving time',
		'daylight savings time',
		'daylight saving',
		'daylight savings',
		'summer time'
	],
	gdp: ['gross domestic product'],
	gnp: ['gross national product'],
	cpi: ['consumer price index'],
	ppp: ['purchasing power parity'],
	ytd: ['year to date'],
	eps: ['earnings per share'],
	roi: ['return on investment'],
	utc: ['coordinated universal time', 'universal time'],
	hr: ['heart rate'],
	bp: ['blood pressure'],
	bmi: ['body mass index'],
	bpm: ['beats per minute'],
	csat: ['customer satisfaction score', 'customer satisfaction', 'satisfaction score'],
	nps: ['net promoter score'],
	// (an aggregate word said first spells only these known names)
	adr: ['average daily rate'],
	aov: ['average order value'],
	arpu: ['average revenue per user'],
	aht: ['average handle time', 'average handling time']
};

/** A known acronym's phrase at i, for a column of that short name. */
function acronymAt(
	tokens: Token[],
	i: number,
	prepared: PreparedCatalog
): { token: Token; end: number } | undefined {
	for (const [acronym, phrases] of Object.entries(ACRONYMS)) {
		if (!(prepared.byWord.get(acronym) ?? []).some((e) => e.target.kind === 'column')) continue;
		for (const phrase of phrases) {
			const words = phrase.split(' ');
			const span = tokens.slice(i, i + words.length);
			if (span.length < words.length || span.some((t, k) => t.raw.toLowerCase() !== words[k]))
				continue;
			const raw = span.map((t) => t.raw).join(' ');
			return {
				token: { ...span[span.length - 1], raw, norm: acronym, typed: raw },
				end: i + words.length
			};
		}
	}
	return undefined;
}

function initialsAt(
	tokens: Token[],
	i: number,
	prepared: PreparedCatalog
): { token: Token; end: number } | undefined {
	const acronym = acronymAt(tokens, i, prepared);
	if (acronym) return acronym;
	for (let n = MAX_INITIALS; n >= 3; n--) {
		const span = tokens.slice(i, i + n);
		if (span.length < n || span.some((t) => t.kind !== 'word')) continue;
		if (span.some((t, k) => k < n - 1 && t.isBeforeComma)) continue;
		const initials = span.map((t) => t.norm[0]).join('');
		if (!isWholeColumnName(initials, prepared)) continue;
		const isFiller = (t: Token) => HARMLESS.has(t.norm) && !JOINING_WORDS.has(t.norm);
		if (span.some((t) => !/^[a-z]+$/.test(t.norm) || isFiller(t))) continue;
		if (JOINING_WORDS.has(span[0].norm) || JOINING_WORDS.has(span[n - 1].norm)) continue;
		if (namesAnotherColumn(span, initials, prepared)) continue;
		// ("population of Peru" spells `pop`, which "population" itself shortens)
		if (span.some((t) => t.norm.startsWith(initials))) continue;
		const last = span[n - 1];
		const raw = span.map((t) => t.raw).join(' ');
		return { token: { ...last, raw, norm: initials, typed: raw }, end: i + n };
	}
	return undefined;
}

/**
 * "latitude of norwegian" spells `lon`, but "latitude" alone names `lat` of the same table:
 * a word that already names another column of that table (as a word of its name, or one that
 * starts with such a word) is not a letter of an abbreviation.
 */
function namesAnotherColumn(span: Token[], initials: string, prepared: PreparedCatalog): boolean {
	const spelled = (prepared.byWord.get(initials) ?? []).flatMap((e) =>
		e.target.kind === 'column' ? [e.target.column] : []
	);
	const others = [...new Set(spelled.map((c) => c.table))]
		.flatMap((t) => t.columns)
		.filter((c) => !spelled.includes(c));
	const names = (word: string, v: string) =>
		word === v || (v.length >= 3 && word.startsWith(v)) || terseWords(word, prepared).includes(v);
	return span.some(
		(t) => !JOINING_WORDS.has(t.norm) && others.some((c) => c.words.some((v) => names(t.norm, v)))
	);
}
