/**
 * "reason for declining" of `Decline Reason`, "date of joining" of `Join Date`: the two words of
 * a column's name said the other way round, joined by "for" or "of", are that column, read as
 * exactly as its name. Each word alone reaches it only loosely.
 */
import type { Candidate, Item } from './matcher';
import { normalizeWord } from './text';
import { ARTICLES } from './vocabulary';

const JOINS = new Set(['for', 'of']);

export function reversedColumnNames(items: Item[]): Item[] {
	const out: Item[] = [];
	for (let k = 0; k < items.length; k++) {
		const merged = reversedAt(items, k);
		if (!merged) {
			out.push(items[k]);
			continue;
		}
		out.push(merged.item);
		k = merged.last;
	}
	return out;
}

function reversedAt(items: Item[], k: number): { item: Item; last: number } | undefined {
	const head = items[k];
	const join = items[k + 1];
	if (head?.type !== 'ref' || !join || !JOINS.has(join.words.toLowerCase())) return undefined;
	const skip = ARTICLES.has(items[k + 2]?.words.toLowerCase() ?? '') ? 1 : 0;
	const last = k + 2 + skip;
	const tail = items[last];
	if (tail?.type !== 'ref') return undefined;
	const column = shared(head, tail);
	if (!column) return undefined;
	const words = items
		.slice(k, last + 1)
		.map((x) => x.words)
		.join(' ');
	const cand: Candidate = { target: column.target, score: 1, isLoose: false };
	return { item: { type: 'ref', start: head.start, end: tail.end, words, cands: [cand] }, last };
}

/** A two-word column both words reach, the head word being the last of its name. */
function shared(head: Item & { type: 'ref' }, tail: Item & { type: 'ref' }): Candidate | undefined {
	const said = normalizeWord(head.words.trim());
	return head.cands.find((h) => {
		if (h.target.kind !== 'column') return false;
		const column = h.target.column;
		if (column.words.length !== 2 || column.words[1] !== said) return false;
		return tail.cands.some((t) => t.target.kind === 'column' && t.target.column === column);
	});
}
