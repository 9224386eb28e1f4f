/**
 * "who has put in the most hours", "who spent the most": "who" asks for the person of each
 * row, the table's one column of people (named by a kind of person: employee, shopper, donor),
 * and the words up to the ranking are what that person did.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import { tablesInView, type ParseState } from './parse-state';
import { isPersonColumn, personColumns } from './table-shape-entries';
import type { Item } from './matcher';
import { isIdentifierColumn, labelColumn } from './planner-helpers';
import { ARTICLES, COPULAS } from './vocabulary';
import { isAgentOf } from './parse-agent-verb';
import { lemmasOf, partsOfSpeech } from './word-net';

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
	// ("who books courts the most": the verb may be read with the rows' noun, "books courts")
	const said = between.flatMap((x) =>
		x.type === 'word' || x.type === 'ref' ? x.words.toLowerCase().split(/\s+/) : []
	);
	const verbs = said.flatMap((w) => [w, ...lemmasOf(w)]);
	const found = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter(
			(c) =>
				c.kind === 'text' &&
				c.words.length === 2 &&
				c.words[1] === 'by' &&
				verbs.some((v) => v === c.words[0] || lemmasOf(c.words[0]).includes(v))
		);
	if (found.length > 0) return found.length === 1 ? found[0] : undefined;
	// ("who led the most picks" of `Leader`: the column named by the one who does the deed)
	const agents = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'text' && c.words.some((w) => verbs.some((v) => isAgentOf(w, v))));
	return agents.length === 1 ? agents[0] : undefined;
}

/** Reads "who" opening a ranking of people, "what" one of things. Returns true when it did. */
export function parseWho(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || i !== 0 || state.which) return false;
	if (item.norm === 'what') return parseWhat(state, i);
	if (item.norm !== 'who') return false;
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

/** "what is the most common …", "what's …": a form of "to be" names what it ranks after it. */
const isCopula = (word: string) => COPULAS.has(word) || ["what's", 's', "'s"].includes(word);
const AUXILIARIES = new Set(['do', 'does', 'did', 'has', 'have', 'had']);

/** "brings", "sold", "do": a verb's inflected form or an auxiliary (not "grade", a noun). */
function isVerbOrAuxiliary(item: Item): boolean {
	if (item.type !== 'word' && item.type !== 'ref') return false;
	const word = item.words.toLowerCase();
	if (AUXILIARIES.has(word)) return true;
	return lemmasOf(word).some((l) => l !== word && partsOfSpeech(l).includes('v'));
}

/**
 * "what brings in the most money", "what do we sell the most of": "what" and a verb before the
 * ranking ask for the thing the rows are about, the one column that names it.
 */
function parseWhat(state: ParseState, i: number): boolean {
	const rank = state.items.findIndex((x, k) => k > i && x.type === 'kw' && RANKING_WORDS.has(x.kw));
	if (rank < 2) return false;
	const between = state.items.slice(i + 1, rank);
	const isVerb = (x: Item) =>
		(x.type === 'word' && !isCopula(x.norm)) ||
		x.type === 'ref' ||
		(x.type === 'kw' && x.kw === 'in');
	// ("what grade do most members climb": "what" and a noun are "which grade", read as such)
	if (!isVerbOrAuxiliary(between[0]) || !between.every(isVerb)) return false;
	if (!between.some((x) => x.type !== 'kw' && !ARTICLES.has(x.words.toLowerCase()))) return false;
	const tables = tablesInView(state);
	const column = tables.length === 1 ? thingColumn(tables[0]) : undefined;
	if (!column) return false;
	state.which = { target: { kind: 'column', column }, words: state.items[i].words };
	// (the verb is left to be read: "bake" of a table of countries is not placed)
	for (let k = i; k < rank; k++) {
		const word = state.items[k].words.toLowerCase();
		if (k === i || AUXILIARIES.has(word) || ARTICLES.has(word) || word === 'in')
			state.used[k] = true;
	}
	return true;
}

/** The column naming what a table's rows are about, in words: not a code, nor a person. */
function thingColumn(table: TableInfo): ColumnInfo | undefined {
	const isThing = (c: ColumnInfo) =>
		c.kind === 'text' && !isCodes(c) && !isIdentifierColumn(c) && !isPersonColumn(c);
	const label = labelColumn(table);
	if (label && isThing(label)) return label;
	const distinct = (c: ColumnInfo) => c.profile?.distinctCount ?? 0;
	return table.columns.filter(isThing).sort((a, b) => distinct(b) - distinct(a))[0];
}

/** A column of codes: its values are digits (a till's `PLU`, '0104'). */
function isCodes(column: ColumnInfo): boolean {
	const values = column.profile?.topValues.map((t) => String(t.value)) ?? [];
	return values.length > 0 && values.every((v) => /^\d+$/.test(v));
}
