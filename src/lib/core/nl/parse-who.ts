/**
 * "who has put in the most hours", "who spent the most": "who" asks for the person of each
 * row, the table's one column of people (named by a kind of person: employee, shopper, donor),
 * and the words up to the ranking are what that person did.
 */
import type { ColumnInfo } from './lexicon';
import { tablesInView, type ParseState } from './parse-state';
import { personColumns } from './table-shape-entries';
import { isIdentifierColumn } from './planner-helpers';

const RANKING_WORDS = new Set(['most', 'least', 'max', 'min']);

/** The one text column of the tables in view whose name says a kind of person. */
function personColumn(state: ParseState): ColumnInfo | undefined {
	const people = tablesInView(state).flatMap(personColumns);
	// ("Pupil ID" beside `pupil_name`: the code stands for the person the name says)
	const named = people.length > 1 ? people.filter((c) => !isIdentifierColumn(c)) : people;
	return named.length === 1 ? named[0] : undefined;
}

/** Reads "who" opening a ranking of people. Returns true when it did. */
export function parseWho(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || item.norm !== 'who' || i !== 0 || state.which) return false;
	const rank = state.items.findIndex((x, k) => k > i && x.type === 'kw' && RANKING_WORDS.has(x.kw));
	if (rank < 0) return false;
	// the verb's words (and its particles) stand between: "has put in the", or an amount the
	// verb names ("spent" of a receipt's total), which is read as itself
	const between = state.items.slice(i + 1, rank);
	const isVerbPhrase = (x: (typeof between)[number]) =>
		x.type === 'word' || x.type === 'ref' || (x.type === 'kw' && x.kw === 'in');
	if (!between.every(isVerbPhrase)) return false;
	const column = personColumn(state);
	if (!column) return false;
	state.which = { target: { kind: 'column', column }, words: item.words };
	for (let k = i; k < rank; k++) if (state.items[k].type !== 'ref') state.used[k] = true;
	return true;
}
