/**
 * "the pending claims over £1000 with the claim ref, pet name and amount": with no column named
 * so, the amount listed is the one column of money the conditions compare.
 */
import type { ColumnInfo } from './lexicon';
import { note, type ParseState } from './parse-state';
import { isCurrencyNamed } from './planner-helpers';

export function settleAmountShown(state: ParseState): void {
	const intent = state.intent;
	const said = intent.unknown.find((u) => u.words.toLowerCase() === 'amount');
	if (!said || intent.mode !== 'rows') return;
	const money = [...new Set(intent.filters.map((f) => f.column))].filter(
		(c): c is ColumnInfo => !!c && c.kind === 'number' && isCurrencyNamed(c)
	);
	if (money.length !== 1) return;
	intent.unknown = intent.unknown.filter((u) => u !== said);
	if (!intent.select.includes(money[0])) intent.select.push(money[0]);
	note(state, said.words, 'column', `show "${money[0].name}"`);
}
