/**
 * Words from inside a longer value: "milk frother" of 'Electric Milk Frother', "earbuds" of
 * 'Wireless Earbuds Pro'. A name's words otherwise match from its start. A part of a name
 * weighs less than all of it, and a part that is only function words ("the", "in") weighs nothing.
 */
import type { Entry, PreparedCatalog } from './lexicon';
import { isSingularWords, type Token } from './text';
import { isCountryOrContinent } from './place-names';
import { HARMLESS, MONTHS } from './vocabulary';
import type { WordAlt } from './word-match';

/**
 * Where a partial match of a value may start inside it: at its first word said, when that is
 * not the value's first (ordered names otherwise match from their start).
 */
export function innerStart(e: Entry, first: WordAlt): number {
	if (e.target.kind !== 'value' || !e.isPartialAllowed || !e.isOrdered) return 0;
	if (first.how !== 'exact' && first.how !== 'form') return 0;
	const at = e.words.indexOf(first.words[0]);
	return at > 0 ? at : 0;
}

/** Words before a name that say one thing is meant ("the leaf", "our van"). */
export const THE_OWN = new Set(['the', 'our', 'my']);

/** Words before a value's own word that say it is not that ('Not Rated'). */
const NEGATING = new Set(['not', 'no', 'non', 'un', 'without']);

/**
 * Words from inside a value name it when they are specific: two or more of them ("milk
 * frother"), or one long word no other value says ("earbuds") and no month or place says,
 * or a short last word after "the" ("the leaf"), after no negation ('Not Rated' is not "rated"; "africa" of 'Eastern Africa' is one of many).
 */
export function isSpecificInside(
	e: Entry,
	at: number,
	matched: number,
	prepared: PreparedCatalog,
	isNamed = false
): boolean {
	if (e.words.slice(0, at).some((w) => NEGATING.has(w))) return false;
	if (matched >= 2) return true;
	const word = e.words[at];
	const values = (prepared.byWord.get(word) ?? []).filter((x) => x.target.kind === 'value');
	// (a place inside a name is the place: "Spain" of 'Trained in Spain')
	const isPlace = isCountryOrContinent(word);
	// ("the leaf" of 'Nissan Leaf': the last word of a name said as one thing is its head, short
	// as it may be; "food shopping" is no 'M&S Food')
	const isHead = isNamed && at === e.words.length - 1 && word.length >= 3;
	const isLong = word.length >= 5 || isHead;
	return isLong && !Object.hasOwn(MONTHS, word) && !isPlace && values.length === 1;
}

/**
 * "houses" for the title 'House of Wax', "capitals" for the airport 'Capital City': one plural
 * noun names many rows, while a longer value is one thing's name, so a plural that matches
 * only part of a value is no reading of it (unless the value says that plural).
 */
export function isPluralForPart(tokens: Token[], i: number, end: number, e: Entry): boolean {
	if (e.target.kind !== 'value' || end !== i + 1 || isSingularWords(tokens[i].raw)) return false;
	// "earbuds" of 'Wireless Earbuds Pro': the value says the plural itself
	return !e.target.value
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.includes(tokens[i].raw.toLowerCase());
}

/**
 * Words from a value that is a phrase ('first picking of the year', 'Does the job'): only
 * function words of it, or under half of a longer one with function words, name nothing.
 */
export function isPhrasePart(words: string[], remaining: string[]): boolean {
	const left = [...remaining];
	const said = words.filter((w) => {
		const k = left.indexOf(w);
		if (k < 0) return true;
		left.splice(k, 1);
		return false;
	});
	if (said.every((w) => HARMLESS.has(w))) return true;
	const isPhrase = words.length >= 4 && words.some((w) => HARMLESS.has(w));
	return isPhrase && said.length * 2 < words.length;
}

/**
 * Words that never stand for a longer name on their own ("the" of "Regions of the world", "is"
 * of `isConcession`, "has" of `Has Pool`).
 */
export const FUNCTION_WORDS = new Set([
	'is',
	'are',
	'was',
	'were',
	'has',
	'have',
	'had',
	'the',
	'a',
	'an',
	'of',
	'and',
	'or',
	'in',
	'on',
	'at',
	'to',
	'for',
	'by',
	'per',
	'with'
]);

/** Partial matches on words many columns share ("name", "total") count for less. */
export function partialWeight(e: Entry, remaining: string[], prepared: PreparedCatalog): number {
	const matched = e.words.filter((w) => !remaining.includes(w));
	if (matched.every((w) => FUNCTION_WORDS.has(w))) return 0;
	if (e.target.kind === 'value') {
		// (each word as often as the name says it: 'Kwik Wash Car Wash' less "kwik wash")
		const said = [...e.words];
		for (const w of remaining) said.splice(said.indexOf(w), 1);
		matched.splice(0, matched.length, ...said);
		// ("machine" of a note 'Machine removed - contract ended': one word of four names nothing)
		const isNote = /[-,;]/.test(e.raw) && e.words.some((w) => /ed$/.test(w));
		if (isNote && matched.length * 4 <= e.words.length) return 0;
		// ("oat milk" of 'Oat Milk 1L': two words of a name are specific, if short)
		return matched.length >= 2 || matched.every((w) => w.length >= 4) ? 0.6 : 0;
	}
	if (e.target.kind === 'table') return matched.includes(e.words[0]) ? 2 : 0.3;
	if (e.target.kind !== 'column') return 1;
	const freq = Math.max(...matched.map((w) => prepared.columnWordFreq.get(w) ?? 1));
	return freq > 3 ? 0.5 : 1;
}
