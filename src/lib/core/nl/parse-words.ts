/**
 * Words that match no table, column or value: which of them are read otherwise (a negated flag,
 * "who", "which …" phrases), which name a column the data lacks (refuse), and the weight of the
 * rest (unknown-words.ts).
 */
import { parseWeekend } from './parse-weekend';
import { parseNegatedFlag } from './parse-negated-flag';
import { parseHappened } from './parse-happened';
import { parseSeasonWord } from './parse-season-word';
import { parseWho } from './parse-who';
import { parseSign } from './parse-sign';
import { parseAgentVerb } from './parse-agent-verb';
import { parseActivityVerb } from './parse-activity';
import { parseRatedNumber } from './parse-scores';
import { isMoneyNounOfColumn } from './parse-column-number';
import { isUnitOfNamedColumn } from './parse-unit-words';
import { parseUnitScale } from './unit-scale';
import { isProperNoun, isUnplacedPredicate, unknownPenalty } from './unknown-words';
import { guessValue } from './parse-guess';
import { parseKindOfValues } from './parse-kind-values';
import {
	addGroup,
	entityTarget,
	isNumberedKinds,
	note,
	tableInView,
	unknown,
	UNPLACED_WORD_PENALTY,
	type ParseState
} from './parse-state';
import { setTimeGroup } from './parse-time';
import { ARTICLES, HARMLESS } from './vocabulary';
import { dimensionOf, isLowEnd } from './dimensions';
import { rankByDimension } from './parse-rank';
import {
	holdsCounts,
	isCurrencyNamed,
	isIdentifierColumn,
	isOnePerRow,
	labelColumn
} from './planner-helpers';
import type { Item } from './matcher';
import { partsOfSpeech } from './word-net';
import { parseMoneyVerbOfAggregate } from './parse-takings';
import { parseCameVerb } from './parse-came';
import { parseStill } from './parse-still';
import { parseWon } from './parse-won';
import { countsTimes, PEOPLE_WORDS, TIMES_AUX } from './parse-times';

export function handleWord(state: ParseState, i: number): void {
	const item = state.items[i];
	if (item.type !== 'word' || parseWho(state, i) || isWhich(state, i)) return;
	if (countsTimes(state, i) || parseCameVerb(state, i) || parseStill(state, i)) return;
	if (parseListedWord(state, i) || isMoneyNounOfColumn(state, i)) return;
	// ("did they win": the rows that finished first)
	const isWinning = isOutcomeVerb(state, i);
	if (isWinning && parseWon(state, i)) return;
	const isFiller =
		!isChartNoun(state, i) && !isPhrasalVerb(state, i) && !isCountedNoun(state, i) && !isWinning;
	if (HARMLESS.has(item.norm) && isFiller) return;
	if (parseMoneyVerbOfAggregate(state, i)) return;
	if (parseAgentVerb(state, i) || parseActivityVerb(state, i)) return;
	if (parseRatedNumber(state, i)) return;
	if (parseBinWidth(state, i) || parseWeekend(state, i)) return;
	if (isCountedPeople(state, i) || isUnitOfNamedColumn(state, i)) return;
	if (parseUnitScale(state, i)) return;
	const next = state.items[i + 1];
	if (
		['kind', 'type', 'sort', 'form'].includes(item.norm) &&
		next?.type === 'word' &&
		next.norm === 'of'
	) {
		state.used[i + 1] = true; // "each kind of weather" is each weather
		return;
	}
	if (isKindSuffix(state, i) || parseSeasonWord(state, i)) return;
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
	if (parseNegatedFlag(state, i) || parseSign(state, i) || parseHappened(state, i)) return;
	if (rankRowsBySuperlative(state, i)) return;
	// ("animal 24-0200": a code typed as its column writes it is a value too)
	const isCodeRun = /\d/.test(item.words) && /[-/]|\p{L}/u.test(item.words);
	if ((isProperNoun(state, i) || isCodeRun) && guessValue(state, i)) return;
	if (parseKindOfValues(state, i)) return;
	if (isUnplacedPredicate(state, i)) {
		refuseWord(`No column or value says which rows are "${item.words}".`);
		return;
	}
	if (state.pendingAgg && state.items[i - 1]?.type === 'kw' && !isVerb) {
		refuseWord(`No table or column matches "${item.words}", so Quarry cannot count or total it.`);
		return;
	}
	// ("did les quizerables win" with no column of it: a condition left out)
	unknown(state, i, isWinning ? UNPLACED_WORD_PENALTY : unknownPenalty(state, i));
}

/**
 * "unemployed people" of a column counting the unemployed, "cracked eggs" of a `Cracked` beside
 * `Eggs Collected`: the word is what the column counts (people, or the things the table counts).
 */
function isCountedPeople(state: ParseState, i: number): boolean {
	const [prev, item] = [state.items[i - 1], state.items[i]];
	if (item.type !== 'word' || prev?.type !== 'ref') return false;
	const best = prev.cands[0]?.target;
	if (best?.kind !== 'column' || !holdsCounts(best.column)) return false;
	const isPlural = item.words.toLowerCase() !== item.norm;
	const isThings =
		isPlural &&
		best.column.table.columns.some(
			(c) => c !== best.column && holdsCounts(c) && c.words[0] === item.norm
		);
	if (!PEOPLE_WORDS.has(item.norm) && !isThings) return false;
	state.used[i] = true;
	note(state, item.words, 'column', `what "${best.column.name}" counts`);
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

/** "weather type", "vehicle kind": a column named with a word that says it holds kinds. */
function isKindSuffix(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	return (
		item.type === 'word' &&
		[
			'type',
			'kind',
			'category',
			'class',
			'sort',
			'code',
			'group',
			'band',
			'bracket',
			'method',
			'mode'
		].includes(item.norm) &&
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
	// ("which lane do we use most" of a `Lane` 1–8: the lanes are the things asked about)
	const best = noun.cands[0]?.target;
	const kinds = best?.kind === 'column' && isNumberedKinds(best.column, noun.words, true);
	const target = entityTarget(state, noun) ?? (kinds ? best : undefined);
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

/** Auxiliary verbs: those that ask about times, and the forms of "to be". */
const AUXILIARIES = new Set([...TIMES_AUX, 'is', 'are', 'be', 'been']);

/** Filler nouns that name the rows or their numbers, said in the plural ("how many records"). */
const ROW_FILLER = new Set(
	'record row entry item result value name thing one time amount number figure total'.split(' ')
);

/**
 * "how many draws", "number of wins", "how many half plots": a filler verb ("draw a chart", "who
 * won", "plot a chart") said in the plural as what is counted is a noun of the rows, and it must
 * be placed. So is one said after a preposition or an article ("reason for returns", "value of
 * the orders"): a verb does not stand there.
 */
function isCountedNoun(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word') return false;
	const said = item.words.toLowerCase();
	const isPlural = said !== item.norm && said.endsWith('s') && !ROW_FILLER.has(item.norm);
	if (!isPlural) return false;
	// ("how many half plots": a word or two describing them may come between)
	const before = state.items.slice(Math.max(0, i - 3), i);
	const at = before.findLastIndex((x) => x.type === 'kw');
	const count = before[at];
	if (count?.type === 'kw' && count.kw === 'count') {
		return at === before.length - 1 || !AUXILIARIES.has(said); // ("how many … does it have")
	}
	const prev = state.items[i - 1];
	const isNounPlace =
		(prev?.type === 'kw' && NOUN_AFTER.has(prev.kw)) ||
		(prev?.type === 'word' && (ARTICLES.has(prev.norm) || NOUN_AFTER.has(prev.norm)));
	return isNounPlace && !AUXILIARIES.has(said) && partsOfSpeech(item.norm).includes('n');
}

/** Words a noun follows and a verb never does: prepositions and possessives ("for returns"). */
const NOUN_AFTER = new Set(['in', 'with', 'without', 'from', 'of', 'our', 'my', 'their']);

/**
 * "who has won the most races", "how often does white win": to win is an outcome the rows must
 * record, a condition to place. Only before what was won ("won 2 or more golds") does it link
 * a subject to its amount and say nothing more.
 */
function isOutcomeVerb(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || (item.norm !== 'win' && item.norm !== 'won')) return false;
	// (what was won may come before the verb too: "how many gold medals did the usa win")
	const isWon = (x: Item) => {
		if (x.type === 'num') return true;
		const target = x.type === 'ref' ? x.cands[0]?.target : undefined;
		return (
			target?.kind === 'column' &&
			target.column.kind === 'number' &&
			!isIdentifierColumn(target.column)
		);
	};
	// ("win in 2023": a time after it says when, nothing won)
	const rest = state.items.slice(i + 1);
	const end = rest.findIndex((x) => x.type === 'kw' && TIME_KWS.has(x.kw));
	const after = rest.slice(0, end < 0 ? undefined : end).find((x) => x.type !== 'kw');
	return !(after && isWon(after)) && !state.items.slice(0, i).some(isWon);
}

/** Words before a time. */
const TIME_KWS = new Set(['in', 'since', 'before', 'after', 'during', 'from', 'between', 'on']);

/** "give up", "give away", "take back": a harmless verb ("give me …") made another by its particle. */
function isPhrasalVerb(state: ParseState, i: number): boolean {
	const [item, next] = [state.items[i], state.items[i + 1]];
	if (item.type !== 'word' || next?.type !== 'word') return false;
	return (
		['give', 'gave', 'given', 'take', 'took', 'taken'].includes(item.norm) &&
		['up', 'away', 'back', 'off'].includes(next.norm)
	);
}

/**
 * "site, time and ph", "client and amount": a word read as filler elsewhere names a column when
 * it is one of a list of columns to show: "time" the rows' timestamp, "amount" the one column of
 * money. With none (or several) to show, the word is not placed.
 */
function parseListedWord(state: ParseState, i: number): boolean {
	const [prev, item, next] = [state.items[i - 1], state.items[i], state.items[i + 1]];
	if (item.type !== 'word' || !['time', 'amount'].includes(item.norm)) return false;
	const isAnd = (x: Item | undefined) => x?.type === 'kw' && x.kw === 'and';
	const isListed =
		(isAnd(prev) && prev && state.items[i - 2]?.type === 'ref') ||
		(isAnd(next) && state.items[i + 2]?.type === 'ref');
	if (!isListed || state.pendingAgg) return false;
	const table = tableInView(state);
	const columns = table?.columns ?? [];
	const shown =
		item.norm === 'time'
			? columns.filter((c) => c.kind === 'date' && /^TIMESTAMP/i.test(c.type.trim()))
			: columns.filter((c) => c.kind === 'number' && isCurrencyNamed(c));
	state.used[i] = true;
	if (shown.length !== 1) {
		state.intent.unknown.push({ words: item.words, penalty: UNPLACED_WORD_PENALTY });
		return true;
	}
	if (!state.intent.select.includes(shown[0])) state.intent.select.push(shown[0]);
	note(state, item.words, 'column', `show "${shown[0].name}"`);
	return true;
}
