/**
 * A measure named by two words where one names the column: "gas price" with a `gas` column,
 * "ozone level", "fuel cost". The second word is the generic head of the compound and adds
 * nothing the column does not already say, so it is accounted for by the column.
 */
import { note, type ParseState } from './parse-state';
import { holdsCounts } from './planner-helpers';

/** Generic head nouns of a measure (normalised). */
const HEADS = new Set(
	'price cost rate reading measurement quantity volume concentration value level amount'.split(' ')
);

/** Reads the head word at i as part of the numeric column named right before it. */
export function parseCompoundHead(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	if (item.type !== 'word' || !HEADS.has(item.norm) || prev?.type !== 'ref') return false;
	const top = prev.cands[0].target;
	if (top.kind !== 'column' || top.column.kind !== 'number') return false;
	if (top.column.words.includes(item.norm)) return false;
	// ("highest attendance rate" of a count of people: a rate of it is another figure)
	if (item.norm === 'rate' && holdsCounts(top.column)) return false;
	state.used[i] = true;
	note(state, `${prev.words} ${item.words}`, 'column', `"${top.column.name}"`);
	return true;
}
