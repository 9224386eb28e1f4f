/**
 * Names glued from two words: "bird strikes" for `birdstrikes`, "eggs frequency" for `eggsfreq`
 * (the first word glued to the second's abbreviation), as survey and log exports name columns.
 */
import type { PreparedCatalog } from './lexicon';
import { normalizeWord, type Token } from './text';

/** Shortest abbreviation of a second word a glued name may hold ("freq", "qty" is a synonym). */
const MIN_ABBREVIATION = 4;

/** The catalog's one-word name two words make, whole ("birdstrikes") or abbreviated ("eggsfreq"). */
export function gluedName(a: Token, b: Token, prepared: PreparedCatalog): string | undefined {
	const whole = normalizeWord(a.raw + b.raw);
	if (whole.length >= 6 && prepared.byWord.has(whole)) return whole;
	const second = b.raw.toLowerCase();
	if (second.length <= MIN_ABBREVIATION || !/^\p{L}+$/u.test(second)) return undefined;
	for (const first of new Set([a.raw.toLowerCase(), a.norm])) {
		for (let k = second.length - 1; k >= MIN_ABBREVIATION; k--) {
			const glued = first + second.slice(0, k);
			if (glued.length >= 7 && prepared.byWord.has(glued)) return glued;
		}
	}
	return undefined;
}

/**
 * "bird strikes" → one token when the catalog spells it as one word ("birdstrikes"); so does
 * "eggs frequency" when a column glues the first word to the second's abbreviation ("eggsfreq").
 */
export function mergeCompounds(tokens: Token[], prepared: PreparedCatalog): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const a = tokens[i];
		const b = tokens[i + 1];
		if (a.kind === 'word' && b?.kind === 'word' && !a.isBeforeComma) {
			const joined = gluedName(a, b, prepared);
			if (joined && !prepared.byWord.has(a.norm + ' ' + b.norm)) {
				out.push({ ...b, raw: `${a.raw} ${b.raw}`, norm: joined });
				i += 1;
				continue;
			}
		}
		out.push(a);
	}
	return out;
}
