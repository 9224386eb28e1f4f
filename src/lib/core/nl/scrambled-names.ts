/**
 * Column names said in another order: "visits that needed a follow up" for `Follow Up Needed`,
 * "was the deposit paid" for `Paid Deposit`. People put the verb of a yes/no column where
 * their sentence wants it; a name of three or more words (or a yes/no column's two) said with
 * all its words next to each other, at most one article among them, is that column.
 */
import type { Entry, PreparedCatalog } from './lexicon';
import type { Token } from './text';

const ARTICLES = new Set(['a', 'an', 'the']);

/** Tokens with each scrambled column name put back in the column's order. */
export function unscrambleNames(tokens: Token[], prepared: PreparedCatalog): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const found = scrambledAt(tokens, i, prepared);
		if (!found) {
			out.push(tokens[i]);
			continue;
		}
		out.push(...found.tokens);
		i = found.end - 1;
	}
	return out;
}

function scrambledAt(
	tokens: Token[],
	i: number,
	prepared: PreparedCatalog
): { tokens: Token[]; end: number } | undefined {
	const first = tokens[i];
	if (first.kind !== 'word') return undefined;
	for (const entry of prepared.byWord.get(first.norm) ?? []) {
		if (!isNameEntry(entry)) continue;
		const n = entry.words.length;
		for (const length of [n, n + 1]) {
			const span = tokens.slice(i, i + length);
			if (span.length < length || span.some((t) => t.kind !== 'word' || t.isBeforeComma)) continue;
			const words = span.filter((t) => !ARTICLES.has(t.norm));
			if (words.length !== n || span.length - words.length > 1) continue;
			if (ARTICLES.has(span[0].norm) || ARTICLES.has(span[length - 1].norm)) continue;
			const ordered = entry.words.map((w) => words.find((t) => t.norm === w));
			if (ordered.some((t) => !t) || new Set(ordered).size !== n) continue;
			if (words.every((t, k) => t.norm === entry.words[k])) return undefined; // in order
			return { tokens: ordered as Token[], end: i + length };
		}
	}
	return undefined;
}

/** A column's own name of several words: three or more, or two of a yes/no column. */
function isNameEntry(entry: Entry): boolean {
	const target = entry.target;
	if (target.kind !== 'column' || entry.words.length > 4) return false;
	const own = entry.words.every((w) => target.column.words.includes(w));
	const least = target.column.kind === 'boolean' ? 2 : 3;
	return own && entry.words.length >= least;
}
