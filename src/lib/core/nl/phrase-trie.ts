/**
 * The grammar's phrases ("at least", "per month") as a trie over normalised words: the longest
 * phrase starting at a token.
 */
import { GRAIN_WORDS, type Grain } from './vocabulary';
import { KEYWORD_PHRASES, type Keyword } from './keywords';
import type { PreparedCatalog } from './lexicon';
import { editDistance, normalizeWord, type Token } from './text';
import { lemmasOf } from './word-net';

type PhraseTrie = Map<string, { next: PhraseTrie; value?: Keyword | { grain: Grain } }>;

const TRIE: PhraseTrie = buildTrie();

function buildTrie(): PhraseTrie {
	const root: PhraseTrie = new Map();
	const add = (phrase: string, value: Keyword | { grain: Grain }) => {
		let level = root;
		const words = phrase.split(' ').map((w) => (/^[<>=!]/.test(w) ? w : normalizeWord(w)));
		words.forEach((w, i) => {
			let node = level.get(w);
			if (!node) {
				node = { next: new Map() };
				level.set(w, node);
			}
			if (i === words.length - 1 && node.value === undefined) node.value = value;
			level = node.next;
		});
	};
	for (const [phrase, kw] of KEYWORD_PHRASES) add(phrase, kw);
	for (const [phrase, grain] of Object.entries(GRAIN_WORDS)) add(phrase, { grain });
	return root;
}

/** Words whose plural is a noun, never the start of a phrase: "orders by region" counts orders. */
const NOUN_WHEN_PLURAL = new Set(['order']);

export function longestPhrase(tokens: Token[], i: number) {
	let level = TRIE;
	let best: { end: number; value: Keyword | { grain: Grain } } | undefined;
	const first = tokens[i];
	if (NOUN_WHEN_PLURAL.has(first.norm) && first.raw.toLowerCase() !== first.norm) return undefined;
	for (let j = i; j < tokens.length; j++) {
		const t = tokens[j];
		const node = level.get(t.kind === 'symbol' ? t.raw : t.norm);
		if (!node) break;
		if (node.value !== undefined) best = { end: j + 1, value: node.value };
		if (t.isBeforeComma) break;
		level = node.next;
	}
	return best;
}

const AGGREGATES: ReadonlySet<Keyword> = new Set([
	'count',
	'distinct',
	'sum',
	'avg',
	'median',
	'min',
	'max',
	'most',
	'least'
]);

/** A phrase that asks for a count, a total, an average or an extreme starts at i. */
export function isAggregateAt(tokens: Token[], i: number): boolean {
	const value = longestPhrase(tokens, i)?.value;
	return typeof value === 'string' && AGGREGATES.has(value);
}

/** One-word grammar words long enough that one slip of a key still names them ("averge"). */
const LONG_KEYWORDS = [...TRIE].filter(([w, node]) => node.value !== undefined && w.length >= 5);

/**
 * "averge first response time": a word of five letters or more that is no English word and no
 * word of the data, one slip of a key from exactly one grammar word, is read as that word.
 */
export function correctKeywordSlips(tokens: Token[], prepared: PreparedCatalog): Token[] {
	return tokens.map((t) => {
		if (t.kind !== 'word' || t.norm.length < 5 || TRIE.has(t.norm)) return t;
		if (prepared.byWord.has(t.norm) || lemmasOf(t.norm).length > 0) return t;
		const near = LONG_KEYWORDS.filter(([w]) => editDistance(t.norm, w, 1) <= 1);
		return near.length === 1 ? { ...t, norm: near[0][0] } : t;
	});
}
