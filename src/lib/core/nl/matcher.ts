/**
 * Turns a tokenised question into a sequence of items: grammar keywords, time words, numbers,
 * quoted text, references to the catalog (columns, values, tables, metrics) and unknown words.
 * Overlaps are settled longest-span first; equally good references stay together as candidates.
 */
import type { Entry, PreparedCatalog, Target } from './lexicon';
import { tokenize, type Token } from './text';
import { lengthNamedColumns } from './length-named';
import { elapsedBetween } from './elapsed';
import { rereadByNeighbours } from './after-match';
import type { Keyword } from './keywords';
import { type Grain, MONTHS } from './vocabulary';
import { correctKeywordSlips, isAggregateAt, longestPhrase } from './phrase-trie';
import { unitNoun, wordAlternatives, type WordAlt } from './word-match';
import { isKindOfRows } from './word-net-match';
import { mergeCompounds } from './glued-names';
import { rowsModifier, rowsOfLabel, splitTableNamedColumns } from './table-column-split';
import {
	FUNCTION_WORDS,
	innerStart,
	isPhrasePart,
	isPluralForPart,
	isSpecificInside,
	THE_OWN,
	partialWeight
} from './value-parts';
import {
	isAgentOf,
	isAmountOfUnits,
	isQuestionsOwnWord,
	isMonthHere,
	isOrderNoun,
	isUnknownSuperlative
} from './token-roles';
import { tableOf } from './scope';
import { isHeadNounMatch } from './head-words';
import { isIdentifierColumn } from './planner-helpers';
import { mergeInitials } from './terse-names';
import { unscrambleNames } from './scrambled-names';
import {
	amountsBehindDate,
	isNamedBeforeBy,
	preferRowsOverTheirNumber,
	preferSameNamedColumn
} from './cand-order';
import { mergeGluedCodes } from './code-shapes';
import { codeOfWord, isPluralOfAcronym, isPluralOfCode, isTypedCode } from './typed-code';

export interface Candidate {
	target: Target;
	score: number;
	/** Matched only some words of a multi-word name, or by abbreviation/typo. */
	isLoose: boolean;
	/** Reached through a WordNet relation of a question word (wage → salary), not its own name. */
	isRelated?: boolean;
}

interface Span {
	start: number;
	/** Exclusive. */
	end: number;
	words: string;
}

export type Item = Span &
	(
		| { type: 'kw'; kw: Keyword }
		| { type: 'grain'; grain: Grain }
		| { type: 'month'; month: number }
		| { type: 'num'; value: number; raw: string }
		| { type: 'text'; text: string }
		| { type: 'ref'; cands: Candidate[] }
		| { type: 'word'; norm: string; typed: string }
	);

const FREQUENCY = new Set(['common', 'frequent', 'popular']);
/** "types of government" beside a table named "Government types": the word only classifies. */
const KIND_OF = new Set(['type', 'kind', 'sort', 'variety']);

const AGG_KEYWORDS = new Set<Keyword>(['count', 'sum', 'avg', 'median', 'min', 'max']);

/**
 * "order_price" typed with underscores, "Sub-Saharan" with a hyphen, but not a whole name of
 * the catalog: match its parts.
 */
function splitUnderscores(tokens: Token[], prepared: PreparedCatalog): Token[] {
	return tokens.flatMap((t) => {
		if (t.kind !== 'word' || prepared.byWord.has(t.norm)) return [t];
		if (!t.raw.includes('_') && !/\p{L}-\p{L}/u.test(t.raw)) return [t];
		return tokenize(t.raw.replace(/[_-]/g, ' '));
	});
}

/**
 * The question's words as items. `perTable` keeps each table's best readings of a word, not only
 * the catalog's best, so a table whose column a word names less exactly ("temperature" for
 * `temp_min`) still shows how well it fits the question when tables are weighed.
 */
export function matchItems(
	input: Token[],
	prepared: PreparedCatalog,
	options: { perTable?: boolean } = {}
): Item[] {
	const tokens = unscrambleNames(
		mergeInitials(
			mergeCompounds(
				splitUnderscores(correctKeywordSlips(mergeGluedCodes(input, prepared), prepared), prepared),
				prepared
			),
			prepared,
			isAggregateAt
		),
		prepared
	);
	const phrases = tokens.map((_, i) =>
		isOrderNoun(tokens, i) ? undefined : longestPhrase(tokens, i)
	);
	const alts = tokens.map((t, i) =>
		t.kind === 'number'
			? numberInName(t, tokens[i - 1], prepared)
			: isQuestionsOwnWord(tokens, i)
				? []
				: [
						...wordAlternatives(t, prepared, phrases[i] !== undefined, options.perTable),
						...(t.kind === 'word' && isUnitNounAt(tokens, i) ? unitNoun(t.norm, prepared) : [])
					]
	);
	const refs = tokens.map((t, i) => refsAt(tokens, alts, i, prepared, options.perTable));
	const items: Item[] = [];
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i];
		const phrase = phrases[i];
		const ref = refs[i];
		const span = (end: number) => ({
			start: i,
			end,
			words: tokens
				.slice(i, end)
				.map((x) => x.raw)
				.join(' ')
		});
		const phraseLength = phrase ? phrase.end - i : 0;
		const refLength = ref ? ref.end - i : 0;
		const prev = items.at(-1);
		const isAfterAggregate = prev?.type === 'kw' && (AGG_KEYWORDS.has(prev.kw) || prev.kw === 'by');
		const isTypedCode =
			refLength === 1 && /^[A-Z]{2,3}$/.test(t.raw) && ref?.cands[0].target.kind === 'value';
		// "the most common form": "common" says how often, whatever value it starts
		const isFrequency =
			prev?.type === 'kw' && (prev.kw === 'most' || prev.kw === 'least') && FREQUENCY.has(t.norm);
		const isKindOf =
			KIND_OF.has(t.norm) &&
			tokens[i + 1]?.norm === 'of' &&
			ref?.cands.every((c) => c.target.kind === 'table');
		const isCountOfUnits = isAmountOfUnits(t, refLength, phraseLength, ref, phrase?.value);
		// ("total croissants" of a survey's `…_croissants_total_grams`, loosely, beside a bakery's
		// `Croissant`: an aggregate word, then a value the next words name exactly)
		const next = refs[i + 1];
		const isLooseOverAggregate =
			typeof phrase?.value === 'string' &&
			AGG_KEYWORDS.has(phrase.value) &&
			!!ref?.cands.every((c) => c.isLoose) &&
			next !== undefined &&
			next.cands.some((c) => !c.isLoose && c.target.kind === 'value');
		const isRefPreferred =
			ref !== undefined &&
			!isFrequency &&
			!isKindOf &&
			!isLooseOverAggregate &&
			(refLength > phraseLength ||
				isTypedCode ||
				isNamedBeforeBy(ref, phrase?.value, refLength, phraseLength) ||
				isCountOfUnits ||
				(refLength === phraseLength &&
					!ref.cands[0].isLoose &&
					(refLength > 1 ||
						(isAfterAggregate &&
							typeof phrase?.value === 'string' &&
							AGG_KEYWORDS.has(phrase.value)))));
		if (isUnknownSuperlative(t, ref, phrase)) {
			items.push({ ...span(i + 1), type: 'kw', kw: 'max' });
			i += 1;
		} else if (ref && isRefPreferred) {
			items.push({ ...span(ref.end), type: 'ref', cands: ref.cands });
			i = ref.end;
		} else if (phrase) {
			const value = phrase.value;
			if (typeof value === 'string') items.push({ ...span(phrase.end), type: 'kw', kw: value });
			else items.push({ ...span(phrase.end), type: 'grain', grain: value.grain });
			i = phrase.end;
		} else if (t.kind === 'number') {
			items.push({ ...span(i + 1), type: 'num', value: t.value ?? NaN, raw: t.raw });
			i += 1;
		} else if (t.kind === 'quoted') {
			items.push({ ...span(i + 1), type: 'text', text: t.raw });
			i += 1;
		} else if (t.kind === 'word' && Object.hasOwn(MONTHS, t.norm) && isMonthHere(tokens, i)) {
			items.push({ ...span(i + 1), type: 'month', month: MONTHS[t.norm] });
			i += 1;
		} else {
			const code = t.kind === 'word' ? codeOfWord(t.norm, prepared) : undefined;
			if (code) items.push({ ...span(i + 1), type: 'ref', cands: [code] });
			else items.push({ ...span(i + 1), type: 'word', norm: t.norm, typed: t.typed ?? t.raw });
			i += 1;
		}
	}
	const named = elapsedBetween(
		lengthNamedColumns(
			rowsModifier(
				rowsOfLabel(
					splitTableNamedColumns(items, tokens, (part) => matchItems(part, prepared, options))
				)
			),
			prepared
		),
		prepared
	);
	return rereadByNeighbours(named, prepared);
}

interface RefMatch {
	end: number;
	cands: Candidate[];
}

/**
 * "year 11" for the value 'Year 11', "grade 3": a whole number right after a word continues a
 * name that holds it. Only digits typed with a leading zero ("code 07") start one, a code a
 * text column holds: "11" alone stays a number.
 */
function numberInName(t: Token, prev: Token | undefined, prepared: PreparedCatalog): WordAlt[] {
	const isStart = prev?.kind === 'word' || /^0\d+$/.test(t.raw);
	if (!isStart || !/^\d+$/.test(t.raw) || !prepared.byWord.has(t.raw)) return [];
	return [{ words: [t.raw], score: 1, how: 'exact' }];
}

function refsAt(
	tokens: Token[],
	alts: WordAlt[][],
	i: number,
	prepared: PreparedCatalog,
	perTable = false
): RefMatch | undefined {
	const found: Array<{ end: number; cand: Candidate }> = [];
	if (tokens[i].kind === 'number' && !/^0\d+$/.test(tokens[i].raw)) return undefined;
	for (const alt of alts[i]) {
		for (const e of prepared.byWord.get(alt.words[0]) ?? []) {
			const m = extend(tokens, alts, i, e, alt, prepared);
			if (m) found.push(m);
		}
	}
	if (found.length === 0) return undefined;
	const end = Math.max(...found.map((f) => f.end));
	const groupOf = (c: Candidate) => (perTable ? (tableOf(c.target)?.index ?? -1) : 0);
	const atEnd = found.filter((f) => f.end === end);
	const best = new Map<number, number>();
	for (const f of atEnd) {
		const group = groupOf(f.cand);
		best.set(group, Math.max(best.get(group) ?? -Infinity, f.cand.score));
	}
	const byTarget = new Map<string, Candidate>();
	for (const f of atEnd) {
		if (f.cand.score < (best.get(groupOf(f.cand)) ?? 0) - 0.08) continue;
		const key = targetKey(f.cand.target);
		const old = byTarget.get(key);
		if (!old || old.score < f.cand.score) byTarget.set(key, f.cand);
	}
	const cands = [...byTarget.values()].sort((a, b) => b.score - a.score);
	const ordered = preferSameNamedColumn([...cands, ...amountsBehindDate(cands, atEnd)]);
	// (the words as typed are joined only when an identifier column leads)
	const wordsOf = () =>
		tokens
			.slice(i, end)
			.map((t) => t.raw)
			.join(' ');
	return { end, cands: preferRowsOverTheirNumber(ordered, wordsOf) };
}

export function targetKey(target: Target): string {
	switch (target.kind) {
		case 'table':
			return `t:${target.table.index}`;
		case 'column':
			return `c:${target.column.id}`;
		case 'value':
			return `v:${target.column.id}:${target.value}`;
		case 'metric':
			return `m:${target.metric.name}`;
	}
}

function extend(
	tokens: Token[],
	alts: WordAlt[][],
	i: number,
	e: Entry,
	first: WordAlt,
	prepared: PreparedCatalog
): { end: number; cand: Candidate } | undefined {
	const isSaid = tokens[i].raw === e.raw || isTypedCode(tokens, i, e);
	// (a code with a digit, "12a" of '12A', is no English word whatever its case)
	const hasDigit = /\d/.test(tokens[i].raw);
	if (e.isCaseSensitive && !isSaid && !hasDigit && !isPluralOfAcronym(tokens[i], e))
		return undefined;
	if (isPluralOfCode(tokens[i], e)) return undefined;
	if (first.how === 'synonym' && e.target.kind !== 'column') return undefined; // built-in synonyms name columns only
	if (first.how === 'related' && e.target.kind !== 'column') return undefined; // WordNet relations name columns only
	// (nor a column of numbers that tell rows apart: "rate" is no `orderNo`)
	if (first.how === 'related' && e.target.kind === 'column' && isIdentifierColumn(e.target.column))
		return undefined;
	if (first.how === 'kind' && !isKindOfRows(e, alts[i], prepared)) return undefined;
	const isWordForWord = (a: WordAlt) => a.how === 'exact' || a.how === 'form';
	if (e.isExactOnly && !isWordForWord(first)) return undefined;
	// ("closing" is no word of 'Orchard Close', "trading" none of 'Trade waste': a verb's form
	// names a one-word value or a column, not a word inside a longer value)
	const isVerbForm = first.how === 'form' && /(ed|ing)$/.test(tokens[i].norm);
	if (isVerbForm && e.target.kind === 'value' && e.words.length > 1) return undefined;
	if (first.how === 'abbreviation' && !isAgentOf(tokens[i].norm, e)) return undefined;
	const remaining = [...e.words];
	// "milk frother" of 'Electric Milk Frother': a run of a name's words from inside it
	const skipped = innerStart(e, first);
	if (!takeWords(remaining, first.words, e.isOrdered, skipped)) return undefined;
	let score = first.score;
	let isLoose = first.how !== 'exact' && first.how !== 'form' && first.how !== 'kind';
	let isRelated = first.how === 'related';
	let end = i + 1;
	const steps: Array<{ end: number; remaining: string[]; score: number; isLoose: boolean }> = [];
	while (remaining.length > 0 && end < tokens.length && !tokens[end - 1].isBeforeComma) {
		const fits = (a: WordAlt) =>
			(!e.isExactOnly || isWordForWord(a)) &&
			takeWords([...remaining], a.words, e.isOrdered, skipped);
		let next = alts[end].find(fits);
		// "years of education" for `years_education`: an "of" the name leaves out
		if (
			!next &&
			tokens[end].norm === 'of' &&
			e.target.kind === 'column' &&
			end + 1 < tokens.length
		) {
			next = alts[end + 1].find(fits);
			if (next) end += 1;
		}
		if (!next) break;
		steps.push({ end, remaining: [...remaining], score, isLoose });
		takeWords(remaining, next.words, e.isOrdered, skipped);
		score *= next.score;
		if (next.how !== 'exact' && next.how !== 'form') isLoose = true;
		if (next.how === 'related') isRelated = true;
		end += 1;
	}
	// "lessons in" of 'Lessons in Chemistry': a part of a value ends on a word that says something
	while (remaining.length > 0 && FUNCTION_WORDS.has(tokens[end - 1].norm) && steps.length > 0) {
		const step = steps.pop()!;
		({ end, score, isLoose } = step);
		remaining.splice(0, remaining.length, ...step.remaining);
	}
	const matchedCount = e.words.length - remaining.length;
	const isNamed = THE_OWN.has(tokens[i - 1]?.norm ?? '');
	if (skipped > 0 && !isSpecificInside(e, skipped, matchedCount, prepared, isNamed))
		return undefined;
	if (remaining.length > 0) {
		if (!e.isPartialAllowed || isPluralForPart(tokens, i, end, e)) return undefined;
		if (isHeadNounMatch(e, remaining, isNamed ? prepared : undefined)) {
			const cand = { target: e.target, score: score * 0.95 * e.base, isLoose };
			return { end, cand: isRelated ? { ...cand, isRelated } : cand };
		}
		const matched = e.words.length - remaining.length;
		// "picking" of a note 'first picking of the year': a word or two of a longer phrase
		// name no value; "picked" of `picked_by` names the deed, not who did it
		if (e.target.kind === 'value' && isPhrasePart(e.words, remaining)) return undefined;
		if (e.target.kind === 'column' && remaining.length === 1 && remaining[0] === 'by')
			return undefined;
		const weight = partialWeight(e, remaining, prepared);
		if (weight === 0) return undefined;
		score *= 0.55 + 0.3 * (matched / e.words.length) * weight;
		isLoose = true;
	}
	const cand = { target: e.target, score: score * e.base, isLoose };
	return { end, cand: isRelated ? { ...cand, isRelated } : cand };
}

/**
 * Removes `words` from `remaining` (in order at the front when ordered, or after the first
 * `from` words); false if impossible.
 */
function takeWords(remaining: string[], words: string[], isOrdered: boolean, from = 0): boolean {
	for (const w of words) {
		const at = isOrdered ? (remaining[from] === w ? from : -1) : remaining.indexOf(w);
		if (at < 0) return false;
		remaining.splice(at, 1);
	}
	return true;
}

/** A unit said as a noun: not the unit of a number ("30 mm") nor of a column ("in km"). */
function isUnitNounAt(tokens: Token[], i: number): boolean {
	const before = tokens[i - 1];
	return !before || (before.kind !== 'number' && before.norm !== 'in' && before.norm !== 'per');
}
