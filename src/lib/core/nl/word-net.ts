/**
 * General English word knowledge from WordNet 3.1 (Princeton University; see docs/licenses.md),
 * read from the extract scripts/extract-wordnet.mjs writes (loaded by loadWordNet): base forms
 * of inflected words ("windiest" → windy, "died" → die) and lemmas related to a word (hot →
 * temperature, windy → wind, candidate → politician). A word's entry is parsed on its first
 * lookup and kept, so the first question pays nothing for the words it does not use.
 */

export type Relation = 'synonym' | 'attribute' | 'derived' | 'hypernym';

export interface RelatedWord {
	lemma: string;
	relation: Relation;
	/** 0…1: how close the lemma is to the word; the engine scores matches by it. */
	weight: number;
}

interface Entry {
	pos: string;
	related: RelatedWord[];
}

const FIELDS: Record<string, Relation> = {
	s: 'synonym',
	a: 'attribute',
	d: 'derived',
	h: 'hypernym'
};

const RELATION_WEIGHTS: Record<Relation, number> = {
	synonym: 0.9,
	attribute: 0.85,
	derived: 0.85,
	hypernym: 0.7
};

/** A base form counts for a little less than the word itself. */
const BASE_FORM_WEIGHT = 0.95;

/**
 * Irregular forms the regular rules below cannot undo. WordNet keeps these in its exception
 * lists, which the packaged database does not ship; these are the common ones.
 */
const IRREGULAR = new Map<string, string[]>(
	Object.entries({
		best: ['good', 'well'],
		better: ['good', 'well'],
		worst: ['bad'],
		worse: ['bad'],
		people: ['person'],
		children: ['child'],
		men: ['man'],
		women: ['woman'],
		feet: ['foot'],
		teeth: ['tooth'],
		geese: ['goose'],
		mice: ['mouse'],
		lives: ['life'],
		wives: ['wife'],
		knives: ['knife'],
		leaves: ['leaf'],
		halves: ['half'],
		won: ['win'],
		lost: ['lose'],
		sold: ['sell'],
		bought: ['buy'],
		built: ['build'],
		made: ['make'],
		paid: ['pay'],
		spent: ['spend'],
		flew: ['fly'],
		flown: ['fly'],
		drove: ['drive'],
		driven: ['drive'],
		ran: ['run'],
		born: ['bear'],
		wrote: ['write'],
		written: ['write'],
		gave: ['give'],
		given: ['give'],
		took: ['take'],
		taken: ['take'],
		grew: ['grow'],
		grown: ['grow'],
		fell: ['fall'],
		fallen: ['fall'],
		began: ['begin'],
		begun: ['begin'],
		came: ['come'],
		went: ['go'],
		gone: ['go'],
		held: ['hold'],
		led: ['lead'],
		left: ['leave'],
		met: ['meet'],
		sent: ['send'],
		lent: ['lend'],
		drank: ['drink'],
		drunk: ['drink'],
		ate: ['eat'],
		eaten: ['eat'],
		struck: ['strike'],
		taught: ['teach'],
		thought: ['think'],
		told: ['tell'],
		found: ['find'],
		fought: ['fight'],
		caught: ['catch']
	})
);

/**
 * WordNet's detachment rules (suffix → replacement) for nouns, verbs and adjectives, with the
 * y-endings and doubled consonants its exception lists otherwise cover ("windiest", "biggest").
 */
const SUFFIX_RULES: Array<[string, string]> = [
	['ies', 'y'],
	['ses', 's'],
	['xes', 'x'],
	['zes', 'z'],
	['ches', 'ch'],
	['shes', 'sh'],
	['men', 'man'],
	['es', 'e'],
	['es', ''],
	['s', ''],
	['ied', 'y'],
	['ed', 'e'],
	['ed', ''],
	['ing', 'e'],
	['ing', ''],
	['iest', 'y'],
	['ier', 'y'],
	['est', 'e'],
	['est', ''],
	['er', 'e'],
	['er', '']
];

/** Entries parsed so far, misses included; cleared when it grows past every WordNet lemma. */
const parsed = new Map<string, Entry | undefined>();
const PARSED_LIMIT = 20_000;

let EXTRACT: Record<string, string> = {};
let loading: Promise<void> | undefined;

/**
 * Loads the extract once: a chunk of its own (about 160 KB gzipped), fetched when the first
 * question is asked rather than with the page. Until it has loaded the functions below know no
 * words; a failed load (offline before the chunk was cached) is tried again on the next call.
 */
export function loadWordNet(): Promise<void> {
	// As text: bundled as JSON, every lemma would become a named export, half again the size.
	loading ??= import('./wordnet-extract.json?raw').then(
		(module) => {
			EXTRACT = JSON.parse(module.default);
			parsed.clear();
		},
		() => {
			loading = undefined;
		}
	);
	return loading;
}

function entryOf(word: string): Entry | undefined {
	if (parsed.has(word)) return parsed.get(word);
	const line = Object.hasOwn(EXTRACT, word) ? EXTRACT[word] : undefined;
	const entry = line === undefined ? undefined : parseEntry(line);
	if (parsed.size >= PARSED_LIMIT) parsed.clear();
	parsed.set(word, entry);
	return entry;
}

function parseEntry(line: string): Entry {
	const [pos, ...fields] = line.split('|');
	const related: RelatedWord[] = [];
	for (const field of fields) {
		const relation = FIELDS[field[0]];
		field
			.slice(2)
			.split(',')
			.forEach((lemma, i) => {
				related.push({ lemma, relation, weight: RELATION_WEIGHTS[relation] * 0.97 ** i });
			});
	}
	return { pos, related };
}

/**
 * Parts of speech WordNet gives a lemma, most used first: n noun, v verb, a adjective, r
 * adverb ("die" → "vn"). Empty for a word the extract does not hold.
 */
export function partsOfSpeech(lemma: string): string {
	return entryOf(lemma.toLowerCase())?.pos ?? '';
}

/**
 * Base forms of a word that WordNet knows, the word itself first when it is one: "windiest" →
 * [windy], "died" → [die], "people" → [people, person], "hours" → [hour]. Empty when none.
 */
export function lemmasOf(word: string): string[] {
	const w = word.toLowerCase();
	const found: string[] = [];
	const add = (base: string) => {
		if (base.length >= 2 && entryOf(base) && !found.includes(base)) found.push(base);
	};
	add(w);
	for (const base of IRREGULAR.get(w) ?? []) add(base);
	for (const [suffix, replacement] of SUFFIX_RULES) {
		if (!w.endsWith(suffix) || w.length <= suffix.length + 1) continue;
		const stem = w.slice(0, -suffix.length);
		add(stem + replacement);
		// "biggest" → big, "stopped" → stop, "running" → run
		if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1));
	}
	return found;
}

/**
 * Lemmas related to a word or to its base forms, strongest first, each lemma once:
 * "hottest" → temperature (attribute), hotness (derived)…
 */
export function relatedWords(word: string): RelatedWord[] {
	const best = new Map<string, RelatedWord>();
	const bases = lemmasOf(word);
	bases.forEach((base, i) => {
		const factor = i === 0 && base === word.toLowerCase() ? 1 : BASE_FORM_WEIGHT;
		for (const r of entryOf(base)?.related ?? []) {
			if (bases.includes(r.lemma)) continue;
			const weight = r.weight * factor;
			const old = best.get(r.lemma);
			if (!old || old.weight < weight) best.set(r.lemma, { ...r, weight });
		}
	});
	return [...best.values()].sort((a, b) => b.weight - a.weight);
}

/**
 * The nouns of the deed a past participle says: "cancelled" → cancellation, "admitted" →
 * admission (WordNet's derivations of its verb). Empty for a word that is no verb's participle.
 */
export function nounsOfDeed(participle: string): string[] {
	const word = participle.toLowerCase();
	if (!/ed$/.test(word)) return [];
	const verbs = lemmasOf(word).filter((l) => l !== word && partsOfSpeech(l).includes('v'));
	const nouns = verbs.flatMap((verb) =>
		(entryOf(verb)?.related ?? [])
			.filter((r) => r.relation === 'derived' && partsOfSpeech(r.lemma).includes('n'))
			.map((r) => r.lemma)
	);
	return [...new Set([...nouns, ...verbs.flatMap(nounInAl)])];
}

/**
 * "deferred" → deferral, "refused" → refusal: the noun English makes of such verbs with -al,
 * when WordNet does not know the word (its "defer" gives only "deference"); never another
 * word ("postal").
 */
function nounInAl(verb: string): string[] {
	const noun = /[^aeiou]e$/.test(verb)
		? `${verb.slice(0, -1)}al`
		: /[aeiou]r$/.test(verb)
			? `${verb}ral`
			: /(ew|aw|ss)$/.test(verb)
				? `${verb}al`
				: undefined;
	return noun && partsOfSpeech(noun) === '' ? [noun] : [];
}

/**
 * The nouns of the state an adjective says: "absent" → absence, "ill" → illness (WordNet's
 * derivations of a lemma used first as an adjective). Empty for participles ("booked") and
 * words used mostly otherwise.
 */
export function nounsOfState(adjective: string): string[] {
	const word = adjective.toLowerCase();
	if (/ed$/.test(word) || !partsOfSpeech(word).startsWith('a')) return [];
	return (entryOf(word)?.related ?? [])
		.filter((r) => r.relation === 'derived' && partsOfSpeech(r.lemma).startsWith('n'))
		.map((r) => r.lemma)
		.filter((noun) => STATE_NOUN.test(noun));
}

/** Endings of nouns of a state ("absence", "illness", "activity"), not of who is in it ("athlete"). */
const STATE_NOUN = /(ness|ence|ance|ity|cy)$/;

/** How far up the hypernyms a kind is looked for ("athlete" → contestant → person). */
const KIND_DEPTH = 4;

/**
 * Whether WordNet files a noun under `kind`, a few hypernym steps up: "athlete" and "traveler"
 * are persons, "medal" is not.
 */
export function isKindOf(word: string, kind: string): boolean {
	let level = lemmasOf(word).filter((w) => partsOfSpeech(w).includes('n'));
	const seen = new Set(level);
	for (let depth = 0; depth < KIND_DEPTH && level.length > 0; depth++) {
		if (level.includes(kind)) return true;
		const next: string[] = [];
		for (const w of level) {
			for (const r of entryOf(w)?.related ?? []) {
				if (r.relation !== 'hypernym' || seen.has(r.lemma)) continue;
				seen.add(r.lemma);
				next.push(r.lemma);
			}
		}
		level = next;
	}
	return level.includes(kind);
}

/** A verb's past participle ("listed", "shipped"), not a noun that ends alike. */
export function isParticiple(words: string): boolean {
	const word = words.trim().toLowerCase();
	return /^[a-z]{3,}ed$/.test(word) && lemmasOf(word).some((l) => l !== word);
}
