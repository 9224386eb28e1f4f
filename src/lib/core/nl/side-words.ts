/**
 * The words of a question besides one of its items, by which a word two columns share picks
 * one ("readings … taken" of `Reading Taken` beside `Meds Taken`). A side of a before-and-after
 * pair counts as said when a word of that side is ("pain at the start of a session" of
 * `Pain Before` beside `pain_after`).
 */
import type { Intent } from './intent';
import type { ColumnInfo } from './lexicon';
import type { Item } from './matcher';
import { normalizeWord } from './text';

/** Words that say the side of a pair of columns kept before and after something. */
const SIDES: Record<string, string[]> = {
	start: ['before', 'pre', 'start'],
	beginning: ['before', 'pre', 'start'],
	begin: ['before', 'pre', 'start'],
	initial: ['before', 'pre', 'start'],
	first: ['before', 'pre', 'start'],
	end: ['after', 'post', 'end'],
	finish: ['after', 'post', 'end'],
	final: ['after', 'post', 'end'],
	afterwards: ['after', 'post', 'end'],
	after: ['after', 'post', 'end'],
	before: ['before', 'pre', 'start']
};

export function saidBesides(items: Item[], item: Item): Set<string> {
	const words = items
		.filter((x) => x !== item)
		.flatMap((x) => x.words.split(/\s+/).map(normalizeWord));
	return new Set([...words, ...words.flatMap((w) => SIDES[w] ?? [])]);
}

/** "at the start": the word says the side of a column the reading uses ("Pain Before"). */
export function isSideOfColumnUsed(intent: Intent, word: string): boolean {
	const sides = SIDES[word];
	if (!sides) return false;
	const columns: Array<ColumnInfo | undefined> = [
		...intent.measures.map((m) => m.column),
		...intent.filters.map((f) => f.column),
		...intent.select,
		...intent.groups.map((g) => g.column)
	];
	return columns.some((c) => c?.words.some((w) => sides.includes(w)));
}
