/**
 * "players per team", "players per age group in 2024/25", "teams per month": the plural of a column of names said
 * right before "per" and the grouping asks how many different ones each group has, not a list
 * of them (nor a count of rows for each of them).
 */
import { addMeasure } from './parse-refs';
import { saidAt } from './parse-guards';
import type { ParseState } from './parse-state';
import { isSingularWords } from './text';

export function countedPerGroup(state: ParseState): void {
	const intent = state.intent;
	// ("teams per month": a time unit groups as a column does)
	const groups = intent.groups.length + (intent.timeGrain ? 1 : 0);
	if (intent.measures.length > 0 || groups !== 1 || intent.select.length !== 1) return;
	const [column] = intent.select;
	if (column.kind !== 'text' || intent.groups[0]?.column === column) return;
	const at = saidAt(state, column);
	const [said, per] = [state.items[at], state.items[at + 1]];
	if (!said || isSingularWords(said.words)) return;
	if (per?.type !== 'kw' || per.words.toLowerCase() !== 'per') return;
	intent.select = [];
	intent.interpretation = intent.interpretation.filter(
		(x) => !(x.kind === 'column' && x.meaning === `show "${column.name}"`)
	);
	addMeasure(state, { agg: 'count_distinct', column, words: said.words });
}
