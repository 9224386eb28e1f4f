/**
 * Money taken, asked with a verb: "how much have we taken in cash", "how much did we make in
 * 2023", "which show took the most", "which customer do we bill the most". The verb names the
 * money each row brought in (the table's takings column, when it has one).
 */
import { takingsColumn } from './money-column';
import { asksHowMuch } from './parse-counted';
import { addMeasure } from './parse-refs';
import type { ParseState } from './parse-state';

/** Verbs of money coming in: "how much did we take", "… make in 2023", "… earn". */
const TAKE_VERBS = new Set([
	...'take taken took takes make made makes earn earned earnt'.split(' '),
	...'bring brought bank banked bill billed'.split(' ')
]);

/**
 * "how much have we taken in cash", "how much did guys and dolls take": "how much" and a verb
 * of money coming in, nothing else measured, ask for the total of the money each row brought
 * in (the table's takings column), when it has one.
 */
export function takingsAskedHowMuch(state: ParseState): void {
	const intent = state.intent;
	// "which client do we bill the most": the rows counted for "most" are the money instead
	const [counted] = intent.measures;
	const isRanked =
		intent.measures.length === 1 &&
		counted.agg === 'count' &&
		!counted.column &&
		intent.order?.measure === 0 &&
		intent.groups.length === 1;
	if (!isRanked && (!asksHowMuch(state) || intent.measures.length > 0)) return;
	if (intent.select.length > 0) return;
	const at = state.items.findIndex((x) => x.type === 'word' && TAKE_VERBS.has(x.norm));
	const tables = intent.tables.length > 0 ? intent.tables : [...state.preferredTables];
	if (at < 0 || tables.length !== 1) return;
	const column = takingsColumn(tables[0]);
	if (!column) return;
	const verb = state.items[at].words;
	state.used[at] = true;
	intent.unknown = intent.unknown.filter((u) => u.words !== verb);
	if (!intent.tables.includes(tables[0])) intent.tables.push(tables[0]);
	if (!isRanked) {
		addMeasure(state, { agg: 'sum', column, words: `how much ${verb}` });
		return;
	}
	intent.measures[0] = { agg: 'sum', column, words: `${verb} ${counted.words}` };
	const noted = intent.interpretation.find(
		(x) => x.kind === 'aggregate' && x.words === counted.words
	);
	if (noted)
		Object.assign(noted, { words: `${verb} ${counted.words}`, meaning: `sum of "${column.name}"` });
}
