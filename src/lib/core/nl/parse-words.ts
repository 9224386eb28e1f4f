/**
 * Words that match no table, column or value: which of them are harmless (a verb before a
 * condition), which name a column the data lacks (refuse), and "which …" phrases.
 */
import { parseWeekend } from './parse-weekend';
import { parseNegatedFlag } from './parse-negated-flag';
import { parseWho } from './parse-who';
import { parseSign } from './parse-sign';
import { parseAgentVerb } from './parse-agent-verb';
import { isParticipleOfAmount, isUnitOfNamedColumn } from './parse-unit-words';
import { lemmasOf, partsOfSpeech, relatedWords } from './word-net';
import { guessValue } from './parse-guess';
import {
	addGroup,
	entityTarget,
	nextIndex,
	note,
	unknown,
	UNPLACED_WORD_PENALTY,
	type ParseState
} from './parse-state';
import { setTimeGroup } from './parse-time';
import { ARTICLES, HARMLESS } from './vocabulary';
import { isSingularWords, normalizeWord } from './text';
import { dimensionOf, isLowEnd } from './dimensions';
import { rankByDimension } from './parse-rank';
import { holdsCounts, isOnePerRow, labelColumn } from './planner-helpers';

export function handleWord(state: ParseState, i: number): void {
	const item = state.items[i];
	if (item.type !== 'word' || parseWho(state, i) || isWhich(state, i)) return;
	if (HARMLESS.has(item.norm) && !isChartNoun(state, i)) return;
	if (parseAgentVerb(state, i)) return;
	if (parseBinWidth(state, i) || parseWeekend(state, i)) return;
	if (isCountedPeople(state, i) || isUnitOfNamedColumn(state, i)) return;
	const next = state.items[i + 1];
	if (
		['kind', 'type', 'sort', 'form'].includes(item.norm) &&
		next?.type === 'word' &&
		next.norm === 'of'
	) {
		state.used[i + 1] = true; // "each kind of weather" is each weather
		return;
	}
	if (isKindSuffix(state, i)) return;
	const isVerb = /(ed|ing)$/.test(item.norm);
	const refuseWord = (reason: string) => {
		state.intent.unknown.push({ words: item.words, penalty: 1 });
		state.intent.refusal = { reason, suggestions: columnSuggestions(state) };
	};
	if (state.role === 'order' && !isVerb && dimensionOf(item.words)) {
		// "most populous country": the adjective after most/least names its measure
		const dir = state.orderAgg === 'least' || state.orderAgg === 'min' ? 'asc' : 'desc';
		if (rankByDimension(state, item.words, dir)) {
			state.role = 'none';
			return;
		}
	}
	if ((state.role === 'group' || state.role === 'order') && !isVerb) {
		refuseWord(
			`No column matches "${item.words}" to ${state.role === 'group' ? 'group' : 'rank'} by.`
		);
		return;
	}
	if (parseNegatedFlag(state, i) || parseSign(state, i)) return;
	if (rankRowsBySuperlative(state, i)) return;
	if (isProperNoun(state, i) && guessValue(state, i)) return;
	if (isUnplacedPredicate(state, i)) {
		refuseWord(`No column or value says which rows are "${item.words}".`);
		return;
	}
	if (state.pendingAgg && state.items[i - 1]?.type === 'kw' && !isVerb) {
		refuseWord(`No table or column matches "${item.words}", so Quarry cannot count or total it.`);
		return;
	}
	unknown(state, i, unknownPenalty(state, i));
}

const PEOPLE_WORDS = new Set(['people', 'person', 'persons', 'individual', 'individuals']);

/** "unemployed people" of a column counting the unemployed: the word is what it counts. */
function isCountedPeople(state: ParseState, i: number): boolean {
	const [prev, item] = [state.items[i - 1], state.items[i]];
	if (item.type !== 'word' || !PEOPLE_WORDS.has(item.norm) || prev?.type !== 'ref') return false;
	const best = prev.cands[0]?.target;
	if (best?.kind !== 'column' || !holdsCounts(best.column)) return false;
	state.used[i] = true;
	return true;
}

/** "in bins of 50", "bin size 10", "bin width 5": the width of a distribution's bins. */
function parseBinWidth(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || item.norm !== 'bin') return false;
	let j = i + 1;
	const link = state.items[j];
	if (link?.type === 'word' && ['of', 'size', 'width'].includes(link.norm)) j += 1;
	const num = state.items[j];
	if (num?.type !== 'num' || !(num.value > 0)) return false;
	for (let k = i; k <= j; k++) state.used[k] = true;
	state.intent.binWidth = num.value;
	note(state, `${item.words} … ${num.words}`, 'group', `bins ${num.value} wide`);
	return true;
}

/** A capitalised word inside the question, or one after "in"/"from": likely an unknown value. */
function isProperNoun(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	const isAfterPreposition =
		prev?.type === 'kw' && ['in', 'from', 'not', 'without', 'eq'].includes(prev.kw);
	return (i > 0 && /^\p{Lu}/u.test(item.words)) || isAfterPreposition;
}

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * "how many penguins are happy": an unknown word after is/are is a condition on the rows.
 * Dropping it would answer a different question, so it must not be ignored. A verb followed
 * by a condition ("were made since 1980") only introduces that condition.
 */
function isUnplacedPredicate(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	if (item.type !== 'word' || prev?.type !== 'word' || !COPULAS.has(prev.norm)) return false;
	if (i === 1 || /^\p{Lu}/u.test(item.words)) return false; // "is Alan …" asks about a name
	// "restaurants have been inspected" of a table of inspections: each row is one
	if (isRowsVerb(state, item.norm)) return false;
	const next = state.items[nextIndex(state, i + 1)];
	return !next || next.type === 'word';
}

/** A verb whose base is harmless or names the rows: "arriving", "died" among deaths. */
function isRowsVerb(state: ParseState, norm: string): boolean {
	const lemmas = lemmasOf(norm);
	if (lemmas.some((l) => HARMLESS.has(l))) return true;
	return lemmas.some((l) =>
		relatedWords(l).some((r) => state.prepared.tableWords.has(normalizeWord(r.lemma)))
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
	const lemmas = new Set(lemmasOf(item.norm).filter((l) => l !== item.norm));
	const tables = state.intent.tables.length > 0 ? state.intent.tables : [...state.preferredTables];
	const dates = tables
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'date' && c.words.some((w) => lemmas.has(w)));
	if (dates.length !== 1) return false;
	state.intent.timeColumn ??= dates[0];
	return true;
}

/** Verbs before a condition ("released in 1998") matter little; other unknown words do. */
function unknownPenalty(state: ParseState, i: number): number {
	const item = state.items[i];
	if (isProperNoun(state, i)) return 0.5;
	if (namesTimeColumn(state, i) || isParticipleOfAmount(state, i)) return 0;
	// "the trading volume": after a determiner the word is part of a noun, not a verb
	if (isAfterDeterminer(state, i) || isAfterOf(state, i)) return UNPLACED_WORD_PENALTY;
	if (isPassivePredicate(state, i)) return UNPLACED_WORD_PENALTY;
	if (isAttributiveParticiple(state, i)) return UNPLACED_WORD_PENALTY;
	if (item.type === 'word' && isVerbForm(item.norm)) {
		const next = state.items[i + 1];
		// "how many students failed": a verb that ends the question is its condition, unless it
		// only says what the rows are ("how many women died" in a table of deaths)
		if (!next) return isRowsVerb(state, item.norm) ? 0.3 : UNPLACED_WORD_PENALTY;
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

/**
 * "unexplained absences", "delayed flights": a participle just before the rows' noun says which
 * of them, a condition no column was found for (the rows' own verb, "reported incidents", is
 * not one).
 */
function isAttributiveParticiple(state: ParseState, i: number): boolean {
	const [prev, item, next] = [state.items[i - 1], state.items[i], state.items[i + 1]];
	if (item.type !== 'word' || !/[a-z]{3,}ed$/.test(item.norm)) return false;
	// ("R rated movies": the value before it is the condition)
	if (prev?.type === 'ref' && prev.cands[0]?.target.kind === 'value') return false;
	const isRowsNoun = next?.type === 'ref' && next.cands[0]?.target.kind === 'table';
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

/**
 * A verb that only introduces the condition after it: "made since 1980", "came out in 2005",
 * "live on Biscoe". The condition itself is read; the verb adds nothing to the query.
 */
/** A word that can be a verb: WordNet lists it as one, or it has a verb's ending. */
function isVerbLike(item: ParseState['items'][number]): boolean {
	if (item.type !== 'word') return false;
	if (/(ed|en|ing|wn)$/.test(item.norm)) return true;
	const pos = partsOfSpeech(item.norm);
	if (pos === '') return /s$/.test(item.norm) || item.norm.length <= 4;
	return pos.includes('v') || lemmasOf(item.norm).some((l) => partsOfSpeech(l).includes('v'));
}

function introducesCondition(state: ParseState, i: number): boolean {
	let j = i + 1;
	const particle = state.items[j];
	if (particle?.type === 'word' && ['out', 'up', 'off', 'down'].includes(particle.norm)) j += 1;
	const link = state.items[j];
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

/** "weather type", "vehicle kind": a column named with a word that says it holds kinds. */
function isKindSuffix(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	return (
		item.type === 'word' &&
		['type', 'kind', 'category', 'class', 'sort', 'code'].includes(item.norm) &&
		prev?.type === 'ref' &&
		prev.cands.some((c) => c.target.kind === 'column' && c.target.column.kind === 'text')
	);
}

function columnSuggestions(state: ParseState): string[] {
	const tables =
		state.preferredTables.size > 0 ? [...state.preferredTables] : state.prepared.tables.slice(0, 3);
	const names = tables
		.flatMap((t) =>
			t.columns.filter((c) => c.kind === 'text' || c.kind === 'date').map((c) => c.name)
		)
		.slice(0, 6);
	return names.length > 0 ? [`Columns you could use: ${names.join(', ')}.`] : [];
}

function isWhich(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || !['which', 'what', 'who'].includes(item.norm)) return false;
	const next = state.items[i + 1 + kindOfLength(state, i + 1)];
	if (next?.type === 'grain' && !state.which && !state.intent.timeGrain) {
		setTimeGroup(state, next.grain, next.words);
		state.used[i + 1] = true;
		state.which = { words: next.words };
		return true;
	}
	if (next?.type !== 'ref' || state.which) return false;
	// "which german state": a value before the noun narrows the rows; the noun is what is asked
	const at = state.items.indexOf(next);
	const after = state.items[at + 1];
	const noun = next.cands[0]?.target.kind === 'value' && after?.type === 'ref' ? after : next;
	if (whichBracket(state, state.items.indexOf(noun))) return true;
	const target = entityTarget(state, noun);
	if (target) state.which = { target, words: noun.words };
	return false;
}

const BRACKET_WORDS = new Set(['group', 'bracket', 'band', 'range', 'class', 'cohort']);

/**
 * "which age group had the most people": a numeric column followed by "group" names its
 * values as groups; the question ranks them.
 */
function whichBracket(state: ParseState, j: number): boolean {
	const ref = state.items[j];
	const word = state.items[j + 1];
	if (ref?.type !== 'ref' || word?.type !== 'word' || !BRACKET_WORDS.has(word.norm)) return false;
	const cand = ref.cands.find(
		(c) => c.target.kind === 'column' && c.target.column.kind === 'number'
	);
	if (cand?.target.kind !== 'column' || cand !== ref.cands[0]) return false;
	state.used[j] = true;
	state.used[j + 1] = true;
	const words = `${ref.words} ${word.words}`;
	addGroup(state, cand.target.column, words);
	state.which = { target: cand.target, words };
	return true;
}

/** "kind of", "type of", "sort of" at index j: 2 (the words to skip), else 0. */
function kindOfLength(state: ParseState, j: number): number {
	const item = state.items[j];
	const of = state.items[j + 1];
	const isKind = item?.type === 'word' && ['kind', 'type', 'sort'].includes(item.norm);
	return isKind && of?.type === 'word' && of.norm === 'of' ? 2 : 0;
}

/**
 * "the 10 hottest countries", "coldest country": a superlative that names its quantity, before
 * the table's rows (or the column that labels one row each), ranks the rows by that quantity.
 * (Before a time unit, "windiest month", the time units are ranked instead.)
 */
function rankRowsBySuperlative(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const next = state.items[i + 1];
	if (item.type !== 'word' || !/est$/.test(item.norm) || !dimensionOf(item.words)) return false;
	if (next?.type !== 'ref') return false;
	const target = next.cands[0].target;
	const isRows =
		target.kind === 'table' ||
		(target.kind === 'column' &&
			labelColumn(target.column.table) === target.column &&
			isOnePerRow(target.column) === true);
	if (!isRows) return false;
	state.used[i] = true;
	return rankByDimension(state, item.words, isLowEnd(item.words) ? 'asc' : 'desc');
}

/** Verbs of drawing a chart, harmless as what to do with the answer ("plot …", "draw …"). */
const CHART_VERBS = new Set(['draw', 'plot', 'chart', 'graph']);

/** "ended in a draw": after an article the word is a noun the question asks about. */
function isChartNoun(state: ParseState, i: number): boolean {
	const [item, prev] = [state.items[i], state.items[i - 1]];
	if (item.type !== 'word' || !CHART_VERBS.has(item.norm)) return false;
	return prev?.type === 'word' && ARTICLES.has(prev.norm);
}
