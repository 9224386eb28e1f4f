/**
 * An aggregate word still waiting for its column when the question ends ("the average of
 * what?"): a loose number column, the number a named table's name says, a dimension the
 * adjective names, or a refusal that says which column is missing.
 */
import { settleMoneyVerb } from './parse-takings';
import type { Aggregate } from './intent';
import { dimensionOf } from './dimensions';
import { averageOfRanking, rankByDimension } from './parse-rank';
import { addMeasure } from './parse-refs';
import { note, type ParseState } from './parse-state';
import { isCountPerUnit } from './parse-unit-totals';
import { columnNamedByTable } from './planner-helpers';

/** Rows counted where distinct things were asked for: the answer is not sure. */
const DISTINCT_OF_ROWS_PENALTY = 0.5;

export function settlePendingAggregate(state: ParseState): void {
	const pending = state.pendingAgg;
	if (!pending) return;
	state.pendingAgg = undefined;
	if (pending.agg === 'count' || pending.agg === 'count_distinct') {
		const table = state.intent.tables[0];
		addMeasure(state, { agg: 'count', table, words: pending.words });
		// "how many different direct debits": different what? Counting the rows drops the word
		if (pending.agg === 'count_distinct') {
			state.intent.unknown.push({ words: pending.words, penalty: DISTINCT_OF_ROWS_PENALTY });
		}
		return;
	}
	const loose = state.loose.find((l) => l.column.kind === 'number');
	const measures = state.intent.measures;
	if (
		!loose &&
		pending.agg === 'sum' &&
		measures.length > 0 &&
		measures.every((m) => m.agg === 'count' || m.agg === 'sum')
	) {
		// "how many shipments in total": the count (or the total of counts) already is the total
		note(state, pending.words, 'aggregate', 'in all');
		return;
	}
	if (!loose && isCountPerUnit(state, pending)) return;
	if (!loose && aggregateOfNamedTable(state, pending)) return;
	if (averageOfRanking(state, pending.agg, pending.words)) return;
	if (dimensionOf(pending.words)) {
		const dir = pending.agg === 'min' ? 'asc' : 'desc';
		if (rankByDimension(state, pending.words, dir)) return;
		state.intent.refusal = {
			reason: `No column says what "${pending.words}" measures here.`,
			suggestions: ['Name the column to sort by, e.g. "the row with the highest <column>".']
		};
		return;
	}
	if (loose) {
		state.loose = state.loose.filter((l) => l !== loose);
		addMeasure(state, {
			agg: pending.agg,
			column: loose.column,
			words: `${pending.words} ${loose.words}`
		});
		return;
	}
	if (
		(pending.agg === 'max' || pending.agg === 'min') &&
		rankByDimension(state, pending.words, pending.agg === 'max' ? 'desc' : 'asc')
	) {
		return;
	}
	// ("the average we charge for an iphone screen": the money the verb says)
	if (settleMoneyVerb(state, pending.agg, pending.words)) return;
	const unknown = state.intent.unknown.map((u) => u.words).join(' ');
	state.intent.refusal = {
		reason: unknown
			? `No column matches "${unknown}", so Quarry cannot compute the ${pending.words}.`
			: `The ${pending.words} of what? No column was named.`,
		suggestions: ['Name a numeric column, e.g. "average <column> by <column>".']
	};
}

/**
 * "when was construction unemployment highest" of "Unemployed by industry": an aggregate of the
 * table the question named is of the number its name says.
 */
function aggregateOfNamedTable(state: ParseState, pending: { agg: Aggregate; words: string }) {
	const intent = state.intent;
	const named = intent.interpretation.find((x) => x.kind === 'table');
	const table = intent.tables.length === 1 ? intent.tables[0] : undefined;
	const column = named && table && columnNamedByTable(table, table.humanName);
	if (!column || intent.measures.length > 0) return false;
	addMeasure(state, { agg: pending.agg, column, words: `${named.words} ${pending.words}` });
	return true;
}
