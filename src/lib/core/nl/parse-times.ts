/**
 * "how many times did people give blood", "how many times have siobhan's dogs been in": the
 * times are occurrences, the rows themselves, not the people or things they happened to.
 */
import { addMeasure } from './parse-refs';
import { note, tableInView, type ParseState } from './parse-state';

/** Verbs that ask about the times something happened ("did", "have"). */
export const TIMES_AUX = new Set(['did', 'do', 'does', 'have', 'has', 'had', 'were', 'was']);

/**
 * "how many times did people give blood": the times are occurrences, the rows themselves; the
 * people said after them are whom they happened to, not what is counted.
 */
export function countsTimes(state: ParseState, i: number): boolean {
	const [prev, item, aux, who] = [-1, 0, 1, 2].map((k) => state.items[i + k]);
	if (item?.type !== 'word' || item.words.toLowerCase() !== 'times') return false;
	if (prev?.type !== 'kw' || prev.kw !== 'count' || !state.pendingAgg) return false;
	if (aux?.type !== 'word' || !TIMES_AUX.has(aux.norm)) return false;
	// ("how many times did a house give fewer than 200 eggs": one of them, whichever it was)
	const one = state.items[i + 3];
	const isOneOf = who?.type === 'word' && ONE_OF.has(who.norm) && one?.type === 'ref';
	if (who?.type === 'ref' && who.cands[0]?.target.kind === 'value') {
		// ("how many times have siobhan's dogs been in": the rows of what that value names)
		state.used[i] = true;
		state.used[i + 1] = true;
		const whose = state.items[i + 3];
		const noun = whose?.type === 'ref' ? whose.cands[0]?.target : undefined;
		if (
			noun &&
			(noun.kind === 'table' || (noun.kind === 'column' && noun.column.kind !== 'number'))
		) {
			state.used[i + 3] = true;
			note(state, whose.words, 'table', 'whom each row happened to');
		}
		return countRows(state, `${prev.words} ${item.words}`);
	}
	if (!who || (!PEOPLE_WORDS.has(who.words.toLowerCase()) && !isOneOf)) return false;
	state.used[i + 2] = true;
	state.used[i] = true;
	if (isOneOf) state.used[i + 3] = true;
	const whom = isOneOf ? `${who.words} ${one.words}` : who.words;
	note(state, whom, 'table', 'whom each row happened to');
	return countRows(state, `${prev.words} ${item.words}`);
}

/** The pending "how many" counts the rows themselves. */
function countRows(state: ParseState, words: string): true {
	state.pendingAgg = undefined;
	addMeasure(state, { agg: 'count', table: tableInView(state), words });
	return true;
}

const ONE_OF = new Set(['a', 'an', 'any', 'one']);

export const PEOPLE_WORDS = new Set(['people', 'person', 'persons', 'individual', 'individuals']);
