/**
 * Which column a value belongs to when several hold it: the one a column word next to it names,
 * or the side a preposition or verb says ("from ATL", "to ATL", "trips that started at the
 * harbor").
 */
import type { Filter } from './intent';
import type { ColumnInfo } from './lexicon';
import type { Candidate } from './matcher';
import { columnOf, type ParseState } from './parse-state';
import { ARTICLES } from './vocabulary';

const FROM_WORDS = [
	'origin',
	'source',
	'from',
	'departure',
	'start',
	'sender',
	'home',
	'pickup',
	'collection',
	'boarding'
];
const TO_WORDS = [
	'destination',
	'dest',
	'to',
	'arrival',
	'target',
	'end',
	'receiver',
	'away',
	'dropoff',
	'drop',
	'delivery',
	'alighting'
];

/** "from ATL" prefers an origin-like column, "to ATL" a destination-like one. */
const FROM_VERBS = /^(start|began|begin|depart|left|leave|originat)/;
const TO_VERBS = /^(end|finish|arriv|land|terminat)/;

export function preferByPreposition(state: ParseState, i: number, cands: Candidate[]): Candidate[] {
	let p = i - 1;
	while (
		p > 0 &&
		state.items[p].type === 'word' &&
		ARTICLES.has(state.items[p].words.toLowerCase())
	)
		p -= 1;
	const prev = state.items[p];
	// "trips that started at the harbor", "ended in Oslo": the verb before says which end
	const verb = state.items
		.slice(Math.max(0, i - 3), i)
		.find(
			(x) =>
				(x.type === 'word' || x.type === 'ref') &&
				(FROM_VERBS.test(x.words.toLowerCase()) || TO_VERBS.test(x.words.toLowerCase()))
		);
	const side =
		prev?.type === 'kw' && (prev.kw === 'from' || prev.kw === 'to')
			? prev.kw
			: verb
				? FROM_VERBS.test(verb.words.toLowerCase())
					? 'from'
					: 'to'
				: undefined;
	if (!side) return cands;
	const words = side === 'from' ? FROM_WORDS : TO_WORDS;
	const preferred = cands.filter((c) => columnOf(c)?.words.some((w) => words.includes(w)));
	return preferred.length > 0 ? preferred : cands;
}

/** A word read inside values below this score is part of them, not all of one. */
const PART_OF_VALUE = 0.9;
/** Parts read within this of each other are read equally well (a longer value scores less). */
const SAME_PART = 0.1;

/**
 * "bonus episodes" of titles 'Bonus: Outtakes', 'Bonus: Live Q&A' …, "lavenders" of plants
 * 'Lavender Hidcote' and 'Lavender Munstead': words inside several values of a column, whole
 * in none, are what they share. The words as the values spell them, or undefined.
 */
export function sharedValueWord(
	item: { words: string },
	cands: Candidate[],
	cand: Candidate
): string | undefined {
	const said = item.words.toLowerCase();
	if (cand.target.kind !== 'value' || cand.score >= PART_OF_VALUE) return;
	const column = cand.target.column;
	const sharing = cands.filter(
		(c) =>
			c.target.kind === 'value' && c.target.column === column && c.score >= cand.score - SAME_PART
	);
	if (sharing.length < 2) return undefined;
	const spelled = (c: Candidate) => (c.target.kind === 'value' ? c.target.value.toLowerCase() : '');
	// ("mobile unit" of 'Mobile Unit - Wetherby' and 'Mobile Unit - Garforth': the words as said)
	if (/\s/.test(said)) return sharing.every((c) => spelled(c).includes(said)) ? said : undefined;
	const words = spelled(cand).split(/[^\p{L}\p{N}]+/u);
	return words.find((w) => w.length > 2 && (said === w || said === `${w}s` || said === `${w}es`));
}

/**
 * Words between a column and its value: "status is not assigned", "the status assigned", "a
 * city called Springfield".
 */
export const LINKING_WORDS = new Set([
	'is',
	'are',
	'was',
	'were',
	'be',
	'of',
	'as',
	'a',
	'an',
	'the',
	'called',
	'named'
]);
const LINKING_KEYWORDS = new Set(['not', 'eq', 'neq']);

/** The column word before a value, past linking words ("status is not assigned"). */
function columnBefore(state: ParseState, i: number): number {
	let j = i - 1;
	while (j > 0 && j >= i - 3) {
		const item = state.items[j];
		const isLink =
			(item.type === 'word' && LINKING_WORDS.has(item.words.toLowerCase())) ||
			(item.type === 'kw' && LINKING_KEYWORDS.has(item.kw));
		if (!isLink) break;
		j -= 1;
	}
	return j;
}

/**
 * Column words beside a value: the next item, and the one before it, possibly across linking
 * words ("whose status is not assigned", "have the status assigned").
 */
export function adjacentColumns(
	state: ParseState,
	i: number
): Array<{ index: number; column: ColumnInfo }> {
	const out: Array<{ index: number; column: ColumnInfo }> = [];
	for (const j of new Set([i - 1, columnBefore(state, i), i + 1])) {
		const item = state.items[j];
		if (item?.type !== 'ref' || state.used[j]) continue;
		for (const c of item.cands) {
			if (c.target.kind === 'column') out.push({ index: j, column: c.target.column });
		}
	}
	return out;
}

const VALUE_OPS = new Set(['eq', 'neq', 'ieq', 'not_ieq', 'in', 'not_in']);

/**
 * A condition on a value of `column` in a question about rows of its table or a count of them
 * ("list the countries whose status is not assigned", "what percentage of countries have the
 * status assigned"): naming the column only says whose value it is. (Listing the column itself,
 * "statuses other than assigned", keeps it.)
 */
export function namedFilterOf(
	state: ParseState,
	column: ColumnInfo,
	index?: number
): Filter | undefined {
	const intent = state.intent;
	const filters = intent.filters.filter((f) => f.column === column && VALUE_OPS.has(f.op));
	// "countries with a city called Springfield": the column word right before its value
	const valueAt = index === undefined ? undefined : valueAfter(state, index);
	const named = valueAt && filters.find((f) => f.words === valueAt.words);
	if (named) return named;
	// ("child 00046" read as `Child Name` before a value of `Child ID`: the same child, named)
	const sibling =
		valueAt &&
		intent.filters.find(
			(f) =>
				f.words === valueAt.words &&
				VALUE_OPS.has(f.op) &&
				f.column?.table === column.table &&
				f.column.words[0] === column.words[0]
		);
	if (sibling) return sibling;
	if (intent.measures.length === 0 && !intent.tables.includes(column.table)) return undefined;
	return filters[0];
}

/** The item after `index`, past linking words. */
function valueAfter(state: ParseState, index: number) {
	let j = index + 1;
	while (state.items[j]?.type === 'word' && LINKING_WORDS.has(state.items[j].words.toLowerCase()))
		j += 1;
	return state.items[j];
}

/**
 * "how many o sessions" of a blood group column holding 'O+' and 'O-': values of the picked one's
 * column spelled with the same letters, told apart only by signs, which the words leave out. The
 * words say all of them.
 */
export function sameLetters(cands: Candidate[], picked: Candidate): string[] {
	const target = picked.target;
	if (target.kind !== 'value') return [];
	const letters = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
	const key = letters(target.value);
	return cands.flatMap((c) =>
		c !== picked &&
		c.score === picked.score &&
		c.target.kind === 'value' &&
		c.target.column === target.column &&
		c.target.value !== target.value &&
		letters(c.target.value) === key
			? [c.target.value]
			: []
	);
}
