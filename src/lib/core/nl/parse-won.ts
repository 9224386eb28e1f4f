/**
 * "how many times did les quizerables win", "which team has won the most":
 * of a table that keeps each row's finishing place (`Pos`, `Position`, `Place`), to win is to
 * finish first: the rows whose place is 1.
 */
import type { ColumnInfo } from './lexicon';
import { addFilter } from './parse-filters';
import { tablesInView, type ParseState } from './parse-state';

/** Words of winning. */
const WIN_WORDS = new Set(['win', 'won', 'wins']);

/** Words naming a column of the place each row finished in. */
const PLACE_WORDS = new Set(['pos', 'position', 'place', 'placing', 'finish', 'finishing', 'rank']);

/** True (the rows kept to those that finished first) when the word is one of winning. */
export function parseWon(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || !WIN_WORDS.has(item.norm)) return false;
	const place = placeColumn(state);
	if (!place) return false;
	state.used[i] = true;
	addFilter(state, { column: place, op: 'eq', values: [1], words: item.words });
	return true;
}

/** The one whole-number column of the tables in view that keeps a finishing place from 1. */
function placeColumn(state: ParseState): ColumnInfo | undefined {
	const places = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter(
			(c) =>
				c.kind === 'number' &&
				c.words.length === 1 &&
				PLACE_WORDS.has(c.words[0]) &&
				c.profile?.min === 1 &&
				/INT/i.test(c.type)
		);
	return places.length === 1 ? places[0] : undefined;
}
