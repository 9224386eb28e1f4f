/**
 * A table's rows said as one mass ("the harvest", "waste"): what weighs or measures them.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import type { ParseState } from './parse-state';
import { isSingularWords, splitName } from './text';

/** Units and words of what weighs or measures a mass of something. */
const MASS_WORDS = new Set(
	'kg kilo kilos tonne tonnes ton tons lb lbs litre litres liter liters ml weight volume'.split(' ')
);

/**
 * "total harvest by crop" of a harvest log with a `Weight (kg)`: the total of the rows' noun
 * said as one mass ("harvest", never "orders") is the total of the one column that weighs or
 * measures the rows.
 */
export function massOf(
	state: ParseState,
	table: TableInfo
): { column: ColumnInfo; words: string } | undefined {
	const said = state.items.find(
		(x) =>
			x.type === 'ref' && x.cands[0]?.target.kind === 'table' && x.cands[0].target.table === table
	);
	if (!said || !isSingularWords(said.words) || isSaidAsNumber(said.words)) return undefined;
	const masses = table.columns.filter(
		(c) => c.kind === 'number' && splitName(c.name).some((w) => MASS_WORDS.has(w.toLowerCase()))
	);
	return masses.length === 1 ? { column: masses[0], words: said.words } : undefined;
}

/** "total sale", "sale": words that count, not weigh. */
function isSaidAsNumber(words: string): boolean {
	return /\b(number|count|sale|order|booking|visit)\b/i.test(words);
}
