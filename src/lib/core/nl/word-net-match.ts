/**
 * The engine's use of WordNet: a question word that names nothing in the catalog is tried
 * through its base forms ("mice" → mouse), then through related lemmas (wage → salary, windy →
 * wind) against column names. Verb forms and graded adjectives are left to the grammar, and
 * related lemmas never name a table or a value. A superlative or comparative adjective
 * ("biggest", "wealthier") names a measure through its attribute or derived nouns (big → size,
 * wealthy → wealth). Everything here scores below exact and profile matches.
 */
import type { Entry, PreparedCatalog } from './lexicon';
import { normalizeWord, splitName } from './text';
import { GENDER_NOUNS, namesItsPeople } from './noun-classes';
import { isKindOf, lemmasOf, partsOfSpeech, relatedWords } from './word-net';
import type { WordAlt } from './word-match';
import { tableOf } from './scope';

/** A base form is the same word: as good as an adjective's noun ("rainy" → rain). */
const BASE_FORM_SCORE = 0.88;
/** A related lemma is a different word: a loose match, below abbreviations and typos. */
const RELATED_SCORE = 0.8;
/** A kind of person for the rows of a table of people: as sure as a noun the class lists. */
const KIND_SCORE = 0.95;
/** A synonym (wage → pay) shares a sense with the word: closer than other relations. */
const SYNONYM_SCORE = 0.88;

/**
 * Alternatives for a word with no exact match: its base forms, then its related lemmas, each
 * only when the catalog uses that word.
 */
export function wordNetAlternatives(norm: string, prepared: PreparedCatalog): WordAlt[] {
	// "older", "biggest": the grammar reads these (a bound, a ranking and its measure)
	if (gradedAdjectives(norm).length > 0) return [];
	// "died", "reigned": a verb tells what happened to the rows; its base form or noun ("reign",
	// "death") is not a column the question asks to see
	if (/(?:ed|ing)$/.test(norm) && partsOfSpeech(norm) === '') return [];
	const alts: WordAlt[] = [];
	const seen = new Set([norm]);
	for (const base of lemmasOf(norm)) {
		const w = normalizeWord(base);
		if (seen.has(w)) continue;
		seen.add(w);
		if (prepared.byWord.has(w)) alts.push({ words: [w], score: BASE_FORM_SCORE, how: 'form' });
	}
	for (const r of relatedWords(norm)) {
		const w = normalizeWord(r.lemma);
		if (seen.has(w)) continue;
		seen.add(w);
		if (prepared.byWord.has(w)) {
			const score = (r.relation === 'synonym' ? SYNONYM_SCORE : RELATED_SCORE) * r.weight;
			alts.push({ words: [w], score, how: 'related' });
		}
	}
	// "athletes", "travelers": kinds of person name the rows of a table of people
	if (prepared.byWord.has('person') && !GENDER_NOUNS.has(norm) && isKindOf(norm, 'person')) {
		alts.push({ words: ['person'], score: KIND_SCORE, how: 'kind' });
	}
	return alts;
}

const GRADED = /^(?:(?:most|least|more|less)\s+)?([a-z]+)$/;

/**
 * The adjective lemmas of a superlative or comparative ("older" → older, old; "biggest" →
 * big); empty for other words, including nouns, verbs and adjectives that only end alike
 * ("number", "lower", "over").
 */
export function gradedAdjectives(word: string): string[] {
	if (!/(?:est|er)$/.test(word) || /^[nv]/.test(partsOfSpeech(word))) return [];
	const adjectives = lemmasOf(word).filter((l) => partsOfSpeech(l).includes('a'));
	return adjectives.some((l) => l !== word) ? adjectives : [];
}

/**
 * A superlative whose adjective WordNet derives from a noun it has more of: "wealthiest"
 * (wealthy ← wealth), "noisiest" (noise), "healthiest" (health). It reads as "the most <noun>",
 * so as a maximum. Adjectives linked only to an attribute ("coldest" → temperature) say no
 * direction and do not qualify.
 */
export function isRisingSuperlative(word: string): boolean {
	if (!word.endsWith('est')) return false;
	return gradedAdjectives(word).some((adjective) =>
		relatedWords(adjective).some(
			(r) => r.relation === 'derived' && partsOfSpeech(r.lemma).includes('n')
		)
	);
}

/**
 * The measure words a graded adjective implies: "biggest" → size, "wealthier" → wealth,
 * "most dangerous" → danger. Undefined for words that are not graded adjectives ("over") or
 * that WordNet links to no noun.
 */
export function wordNetDimension(words: string): string[] | undefined {
	const phrase = words
		.toLowerCase()
		.trim()
		.replace(/\s+than$/, '');
	const m = GRADED.exec(phrase);
	if (!m) return undefined;
	const word = m[1];
	const adjectives =
		phrase === word
			? gradedAdjectives(word)
			: lemmasOf(word).filter((l) => partsOfSpeech(l).includes('a'));
	const nouns = new Set<string>();
	for (const adjective of adjectives) {
		for (const r of relatedWords(adjective)) {
			const isNoun = partsOfSpeech(r.lemma).includes('n');
			if ((r.relation === 'attribute' || r.relation === 'derived') && isNoun) {
				nouns.add(normalizeWord(r.lemma));
			}
		}
	}
	return nouns.size > 0 ? [...nouns] : undefined;
}

/**
 * "athletes" for the people of a table of Olympians: a kind of person names the rows of a table
 * of people only when the word also points into that table some other way (its sport "athletics"),
 * so "teachers" never stands for all the rows of a table of workers.
 */
export function isKindOfRows(e: Entry, alts: WordAlt[], prepared: PreparedCatalog): boolean {
	if (e.target.kind !== 'table' || !e.target.nounClass) return false;
	const table = e.target.table;
	// ("patients" of "Blood donor sessions": the table says what kind of people it holds)
	if (e.target.nounClass === 'person' && namesItsPeople(table, splitName(table.humanName)))
		return false;
	return alts.some(
		(a) =>
			a.how !== 'kind' &&
			a.words.every((w) => (prepared.byWord.get(w) ?? []).some((x) => tableOf(x.target) === table))
	);
}
