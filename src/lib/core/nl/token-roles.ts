/**
 * What a word is where it stands: "order" after "per" is a noun, "may" a month only near a year,
 * an unknown superlative a maximum, "hours" an `Hours` column.
 */
import { dimensionOf } from './dimensions';
import type { Candidate } from './matcher';
import type { Entry } from './lexicon';
import type { Token } from './text';
import { impliedAggregate } from './planner-helpers';
import { isRisingSuperlative } from './word-net-match';

/** "per order by product": after "per", "each" or an article, "order" is a noun, not a sort. */
export function isOrderNoun(tokens: Token[], i: number): boolean {
	const prev = tokens[i - 1]?.norm;
	return (
		tokens[i].norm === 'order' &&
		['per', 'each', 'every', 'the', 'an', 'a', 'one'].includes(prev ?? '')
	);
}

/**
 * "wealthiest", "noisiest": a superlative the keyword and dimension tables do not list, which
 * WordNet derives from a noun, is a maximum (of the column that noun names, if one does).
 */
export function isUnknownSuperlative(
	t: Token,
	ref: { cands: Candidate[] } | undefined,
	phrase: unknown
): boolean {
	if (t.kind !== 'word' || phrase || (ref && !ref.cands[0].isLoose && ref.cands[0].score >= 1)) {
		return false;
	}
	return dimensionOf(t.norm) === undefined && isRisingSuperlative(t.norm);
}

/** "may" and "march" are months only near a year or after a time preposition. */
export function isMonthHere(tokens: Token[], i: number): boolean {
	const word = tokens[i].norm;
	if (word !== 'may' && word !== 'march' && word !== 'dec' && word !== 'sep') return true;
	const next = tokens[i + 1];
	const prev = tokens[i - 1];
	const after = tokens[i + 2];
	// "May 2016", "March 3, 2021", "3 March 2021", "in May", "on May 5"
	const isYear = (t: Token | undefined) => t?.kind === 'number' && (t.value ?? 0) > 999;
	const isDay = (t: Token | undefined) =>
		t?.kind === 'number' &&
		Number.isInteger(t.value) &&
		(t.value ?? 0) >= 1 &&
		(t.value ?? 0) <= 31;
	return (
		isYear(next) ||
		(isDay(next) && isYear(after)) ||
		(isDay(prev) && isYear(next)) ||
		[
			'in',
			'on',
			'since',
			'during',
			'from',
			'until',
			'before',
			'after',
			'of',
			'between',
			'and',
			'to'
		].includes(prev?.norm ?? '')
	);
}

/**
 * "hours per employee" with an `Hours` column that adds up: the column, not a grain of time. A
 * unit said in the singular ("by month") stays the grain.
 */
export function isAmountOfUnits(
	t: Token,
	refLength: number,
	phraseLength: number,
	ref: { cands: Candidate[] } | undefined,
	phraseValue: unknown
): boolean {
	if (refLength !== 1 || phraseLength !== 1 || typeof phraseValue !== 'object') return false;
	if (!/[^s]s$/i.test(t.raw)) return false;
	return (
		ref?.cands.some(
			(c) =>
				!c.isLoose &&
				c.target.kind === 'column' &&
				c.target.column.kind === 'number' &&
				impliedAggregate(c.target.column) === 'sum'
		) === true
	);
}

/**
 * A generic noun of people ("passengers") is short for nothing but its agent's deed: "medals"
 * may be its "medalist", "pass" is not its "passenger".
 */
export function isAgentOf(said: string, e: Entry): boolean {
	if (e.target.kind !== 'table' || !e.target.nounClass) return true;
	const [noun] = e.words;
	return noun.startsWith(said) && /^(ist|er|or|ian|ant|ent|ee)s?$/.test(noun.slice(said.length));
}

/** Words "how" asks a degree with ("how much", "how often"): no column's word then. */
const HOW_DEGREES = new Set(
	'much many often long far old big large high tall heavy fast few little soon well come'.split(' ')
);

/** Verbs a question opens with to ask for something: "show me", "list the", "give". */
const COMMANDS = new Set(
	'show list display give find get plot chart draw tell compute calculate'.split(' ')
);

/**
 * "how much did we take" of a `how_out` column, "show bookings" of a `No Show` column: the
 * question's own "how", and the verb it opens with, name no column.
 */
export function isQuestionsOwnWord(tokens: Token[], i: number): boolean {
	if (i === 0 && COMMANDS.has(tokens[0].norm) && tokens.length > 1) return true;
	return tokens[i].norm === 'how' && HOW_DEGREES.has(tokens[i + 1]?.norm ?? '');
}
