/**
 * "days the stock closed higher than it opened", "cars whose acceleration is less than their
 * weight": a comparison between two number columns of one table, with no number after it,
 * compares the columns row by row.
 */
import type { FilterOp } from './intent';
import { addFilter, columnFromRef, subjectBefore } from './parse-filters';
import { nextIndex, type ParseState } from './parse-state';

const COLUMN_OPS = new Set<FilterOp>(['gt', 'lt', 'gte', 'lte']);

export function parseColumnComparison(state: ParseState, i: number, op: FilterOp): boolean {
	if (!COLUMN_OPS.has(op)) return false;
	const j = nextIndex(state, i + 1);
	const other = state.items[j];
	if (other?.type !== 'ref') return false;
	const than = columnFromRef(state, other, true);
	if (!than || than.kind !== 'number') return false;
	const subject = subjectBefore(state, i, true);
	if (!subject || subject === than || subject.table !== than.table) return false;
	state.used[i] = true;
	state.used[j] = true;
	const words = `${subject.name} ${state.items[i].words} ${than.name}`;
	addFilter(state, { column: subject, op, values: [], than, words });
	return true;
}
