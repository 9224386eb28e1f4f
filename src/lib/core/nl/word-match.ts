/**
 * Ways one question word can stand for lexicon words: itself, an adjective's noun ("rainy" →
 * rain), a built-in synonym, an abbreviation ("temp" ↔ temperature), a small typo or, failing
 * all of those, a word WordNet relates to it (word-net-match.ts).
 */
import type { PreparedCatalog } from './lexicon';
import { adjectiveStem, editDistance, type Token, typoLimit, splitName } from './text';
import { BUILTIN_SYNONYMS, HARMLESS } from './vocabulary';
import { terseWords } from './terse-names';
import { isMeasuredIn, isUnitWord } from './dimensions';
import { wordNetAlternatives } from './word-net-match';
import { lemmasOf, partsOfSpeech, relatedWords } from './word-net';

export interface WordAlt {
	words: string[];
	score: number;
	how: 'exact' | 'form' | 'synonym' | 'abbreviation' | 'typo' | 'related' | 'kind';
}

/** Short names of a duration column, by the time unit a question says. */
const DURATION_SHORT: Record<string, string[]> = {
	hour: ['hrs', 'hr'],
	minute: ['mins', 'min'],
	second: ['secs', 'sec']
};

/**
 * The time unit an adjective says, as column names shorten it for a rate ("£/hr", "rent_pcm");
 * the whole word ("Birth Year") is more often a date's part than a rate's unit.
 */
const PER_UNIT: Record<string, string[]> = {
	hourly: ['hr', 'hrs'],
	weekly: ['wk', 'pw'],
	monthly: ['pcm', 'mo'],
	yearly: ['yr', 'pa'],
	annual: ['yr', 'pa', 'annum'],
	annually: ['yr', 'pa', 'annum']
};

/** How much less each later synonym of a word scores than the one before it. */
const SYNONYM_STEP = 0.03;

const SYNONYM_WORDS = new Map(
	Object.entries(BUILTIN_SYNONYMS).map(([k, v]) => [k, v.map((p) => splitName(p))])
);

export function wordAlternatives(
	token: Token,
	prepared: PreparedCatalog,
	isKeyword: boolean,
	perTable = false
): WordAlt[] {
	if (token.kind !== 'word') return [];
	const norm = token.norm;
	const alts: WordAlt[] = [];
	if (prepared.byWord.has(norm)) alts.push({ words: [norm], score: 1, how: 'exact' });
	const lower = token.raw.toLowerCase();
	if (lower !== norm && prepared.byWord.has(lower)) {
		alts.push({ words: [lower], score: 1, how: 'exact' });
	}
	// ("hours" of a column `hrs`: a time unit is also a duration, as its short name writes it)
	const short = isKeyword ? DURATION_SHORT[norm] : undefined;
	if (short && alts.length === 0) {
		const found = short.find((w) => prepared.byWord.has(w));
		if (found) alts.push({ words: [found], score: 0.95, how: 'form' });
	}
	// ("hourly rate" of `Rate (£/hr)`: the adjective of a time unit, as a column's unit writes it)
	const unit = isKeyword && alts.length === 0 ? PER_UNIT[norm] : undefined;
	const written = unit?.find((w) => prepared.byWord.has(w));
	if (written) alts.push({ words: [written], score: 0.9, how: 'form' });
	if (isKeyword) return alts;
	if (HARMLESS.has(norm)) {
		// "return" read as the column "ret": a harmless noun still names an abbreviated column
		if (alts.length > 0 || norm.length < 5 || !partsOfSpeech(norm).includes('n')) return alts;
		// ("amount" of `amt`: the letters of a terse name)
		const short = [...abbreviations(norm, prepared), ...terseWords(norm, prepared)];
		return [...new Set(short)]
			.filter((w) => w.length < norm.length && !HARMLESS.has(w) && partsOfSpeech(w) === '')
			.map((w) => ({ words: [w], score: 0.85, how: 'abbreviation' as const }));
	}
	// "co2", "pm25", "q1": column names split letters from digits (co2_mt → co, 2, mt)
	const glued = /^([a-z]+)(\d+)$/.exec(norm);
	if (glued && prepared.byWord.has(glued[1]) && prepared.byWord.has(glued[2])) {
		alts.push({ words: [glued[1], glued[2]], score: 1, how: 'form' });
	}
	const stem = adjectiveStem(norm);
	if (stem && prepared.byWord.has(stem)) alts.push({ words: [stem], score: 0.9, how: 'form' });
	// "remotely" → remote, "daily" stays a grain (a keyword), "heavily" → heavy
	const adverb = /^(.{4,}?)(i?)ly$/.exec(norm);
	if (adverb) {
		const base = adverb[2] ? `${adverb[1]}y` : adverb[1];
		if (prepared.byWord.has(base)) alts.push({ words: [base], score: 0.9, how: 'form' });
	}
	// the synonym table is keyed by words as written ("sales", "earnings") and by their forms;
	// its synonyms are listed most likely first ("sold": the quantity before the orders)
	const synonyms = SYNONYM_WORDS.get(norm) ?? SYNONYM_WORDS.get(lower) ?? [];
	for (const [k, phrase] of synonyms.entries()) {
		if (phrase.every((w) => prepared.byWord.has(w))) {
			alts.push({ words: phrase, score: 0.9 - SYNONYM_STEP * k, how: 'synonym' });
		} else if (phrase.length === 1) {
			// "money" for `amt`: the synonym (amount) in a terse column name
			for (const w of terseWords(phrase[0], prepared)) {
				alts.push({ words: [w], score: 0.85, how: 'synonym' });
			}
		}
	}
	const exact = alts.some((a) => a.how === 'exact');
	// Tables weighed one by one (perTable): a word one table names exactly may name another's
	// column by its short form ("cylinders" is `Cylinders` of one table, `cyl` of another)
	if (exact && perTable) return [...alts, ...shortForms(norm, prepared, alts)];
	// ("machine" inside a note 'Machine removed' still names a column `Mch` by its short form)
	const named = prepared.byWord.get(norm) ?? [];
	if (exact && named.length > 0 && named.every((e) => e.target.kind === 'value')) {
		const short = terseWords(norm, prepared).filter((w) => namesStoredColumn(w, prepared));
		return [
			...alts,
			...short.map((w) => ({ words: [w], score: 0.8, how: 'abbreviation' as const }))
		];
	}
	if (exact) return alts;
	alts.push(...participleValues(norm, prepared));
	const general = alts.length === 0 ? wordNetAlternatives(norm, prepared) : [];
	if (/(ed|ing)$/.test(norm) && norm.length > 5) {
		// "closed" → the column "close", "delayed" → "delay": a verb form of a column's word;
		// "failed" → the value 'Fail' of a result column
		for (const lemma of lemmasOf(norm)) {
			const isNamed = namesStoredColumn(lemma, prepared) || isOneWordValue(lemma, prepared);
			if (lemma !== norm && isNamed && !HARMLESS.has(lemma)) {
				alts.push({ words: [lemma], score: 0.9, how: 'form' });
			}
			// ("delivered first time" of `First Time Delivery`: the noun the verb makes)
			if (lemma === norm || HARMLESS.has(lemma)) continue;
			for (const r of relatedWords(lemma)) {
				// ("played" is no `No. of Players`: who does it is not the doing)
				if (r.relation !== 'derived' || isDoerOf(r.lemma, lemma)) continue;
				if (namesStoredColumn(r.lemma, prepared)) {
					alts.push({ words: [r.lemma], score: 0.85, how: 'form' });
				}
			}
		}
		// "adjusted close" for `Adj Close`: a participle a column shortens
		for (const w of terseWords(norm, prepared)) {
			alts.push({ words: [w], score: 0.8, how: 'abbreviation' });
		}
		// ("colected" of `Eggs Collected`: a verb form no dictionary knows may be misspelt)
		// ("brewed" is no misspelt "brewer": a word of the same stem is another word)
		const stem = norm.replace(/(e?d|ing)$/, '');
		const isKnownForm = lemmasOf(norm).some((l) => l !== norm) || partsOfSpeech(norm) !== '';
		if (alts.length === 0 && general.length === 0 && !isKnownForm) {
			for (const [w, d] of typos(norm, prepared).filter(([w]) => !w.startsWith(stem))) {
				alts.push({ words: [w], score: d === 1 ? 0.85 : 0.75, how: 'typo' });
			}
		}
		return [...alts, ...general]; // verbs: "released"
	}
	for (const w of prepared.tableWords) {
		if (norm.length >= 5 && w.length > norm.length + 2 && w.endsWith(norm)) {
			alts.push({ words: [w], score: 0.85, how: 'abbreviation' });
		} else if (isGluedPrefix(w, norm)) {
			// "cars" for a table `mtcars`: a short prefix glued to the rows' noun
			alts.push({ words: [w], score: 0.85, how: 'abbreviation' });
		}
	}
	for (const w of abbreviations(norm, prepared)) {
		alts.push({ words: [w], score: 0.85, how: 'abbreviation' });
	}
	for (const w of terseWords(norm, prepared)) {
		if (!alts.some((a) => a.words[0] === w)) {
			alts.push({ words: [w], score: 0.8, how: 'abbreviation' });
		}
	}
	if (alts.length === 0) {
		for (const [w, d] of typos(norm, prepared)) {
			alts.push({ words: [w], score: d === 1 ? 0.85 : 0.75, how: 'typo' });
		}
	}
	return [...alts, ...general];
}

/**
 * A word's short forms among the catalog's words that are no English words (`cyl`, `hp`,
 * `calling_code`), past those already found.
 */
function shortForms(norm: string, prepared: PreparedCatalog, found: WordAlt[]): WordAlt[] {
	const known = new Set(found.map((a) => a.words.join(' ')));
	const alts: WordAlt[] = [];
	const add = (w: string, score: number) => {
		if (known.has(w)) return;
		known.add(w);
		alts.push({ words: [w], score, how: 'abbreviation' });
	};
	// (an English word it starts is another word: "commits" is no short "committees"; and an
	// English word another table names exactly shortens no longer name: "car" is no "carat")
	const isWord = partsOfSpeech(norm) !== '';
	for (const w of abbreviations(norm, prepared)) {
		if (partsOfSpeech(w) === '' && !(isWord && w.length > norm.length)) add(w, 0.85);
	}
	for (const w of terseWords(norm, prepared)) add(w, 0.8);
	return alts;
}

/**
 * "the most km", "km run per year": a unit said as a noun names the one column measured in it
 * (`distance_km`); with none or several, the unit names nothing. ("Distance in km" only says
 * the unit: matchItems asks for no unit noun after "in" or "per".)
 */
export function unitNoun(norm: string, prepared: PreparedCatalog): WordAlt[] {
	if (!isUnitWord(norm)) return [];
	const measured = prepared.columns.filter((c) => isMeasuredIn(norm, c) && c.content.length > 0);
	if (measured.length !== 1) return [];
	return [{ words: [measured[0].content[0]], score: 0.85, how: 'synonym' }];
}

/** `mtcars`, `dfsales`: a table word that is a short non-word prefix and the noun `norm`. */
function isGluedPrefix(tableWord: string, norm: string): boolean {
	const prefix = tableWord.length - norm.length;
	return (
		prefix >= 1 &&
		prefix <= 3 &&
		norm.length >= 3 &&
		tableWord.endsWith(norm) &&
		partsOfSpeech(tableWord) === '' &&
		partsOfSpeech(norm).includes('n')
	);
}

/** True when `word` is a word of a stored column's own name (not of a derived span). */
function namesStoredColumn(word: string, prepared: PreparedCatalog): boolean {
	return (prepared.byWord.get(word) ?? []).some(
		(e) =>
			e.target.kind === 'column' && !e.target.column.span && e.target.column.words.includes(word)
	);
}

/**
 * "cancellation" → the value 'Cancelled', "rejection" → 'Rejected', "failure" → 'Failed': a noun
 * of an action names the rows whose status is its verb's past form.
 */
function participleValues(norm: string, prepared: PreparedCatalog): WordAlt[] {
	if (!/(ion|ure|al|ment)$/.test(norm)) return [];
	const verbs = relatedWords(norm).filter((r) => r.relation === 'derived' && r.lemma !== norm);
	return verbs.flatMap(({ lemma }) => {
		const forms = [`${lemma}ed`, `${lemma}d`, `${lemma}${lemma.at(-1)}ed`];
		const form = forms.find((f) => isOneWordValue(f, prepared));
		return form ? [{ words: [form], score: 0.85, how: 'form' as const }] : [];
	});
}

function isOneWordValue(word: string, prepared: PreparedCatalog): boolean {
	return (prepared.byWord.get(word) ?? []).some(
		(e) => e.target.kind === 'value' && e.words.length === 1
	);
}

/** Endings that make another word of a word ("member" → "membership"). */
const DERIVING = /^(ship|ships|ment|ments|ness|hood|ism|ist|ists)$/;

function abbreviations(norm: string, prepared: PreparedCatalog): string[] {
	if (norm.length < 3 || /\d/.test(norm)) return [];
	const found: string[] = [];
	const isWord = partsOfSpeech(norm) !== '';
	for (const [length, words] of prepared.vocabByLength) {
		if (length < 3 || Math.abs(length - norm.length) < 2) continue;
		// "country" is no longer form of "count": two English words two letters apart are two
		// words, where "temp" for "temperature" leaves out more
		const isQuestionShorter = norm.length < length;
		// ("carat" is no longer form of the table word "car" either, known to WordNet or not)
		const isNear = Math.abs(length - norm.length) < 3 && (isWord || !isQuestionShorter);
		const shorter = isQuestionShorter ? norm : null;
		// ("aided" of "aid" is the word with an ending, not another word)
		const isEnding = (w: string) => /^(s|es|ed|d|ing|er)$/.test(norm.slice(w.length));
		for (const w of words) {
			const isPrefix = shorter ? w.startsWith(norm) : norm.startsWith(w);
			if (!isPrefix) continue;
			const isOtherWord = isNear && partsOfSpeech(w) !== '' && (isWord || !isEnding(w));
			// ("pick" is no short form of the glued name `pickedBy`: a word is not cut from a non-word)
			const isCutFromName = isWord && isQuestionShorter && isGluedName(w, prepared);
			// ("membership" is a word made from "member", not a longer form of it)
			const isDerived =
				isWord &&
				!isQuestionShorter &&
				DERIVING.test(norm.slice(w.length)) &&
				partsOfSpeech(w) !== '';
			// ("theory" is no long form of the name 'Theo': values' words are not cut short, though
			// one may begin a word glued to another, "foodbank")
			const isValueWord =
				!isQuestionShorter &&
				norm.length - w.length <= 2 &&
				(prepared.byWord.get(w) ?? []).every((e) => e.target.kind === 'value');
			if (/\d/.test(w) || isOtherWord || isCutFromName || isDerived || isValueWord) continue;
			const longLength = Math.max(length, norm.length);
			if (longLength >= 5 && Math.min(length, norm.length) / longLength >= 0.3) {
				found.push(w);
			}
		}
	}
	return found;
}

/** `pickedby`: the words of a column's name run together, found only as that column. */
function isGluedName(word: string, prepared: PreparedCatalog): boolean {
	const entries = prepared.byWord.get(word) ?? [];
	return (
		entries.length > 0 &&
		entries.every((e) => e.target.kind === 'column' && e.target.column.words.length > 1)
	);
}

function typos(norm: string, prepared: PreparedCatalog): Array<[string, number]> {
	const limit = typoLimit(norm);
	// ("tonnes" is no misspelt "Totnes": a unit says what a number measures)
	if (limit === 0 || isUnitWord(norm) || isUnitWord(`${norm}s`)) return [];
	if (/\d/.test(norm)) return []; // ("23/01283/ful" is no misspelt '23/00128/FUL': codes are exact)
	// "spend" is no misspelt "speed": a word spelt right is not read as another English word
	const isWord = partsOfSpeech(norm) !== '';
	const found: Array<[string, number]> = [];
	for (let length = norm.length - limit; length <= norm.length + limit; length++) {
		if (length < 5) continue;
		for (const w of prepared.vocabByLength.get(length) ?? []) {
			if (w[0] !== norm[0] && w[1] !== norm[1]) continue;
			if (isWord && partsOfSpeech(w) !== '') continue;
			const d = editDistance(norm, w, Math.min(limit, typoLimit(w)));
			if (d <= limit && d <= typoLimit(w)) found.push([w, d]);
		}
	}
	const best = Math.min(...found.map(([, d]) => d));
	return found.filter(([, d]) => d === best);
}

/** "player" of play, "surveyor" of survey: the noun of who does what the verb says. */
function isDoerOf(noun: string, verb: string): boolean {
	return (
		noun.length > verb.length && noun.startsWith(verb.replace(/e$/, '')) && /(er|or)$/.test(noun)
	);
}
