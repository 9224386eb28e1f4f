/**
 * "how many times have ladders been borrowed" of `Tool` = 'Step Ladder', 'Extension Ladder': a
 * noun that ends two or more values of one text column (their head noun) names them all, the
 * kind they share. Only when one column of the tables in view has such values.
 */
import type { ColumnInfo } from './lexicon';
import { addFilter } from './parse-filters';
import { takeNegation } from './negation';
import { tablesInView, type ParseState } from './parse-state';
import { isSingularWords, valueWords } from './text';
import { HARMLESS } from './vocabulary';

export function parseKindOfValues(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || item.norm.length < 3 || HARMLESS.has(item.norm)) return false;
	// ("ladders", or "ladder loans": a kind is said in the plural or before the rows' noun)
	const next = state.items[i + 1];
	const isRowsNext = next?.type === 'ref' && next.cands[0]?.target.kind === 'table';
	if (isSingularWords(item.words) && !isRowsNext) return false;
	const found = tablesInView(state).flatMap((table) =>
		table.columns.flatMap((column) => {
			const values = valuesEndingWith(column, item.norm);
			return values ? [{ column, values }] : [];
		})
	);
	if (found.length !== 1) return false;
	const [{ column, values }] = found;
	state.used[i] = true;
	state.intent.factors.push({
		reason: `"${item.words}" is taken as the ${column.name} values ending in it`,
		factor: 0.85
	});
	addFilter(state, { column, op: takeNegation(state, 'in'), values, words: item.words });
	return true;
}

/** A column of kinds of things lists this many values at most (not names, not titles). */
const MAX_KINDS = 60;
const NAMING_WORDS = new Set(['name', 'title', 'surname', 'description', 'note', 'comment']);

/** The values of a text column whose last word is the noun: two or more, one of several words. */
function valuesEndingWith(column: ColumnInfo, noun: string): string[] | undefined {
	if (column.kind !== 'text' || !column.profile) return undefined;
	if ((column.profile.distinctCount ?? Infinity) > MAX_KINDS) return undefined;
	if (column.words.some((w) => NAMING_WORDS.has(w))) return undefined;
	const listed = column.profile.values ?? column.profile.topValues.map((t) => t.value);
	const values = listed.filter(
		(v): v is string => typeof v === 'string' && valueWords(v).at(-1) === noun
	);
	const isKind = values.length >= 2 && values.some((v) => valueWords(v).length > 1);
	return isKind ? values : undefined;
}
