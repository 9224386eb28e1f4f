/**
 * Scopes of a workspace: the groups of tables the context's relations link together (a table
 * with no relation is a scope of its own). A question is answered within one scope, so two
 * words that match unrelated tables do not force a join that does not exist; the scope that
 * accounts for the question best wins and the others become alternative readings.
 */
import { dimensionOf } from './dimensions';
import { pairMemo } from './pair-memo';
import type { PreparedCatalog, TableInfo, Target } from './lexicon';
import type { Candidate, Item } from './matcher';
import { GENDER_NOUNS, NOUN_CLASSES, nounClassesOf } from './noun-classes';
import { labelColumn } from './planner-helpers';
import { normalizeWord, splitName } from './text';
import type { Catalog, CatalogTable, NlContext } from './types';

/** The scopes of a catalog under a context, in catalog order (cached per pair). */
export const scopesOf: (catalog: Catalog, context: NlContext) => Catalog[] = pairMemo(buildScopes);

function buildScopes(catalog: Catalog, context: NlContext): Catalog[] {
	const index = new Map(catalog.tables.map((t, i) => [t.quotedName, i]));
	const parent = catalog.tables.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	for (const r of context.relations) {
		const a = index.get(r.left.table);
		const b = index.get(r.right.table);
		if (a !== undefined && b !== undefined) parent[find(a)] = find(b);
	}
	const groups = new Map<number, CatalogTable[]>();
	catalog.tables.forEach((t, i) => {
		const root = find(i);
		const group = groups.get(root);
		if (group) group.push(t);
		else groups.set(root, [t]);
	});
	return [...groups.values()].map((tables) => ({ tables }));
}

/** Naming a table by its whole name says the question is about it. */
const TABLE_NAMED = 0.25;
/** The head noun of a longer table name ("prices" for "Wheat prices") says less. */
const TABLE_HEAD = 0.05;
/** Per column cue of a noun class the table shows ("victims": age, gender, race), at most 3. */
const CLASS_CUE = 0.1;
/** The column that names a table's rows. */
const LABEL = 0.1;
/**
 * A generic noun any table's rows can be called ("records", "people") counts half; a noun for
 * one table's rows ("runs" of a running log, "rides" of trips) counts whole.
 */
const GENERIC_ROW_NOUN = 0.5;
/** An adjective that names a quantity ("warmest") the scope holds exactly one column of. */
const DIMENSION = 0.9;

/**
 * How much of the question a scope accounts for: each reference into one of its tables counts
 * its match score per word, and more when
 * it names a table by its name, names the rows of a table that shows what kind of rows they are
 * (a noun class with its column cues), or names the column that labels a table's rows. A generic
 * row noun counts for less, and an adjective that names a quantity ("warmest", "heavier than")
 * counts when the scope holds exactly one column of that quantity.
 */
export function scopeFit(
	items: Item[],
	prepared: PreparedCatalog,
	scope: Catalog,
	withInnerWords = false
): number {
	if (prepared.tables.length === 0) return 0;
	const names = new Set(scope.tables.map((t) => t.quotedName));
	const tables = prepared.tables.filter((t) => names.has(t.quotedName));
	let fit = 0;
	for (const item of items) {
		if (item.type === 'ref') {
			// The first best-scoring candidate in the scope is its reading of these words.
			let best: Candidate | undefined;
			for (const c of item.cands) {
				const table = tableOf(c.target);
				if (table && !names.has(table.quotedName)) continue;
				if (!best || c.score > best.score) best = c;
			}
			const weight = best
				? candidateWeight(best, item.words, spokenLength(item))
				: withInnerWords
					? wordsFit(item.words, prepared, names)
					: 0;
			fit += Math.max(weight, dimensionFit(item.words, tables));
		} else if (item.type === 'word' || item.type === 'kw') {
			fit += dimensionFit(item.words, tables);
		}
	}
	return fit;
}

/**
 * How many words a reference spans: "miles per gallon" merged into one token of `mpg`
 * (terse-names.ts) still says three words, as it does to a table with a `Miles_per_Gallon`.
 */
function spokenLength(item: Item): number {
	return Math.max(item.end - item.start, item.words.trim().split(/\s+/).length);
}

/** A word the scope holds only as part of a longer reference elsewhere counts less. */
const INNER_WORD = 0.8;

/**
 * "average temp" read as the table "Average temperature" leaves a table with a `temp` column
 * no reading of these words: each of them that is a whole name in the scope (a column's or a
 * table's one word) still counts, a little less than a reference would. Only asked for when no
 * scope answers by the question's own readings (chooseScope).
 */
function wordsFit(words: string, prepared: PreparedCatalog, names: Set<string>): number {
	let fit = 0;
	for (const word of words.split(/\s+/).map(normalizeWord)) {
		const inScope = (prepared.byWord.get(word) ?? []).some(
			(e) =>
				e.words.length === 1 &&
				e.target.kind !== 'value' &&
				names.has(tableOf(e.target)?.quotedName ?? '')
		);
		if (inScope) fit += INNER_WORD;
	}
	return fit;
}

/** What one candidate reading of the words contributes to its scope's fit. */
function candidateWeight(c: Candidate, words: string, length: number): number {
	const matched = c.score * length + nounCues(c.target, words);
	const target = c.target;
	if (target.kind === 'column') {
		return matched + (labelColumn(target.column.table) === target.column ? LABEL : 0);
	}
	if (target.kind !== 'table') return matched;
	if (target.nounClass) return matched + CLASS_CUE * classCues(target.table, target.nounClass);
	if (target.isRowNoun && !target.isOwnNoun) return matched * GENERIC_ROW_NOUN;
	// ("visits" of Vet visits, not of sessions that may be called visits: the name's own noun)
	if (target.isRowNoun) return matched + (isNameHead(target.table, words) ? TABLE_HEAD : 0);
	if (c.isLoose) return matched;
	return matched + (c.score >= 0.99 ? TABLE_NAMED : TABLE_HEAD);
}

/** The words are the last word of the table's name ("visits" of Vet visits). */
function isNameHead(table: TableInfo, words: string): boolean {
	const said = words.trim().split(/\s+/).map(normalizeWord);
	return said.length === 1 && said[0] === splitName(table.humanName).at(-1);
}

/**
 * "women" read as a value of a gender column also names the rows of a table of people: the
 * noun counts toward the table as its class cues do.
 */
function nounCues(target: Target, words: string): number {
	if (target.kind !== 'value' && target.kind !== 'column') return 0;
	const table = target.column.table;
	const nouns = words.split(/\s+/).map(normalizeWord);
	const nounClass = nounClassesOf(table).find((k) =>
		nouns.some((n) => NOUN_CLASSES[k].nouns.includes(n) || (k === 'person' && GENDER_NOUNS.has(n)))
	);
	return nounClass ? CLASS_CUE * classCues(table, nounClass) : 0;
}

/** How many different cue words of the noun class the table's columns show (at most 3). */
function classCues(table: TableInfo, nounClass: keyof typeof NOUN_CLASSES): number {
	const words = new Set(table.columns.flatMap((c) => c.words));
	const cues = [...NOUN_CLASSES[nounClass].cues].filter((w) => words.has(w)).length;
	return Math.min(cues, 3);
}

/** An adjective that names a quantity the tables hold exactly one numeric column of. */
function dimensionFit(words: string, tables: TableInfo[]): number {
	const dims = dimensionOf(words);
	if (!dims) return 0;
	const columns = tables
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'number' && c.words.some((w) => dims.includes(w)));
	return columns.length === 1 ? DIMENSION : 0;
}

export function tableOf(target: Target): TableInfo | undefined {
	return target.kind === 'column' || target.kind === 'value' ? target.column.table : target.table;
}
