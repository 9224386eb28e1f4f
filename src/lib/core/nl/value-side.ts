/**
 * Which column a value belongs to when several hold it: the one a column word next to it names,
 * or the side a preposition or verb says ("from ATL", "to ATL", "trips that started at the
 * harbor").
 */
import type { ColumnInfo } from './lexicon';
import type { Candidate } from './matcher';
import { columnOf, type ParseState } from './parse-state';
import { ARTICLES } from './vocabulary';

const FROM_WORDS = ['origin', 'source', 'from', 'departure', 'start', 'sender', 'home'];
const TO_WORDS = ['destination', 'dest', 'to', 'arrival', 'target', 'end', 'receiver', 'away'];

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

export function adjacentColumns(
	state: ParseState,
	i: number
): Array<{ index: number; column: ColumnInfo }> {
	const out: Array<{ index: number; column: ColumnInfo }> = [];
	for (const j of [i - 1, i + 1]) {
		const item = state.items[j];
		if (item?.type !== 'ref' || state.used[j]) continue;
		for (const c of item.cands) {
			if (c.target.kind === 'column') out.push({ index: j, column: c.target.column });
		}
	}
	return out;
}
