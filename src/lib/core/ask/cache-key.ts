/**
 * The answer cache's key (pure). A question is normalised so that spellings a reader would call
 * the same question share one entry, while anything that changes the answer — a number, a quoted
 * value, a dataset's content, the context, the LLM that answered — gives a different key.
 * The canonical string is hashed (SHA-256) by the caller; core does no I/O.
 */
import type { AskScope } from './types';

/** Bumped when the key's format changes: old entries then simply stop matching. */
export const CACHE_KEY_FORMAT = 'quarry-ask-v1';

/** Quote pairs whose content is kept exactly as typed (after NFKC and quote folding). */
const QUOTES: Record<string, string> = { '"': '"', "'": "'" };

/** Typographic quotes folded to their plain forms first. */
const QUOTE_FOLDS: Record<string, string> = {
	'\u201c': '"',
	'\u201d': '"',
	'\u201e': '"',
	'\u00ab': '"',
	'\u00bb': '"',
	'\u2018': "'",
	'\u2019': "'",
	'\u201a': "'"
};

/**
 * Punctuation dropped at either end of the question ("?", "!", ".", "…", ",", ";", ":" and the
 * Spanish opening marks). Quotes, brackets, signs and digits are never dropped: they can be part
 * of a value.
 */
const EDGE_PUNCTUATION = /^[\s?!.,;:¿¡…]+|[\s?!.,;:¿¡…]+$/gu;

/**
 * Normalise a question for the cache: Unicode NFKC, typographic quotes folded, punctuation at the
 * ends (a trailing "?") dropped, whitespace collapsed and lower case — except inside quotes,
 * where the text is kept as typed (`"Paris"` and `"paris"` are different values).
 */
export function normaliseQuestion(question: string): string {
	const folded = [...question.normalize('NFKC')].map((c) => QUOTE_FOLDS[c] ?? c).join('');
	const parts: string[] = [];
	let plain = '';
	let i = 0;
	while (i < folded.length) {
		const close = opensQuote(folded, i) ? closingQuote(folded, i) : -1;
		if (close === -1) {
			plain += folded[i];
			i += 1;
			continue;
		}
		parts.push(normalisePlain(plain), folded.slice(i, close + 1));
		plain = '';
		i = close + 1;
	}
	parts.push(normalisePlain(plain));
	return joinParts(parts).replace(EDGE_PUNCTUATION, '');
}

function normalisePlain(text: string): string {
	return text.toLowerCase().replace(/\s+/gu, ' ');
}

/** Join plain and quoted parts; whitespace next to a quote collapses like any other. */
function joinParts(parts: string[]): string {
	return parts.join('').replace(/^ +| +$/g, '');
}

/** A quote opens a value at the start or after a non-word character ("what's" has none). */
function opensQuote(text: string, i: number): boolean {
	if (!(text[i] in QUOTES)) return false;
	return i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]);
}

/** Index of the matching quote that closes the value (not followed by a letter), or -1. */
function closingQuote(text: string, open: number): number {
	const mark = QUOTES[text[open]];
	for (let j = open + 1; j < text.length; j++) {
		if (text[j] === mark && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? ' ')) return j;
	}
	return -1;
}

export interface CacheKeyParts {
	/** The question as the user typed it (normalised here). */
	question: string;
	scope: AskScope;
	/** Only for answers an LLM gave: the endpoint's host and the model. */
	llm?: { provider: string; model: string };
}

/**
 * The canonical key string: a JSON array of the format tag, the normalised question, the scope's
 * datasets as sorted `id:fingerprint` pairs (a file imported twice has one fingerprint but two
 * table names, so the id is part of it), the context id and version, and provider and model
 * (null for offline answers). JSON keeps the parts unambiguous whatever they contain.
 */
export function canonicalCacheKey(parts: CacheKeyParts): string {
	const datasets = parts.scope.datasets.map((d) => `${d.id}:${d.fingerprint}`).sort();
	return JSON.stringify([
		CACHE_KEY_FORMAT,
		normaliseQuestion(parts.question),
		[...new Set(datasets)],
		parts.scope.contextId ?? null,
		parts.scope.contextVersion ?? null,
		parts.llm?.provider ?? null,
		parts.llm?.model ?? null
	]);
}
