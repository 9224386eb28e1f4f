/**
 * "who has put in the most hours", "who spent the most": "who" asks for the person of each
 * row, the table's one column of people (named by a kind of person: employee, shopper, donor),
 * and the words up to the ranking are what that person did.
 */
import type { ColumnInfo } from './lexicon';
import { tablesInView, type ParseState } from './parse-state';
import { personColumns } from './table-shape-entries';
import type { Item } from './matcher';
import { isIdentifierColumn } from './planner-helpers';
import { lemmasOf } from './word-net';

const RANKING_WORDS = new Set(['most', 'least', 'max', 'min']);

/** The one text column of the tables in view whose name says a kind of person. */
function personColumn(state: ParseState): ColumnInfo | undefined {
	const people = tablesInView(state).flatMap(personColumns);
	// ("Pupil ID" beside `pupil_name`: the code stands for the person the name says)
	const named = people.length > 1 ? people.filter((c) => !isIdentifierColumn(c)) : people;
	return named.length === 1 ? named[0] : undefined;
}

/**
 * "who has served the most customers" of a till's `servedBy`: the column of who did the deed
 * the verb says (its words, then "by").
 */
function agentColumn(state: ParseState, between: Item[]): ColumnInfo | undefined {
	const verbs = between.flatMap((x) => (x.type === 'word' ? [x.norm, ...lemmasOf(x.norm)] : []));
	const found = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter(
			(c) =>
				c.kind === 'text' &&
				c.words.length === 2 &&
				c.words[1] === 'by' &&
				verbs.some((v) => v === c.words[0] || lemmasOf(c.words[0]).includes(v))
		);
	return found.length === 1 ? found[0] : undefined;
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
	const column = agentColumn(state, between) ?? personColumn(state);
	if (!column) return false;
	state.which = { target: { kind: 'column', column }, words: item.words };
	for (let k = i; k < rank; k++) if (state.items[k].type !== 'ref') state.used[k] = true;
	return true;
}
