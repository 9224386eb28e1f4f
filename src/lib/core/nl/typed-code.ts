/**
 * Codes typed in lower case ("flights from ord", "dem candidates" for ORD and DEM) or as the
 * word they abbreviate ("republican" for REP).
 */
import type { Entry, PreparedCatalog } from './lexicon';
import { targetKey, type Candidate } from './matcher';
import type { Token } from './text';
import { partsOfSpeech } from './word-net';

/** Short words that are English first: never read as a code typed in lower case. */
const FUNCTION_WORDS = new Set(
	(
		'a an am as at be by do go he hi if in is it me my no of oh ok on or so to up us we ' +
		'all and any are but can did for had has her him his how its may not now off one our out ' +
		'own per she the too top two was way who why yes yet you avg max min sum new old'
	).split(' ')
);
const PLACE_PREPOSITIONS = new Set(['from', 'to', 'in', 'at', 'via', 'into', 'for']);

/**
 * "flights from ord", "dem candidates": a code of capitals (ORD, DEM) typed in lower case. Only
 * for a word that is no English word of its own, or one right after "from", "to", "in"… ("from
 * lax"); "in", "or", "me" stay words.
 */
export function isTypedCode(tokens: Token[], i: number, e: Entry): boolean {
	const raw = tokens[i].raw;
	if (raw !== raw.toLowerCase() || raw.toUpperCase() !== e.raw || !/^[A-Z]{2,4}$/.test(e.raw)) {
		return false;
	}
	if (FUNCTION_WORDS.has(raw)) return false;
	const prev = tokens[i - 1];
	return partsOfSpeech(raw) === '' || (prev !== undefined && PLACE_PREPOSITIONS.has(prev.norm));
}

/**
 * "republican" for the code REP, "democratic" for DEM, "independent" for IND: a longer noun or
 * adjective the one code of three or four capitals begins, in a column of a few such codes. A
 * loose reading.
 */
export function codeOfWord(norm: string, prepared: PreparedCatalog): Candidate | undefined {
	if (norm.length < 6 || !/[an]/.test(partsOfSpeech(norm))) return undefined;
	const found = codeEntries(prepared).filter((e) => norm.startsWith(e.raw.toLowerCase()));
	const targets = new Set(found.map((e) => targetKey(e.target)));
	if (targets.size !== 1) return undefined;
	return { target: found[0].target, score: 0.8, isLoose: true };
}

/**
 * Most codes a column may hold for a word to be read as one of them: a few party or status
 * codes, not hundreds of country codes that many English words happen to begin with
 * ("together" is no TOG, "market" no MAR).
 */
const MAX_WORD_CODES = 30;

const CODE_ENTRIES = new WeakMap<PreparedCatalog, Entry[]>();

/** Value entries of three or four capitals in columns holding only such codes, once per catalog. */
function codeEntries(prepared: PreparedCatalog): Entry[] {
	let found = CODE_ENTRIES.get(prepared);
	if (!found) {
		found = prepared.entries.filter(
			(e) =>
				e.target.kind === 'value' &&
				/^[A-Z]{3,4}$/.test(e.raw) &&
				(e.target.column.profile?.distinctCount ?? Infinity) <= MAX_WORD_CODES &&
				(e.target.column.profile?.topValues ?? []).every(
					(t) => typeof t.value !== 'string' || t.value === '' || /^[A-Z0-9]{1,4}$/.test(t.value)
				)
		);
		CODE_ENTRIES.set(prepared, found);
	}
	return found;
}

/**
 * "runs" read as the code `run` of a column of three-letter codes (`eng`, `fra`, `run`): codes
 * have no plural, so a code matches only the word as typed, not the singular it was read as.
 */
export function isPluralOfCode(token: Token, e: Entry): boolean {
	if (e.target.kind !== 'value' || token.raw.toLowerCase() === e.raw.toLowerCase()) return false;
	if (!/^[a-z]{2,3}$/i.test(e.raw)) return false;
	return holdsOnlyCodes(e);
}

function holdsOnlyCodes(e: Entry): boolean {
	if (e.target.kind !== 'value') return false;
	const top = e.target.column.profile?.topValues ?? [];
	return (
		top.length > 0 && top.every((t) => typeof t.value === 'string' && /^[a-z]{2,3}$/i.test(t.value))
	);
}

/**
 * "SUVs", "dvds": the plural of an acronym among a column's words (SUV beside Economy and
 * Estate), which a column of nothing but codes does not have.
 */
export function isPluralOfAcronym(token: Token, e: Entry): boolean {
	if (e.target.kind !== 'value' || !/^[A-Z]{2,4}$/.test(e.raw)) return false;
	return token.raw.toLowerCase() === `${e.raw.toLowerCase()}s` && !holdsOnlyCodes(e);
}
