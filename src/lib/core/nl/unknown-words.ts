/**
 * Words that match no table, column or value, weighed: a likely value (a capitalised word), a
 * condition said of the rows ("are happy", "unexplained absences") that must not be dropped, and
 * verbs that only introduce the condition after them ("released in 1998"), which cost little.
 */
import { isParticipleOfAmount } from './parse-unit-words';
import { lemmasOf, partsOfSpeech, relatedWords } from './word-net';
import { nextIndex, tablesInView, UNPLACED_WORD_PENALTY, type ParseState } from './parse-state';
import { COPULAS, HARMLESS } from './vocabulary';
import { isSideOfColumnUsed } from './side-words';
import { isSingularWords, normalizeWord } from './text';

/** A capitalised word inside the question, or one after "in"/"from": likely an unknown value. */
export function isProperNoun(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	const isAfterPreposition =
		prev?.type === 'kw' && ['in', 'from', 'not', 'without', 'eq'].includes(prev.kw);
	return (i > 0 && /^\p{Lu}/u.test(item.words)) || isAfterPreposition;
}

/**
 * "how many penguins are happy": an unknown word after is/are is a condition on the rows.
 * Dropping it would answer a different question, so it must not be ignored. A verb followed
 * by a condition ("were made since 1980") only introduces that condition.
 */
export function isUnplacedPredicate(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	if (item.type !== 'word' || prev?.type !== 'word' || !COPULAS.has(prev.norm)) return false;
	if (i === 1 || /^\p{Lu}/u.test(item.words)) return false; // "is Alan …" asks about a name
	// "restaurants have been inspected" of a table of inspections: each row is one
	if (isRowsVerb(state, item.norm)) return false;
	const next = state.items[nextIndex(state, i + 1)];
	// ("what were patients diagnosed with": a preposition with nothing after it)
	const isDangling = next?.type === 'kw' && nextIndex(state, state.items.indexOf(next) + 1) < 0;
	return !next || next.type === 'word' || isDangling;
}

const MODALS = new Set(['can', 'could', 'would', 'should', 'may', 'might', 'must', 'will']);

/** A verb whose base is harmless or names the rows: "arriving", "died" among deaths. */
function isRowsVerb(state: ParseState, norm: string): boolean {
	// ("canned" is of the verb to can, no modal)
	const lemmas = lemmasOf(norm).filter((l) => !MODALS.has(l) || l === norm);
	if (lemmas.some((l) => HARMLESS.has(l))) return true;
	const tableWords = state.prepared.tableWords;
	// ("how many fords have we ticketed" of parking tickets: the verb of the rows' own noun)
	if (pastStems(norm).some((l) => namesRows(state, l))) return true;
	// ("listened" among a listening history: the verb of the table's own -ing noun)
	if (lemmas.some((l) => tableWords.has(`${l}ing`) || tableWords.has(`${l}ning`))) return true;
	return lemmas.some((l) => relatedWords(l).some((r) => tableWords.has(normalizeWord(r.lemma))));
}

/** The stems a past form may have ("ticketed" → ticket, "logged" → log, "fined" → fine). */
function pastStems(norm: string): string[] {
	const m = /^([a-z]{3,}?)(e?)d$/.exec(norm);
	if (!m) return [];
	const stem = m[1];
	const doubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [];
	return [...new Set([stem, `${stem}${m[2]}`, `${stem}e`, ...doubled])].filter(
		(w) => w.length >= 3
	);
}

/** A noun that names a table's rows ("ticket" of parking penalties). */
function namesRows(state: ParseState, noun: string): boolean {
	return (state.prepared.byWord.get(noun) ?? []).some(
		(e) => e.target.kind === 'table' && e.words.length === 1
	);
}

/**
 * "unemployment rate in construction": a bare word after a singular noun is that noun's head (a
 * verb there would agree: "unemployment rates"), unlike "people live in …".
 */
function isCompoundHead(state: ParseState, i: number): boolean {
	const prev = state.items[i - 1];
	const item = state.items[i];
	if (prev?.type !== 'ref' || item.type !== 'word' || !isSingularWords(prev.words)) return false;
	if (/s$/i.test(item.words) || !lemmasOf(item.norm).includes(item.norm)) return false; // "flown"
	// "carat weight", "sale price": a measure's own dimension says what the column is
	const best = prev.cands[0]?.target;
	return !(
		best?.kind === 'column' &&
		best.column.kind === 'number' &&
		MEASURE_NOUNS.has(item.norm)
	);
}

/** Nouns that say what kind of figure a number column holds ("carat weight"). */
const MEASURE_NOUNS = new Set(
	'weight mass price cost size length height width depth amount value count number total score level figure speed velocity'.split(
		' '
	)
);

/**
 * "employees hired each year", "people born after 1990": a participle naming a date column of
 * the table (hired → `hire_date`) says which time the question is about. That column is its time.
 */
function namesTimeColumn(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || !/(ed|en|n)$/.test(item.norm)) return false;
	// ("tickets booked by genre" of `booked_at`: the column says the participle itself)
	const lemmas = new Set([item.norm, ...lemmasOf(item.norm)]);
	const tables = state.intent.tables.length > 0 ? state.intent.tables : [...state.preferredTables];
	const dates = tables
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'date' && c.words.some((w) => lemmas.has(w)));
	if (dates.length !== 1) return false;
	state.intent.timeColumn ??= dates[0];
	return true;
}

/** Verbs of having or finding, which "no" after them makes a condition ("found no brood"). */
const HAVING_VERBS = new Set('have find need require use get show record see contain'.split(' '));

/** "inspections found no brood", "jobs that needed no parts": the verb says "with". */
function isHavingBeforeNone(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const next = state.items[i + 1];
	if (item.type !== 'word' || next?.type !== 'kw' || next.kw !== 'without') return false;
	return [item.norm, ...lemmasOf(item.norm)].some((l) => HAVING_VERBS.has(l));
}

/** "breakdown of jobs by product": the word only says the groups that follow ("by …"). */
function isBreakdownBy(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || !BREAKDOWN_WORDS.has(item.norm)) return false;
	return state.items
		.slice(i + 1)
		.some((x) => x.type === 'kw' && (x.kw === 'by' || x.kw === 'each'));
}

const BREAKDOWN_WORDS = new Set(['breakdown', 'split']);

function isNumberColumn(c: { target: { kind: string; column?: { kind: string } } }): boolean {
	return c.target.kind === 'column' && c.target.column?.kind === 'number';
}

/** Pronouns a quality may follow ("anything unusual"). */
const INDEFINITES = new Set(['something', 'anything', 'everything', 'nothing']);

/** Verbs before a condition ("released in 1998") matter little; other unknown words do. */
export function unknownPenalty(state: ParseState, i: number): number {
	const item = state.items[i];
	if (isProperNoun(state, i)) return 0.5;
	if (isBreakdownBy(state, i)) return 0;
	const item0 = state.items[i];
	if (item0.type === 'word' && isSideOfColumnUsed(state.intent, item0.norm)) return 0;
	// ("pain score" of `Pain Before`: the noun of what a number column already holds)
	const prev = state.items[i - 1];
	const isNumberBefore = prev?.type === 'ref' && prev.cands.every(isNumberColumn);
	if (item0.type === 'word' && item0.norm === 'score' && isNumberBefore) return 0;
	if (isHavingBeforeNone(state, i)) return 0;
	if (namesTimeColumn(state, i) || isParticipleOfAmount(state, i)) return 0;
	// "the trading volume": after a determiner the word is part of a noun, not a verb
	if (isAfterDeterminer(state, i) || isAfterOf(state, i)) return UNPLACED_WORD_PENALTY;
	if (isPassivePredicate(state, i)) return UNPLACED_WORD_PENALTY;
	if (isAttributiveParticiple(state, i)) return UNPLACED_WORD_PENALTY;
	// ("something interesting about the movies": a quality no column says)
	if (INDEFINITES.has(state.items[i - 1]?.words.toLowerCase() ?? '')) return UNPLACED_WORD_PENALTY;
	// ("weddings" where a value is 'Wedding Reception': a noun for some of the rows, not a verb)
	const isPluralGerund = /[a-z]ings$/i.test(item.words);
	if (item.type === 'word' && isPluralGerund && isInsideValues(state, item.norm)) {
		return UNPLACED_WORD_PENALTY;
	}
	if (item.type === 'word' && isVerbForm(item.norm)) {
		const next = state.items[i + 1];
		// "how many students failed": a verb that ends the question is its condition, unless it
		// only says what the rows are ("how many women died" in a table of deaths)
		if (!next) return isRowsVerb(state, item.norm) ? 0.3 : UNPLACED_WORD_PENALTY;
		// ("what were patients diagnosed with": no condition follows the verb)
		const isDangling = next.type === 'kw' && nextIndex(state, i + 2) < 0;
		if (isDangling && !isRowsVerb(state, item.norm)) return UNPLACED_WORD_PENALTY;
		return next.type !== 'word' ? 0.1 : 0.3;
	}
	// "flights landed in Denver": a verb before its condition costs little. A noun there
	// ("consumption in 2017") is what the question asks about: left out, the answer is another.
	if (
		!isAfterDeterminer(state, i) &&
		!isCompoundHead(state, i) &&
		introducesCondition(state, i) &&
		isVerbLike(item)
	)
		return 0.1;
	// A content word left out changes the question: the answer must not look sure.
	return UNPLACED_WORD_PENALTY;
}

/** Values of a column of kinds of rows, at most. */
const MAX_KINDS = 50;

/** A word of some kind of row the tables in view list ("wedding" of 'Wedding Reception'). */
function isInsideValues(state: ParseState, word: string): boolean {
	if (word.length < 4) return false;
	// (a name of a few words, not a note: "first picking of the year" names no kind of row)
	const holds = (v: unknown) => {
		if (typeof v !== 'string') return false;
		const words = v
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length > 0);
		return words.length <= 3 && words.some((w) => normalizeWord(w) === word);
	};
	return tablesInView(state)
		.flatMap((t) => t.columns)
		.some((c) => {
			if (c.kind !== 'text' || (c.profile?.distinctCount ?? Infinity) > MAX_KINDS) return false;
			const values = c.profile?.values ?? c.profile?.topValues.map((v) => v.value) ?? [];
			return values.some(holds);
		});
}

/**
 * "unexplained absences", "delayed flights": a participle just before the rows' noun says which
 * of them, a condition no column was found for (the rows' own verb, "reported incidents", is
 * not one).
 */
function isAttributiveParticiple(state: ParseState, i: number): boolean {
	const [prev, item, next] = [state.items[i - 1], state.items[i], state.items[i + 1]];
	if (item.type !== 'word' || !/[a-z]{3,}(?:ed|ing)$/.test(item.norm)) return false;
	// ("R rated movies": the value before it is the condition; "the most borrowed title" ranks)
	if (prev?.type === 'ref' && prev.cands[0]?.target.kind === 'value') return false;
	if (prev?.type === 'kw' && (prev.kw === 'most' || prev.kw === 'least')) return false;
	// ("animated films": the things counted may be a column's, `Film`)
	const top = next?.type === 'ref' ? next.cands[0]?.target : undefined;
	// ("unexplained absences" of `Mark` = 'Absent': a value said in the plural names rows too;
	// after the rows' noun the verb takes the value: "strikes involved US Airways")
	const isRowsNoun =
		top?.kind === 'table' ||
		(top?.kind === 'column' && top.column.kind === 'text') ||
		(top?.kind === 'value' && !!next && !isSingularWords(next.words) && prev?.type !== 'ref');
	return isRowsNoun && !isRowsVerb(state, item.norm);
}

/**
 * "released", "running": a verb's past or -ing form. "speed", "ceiling" only end like one: a
 * noun WordNet knows whose only base form is itself is no verb form.
 */
function isVerbForm(norm: string): boolean {
	if (!/(ed|ing)$/.test(norm)) return false;
	const pos = partsOfSpeech(norm);
	if (pos === '' || (pos.includes('v') && !pos.includes('n'))) return true; // "bring"
	return lemmasOf(norm).some((l) => l !== norm);
}

/**
 * "people were arrested during the riots", "flights were delayed": a participle after is/was
 * says which rows are meant. Unless it only introduces a condition that is read ("were made in
 * 1980"), dropping it would answer about all rows.
 */
function isPassivePredicate(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	if (item.type !== 'word' || !/(ed|en)$/.test(item.norm) || item.norm.length < 5) return false;
	if (prev?.type !== 'word' || !COPULAS.has(prev.norm)) return false;
	return !introducesCondition(state, i) && !isRowsVerb(state, item.norm);
}

/** "price of bread in 1700": the word after "of" is the noun the question is about. */
function isAfterOf(state: ParseState, i: number): boolean {
	const prev = state.items[i - 1];
	if ((prev?.type === 'word' || prev?.type === 'kw') && prev.words.toLowerCase() === 'of')
		return true;
	// "share of wind in 2017": a noun after an aggregate's phrase ending in "of" (a participle
	// there, "percentage of trading days", still describes the noun after it)
	const item = state.items[i];
	return prev?.type === 'kw' && / of$/i.test(prev.words) && !/(ed|ing)$/.test(item.words);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your']);

/**
 * "what was the gdp in Texas": a word after a determiner is a noun, an attribute the question
 * asks for, not a verb introducing the condition after it. Unplaced, it must not be dropped.
 */
function isAfterDeterminer(state: ParseState, i: number): boolean {
	const prev = state.items[i - 1];
	return prev?.type === 'word' && DETERMINERS.has(prev.norm);
}

const CONDITION_KEYWORDS = new Set(['in', 'since', 'before', 'after', 'between', 'from']);

/** A word that can be a verb: WordNet lists it as one, or it has a verb's ending. */
function isVerbLike(item: ParseState['items'][number]): boolean {
	if (item.type !== 'word') return false;
	if (/(ed|en|ing|wn)$/.test(item.norm)) return true;
	const pos = partsOfSpeech(item.norm);
	if (pos === '') return /s$/.test(item.norm) || item.norm.length <= 4;
	return pos.includes('v') || lemmasOf(item.norm).some((l) => partsOfSpeech(l).includes('v'));
}

/**
 * A verb that only introduces the condition after it: "made since 1980", "came out in 2005",
 * "live on Biscoe". The condition itself is read; the verb adds nothing to the query.
 */
function introducesCondition(state: ParseState, i: number): boolean {
	let j = i + 1;
	const particle = state.items[j];
	if (particle?.type === 'word' && ['out', 'up', 'off', 'down'].includes(particle.norm)) j += 1;
	const link = state.items[j];
	// "bookings are made online": after is/are, a participle right before a value says it
	const prev = state.items[i - 1];
	const isPassive = prev?.type === 'word' && COPULAS.has(prev.norm);
	if (isPassive && link?.type === 'ref' && link.cands[0].target.kind === 'value') return true;
	// "appear more than 10 times": the verb of what is counted, then its bound
	const isBound = link?.type === 'kw' && ['gt', 'lt', 'gte', 'lte'].includes(link.kw);
	if (isBound && /^times?$/i.test(state.items[j + 2]?.words ?? '')) return true;
	if (link?.type !== 'kw' || !CONDITION_KEYWORDS.has(link.kw)) return false;
	const target = state.items[j + 1];
	return (
		target?.type === 'num' ||
		target?.type === 'month' ||
		target?.type === 'text' ||
		(target?.type === 'ref' && target.cands[0].target.kind === 'value')
	);
}
