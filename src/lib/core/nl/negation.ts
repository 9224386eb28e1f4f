/**
 * Negations said of a condition. "Not X", "outside X" say what the rows are not; "excluding X",
 * "not counting X" take X's rows away from all of them, so rows with no value stay ("absences
 * not counting illness" keeps the absences with no reason given).
 */
import { negatedOp, type Filter, type FilterOp } from './intent';
import type { ParseState } from './parse-state';

/**
 * A pending "not" taken by the condition being read: its operator negated, and whether it
 * excluded rows kept for the filter it makes.
 */
export function takeNegation(state: ParseState, op: FilterOp): FilterOp {
	if (!state.isNegated) return op;
	state.isNegated = false;
	state.wasExcluding = state.isExcluding === true;
	state.isExcluding = false;
	return negatedOp(op);
}

/** "absences not counting illness": the rows with no reason stay, they are not illness either. */
export function keepsMissingIfExcluded(state: ParseState, filter: Filter): Filter {
	const isExcluded = state.wasExcluding && (filter.op === 'neq' || filter.op === 'not_in');
	state.wasExcluding = false;
	if (isExcluded) filter.keepsMissing = true;
	return filter;
}

/** Words that take some rows away from all of them, rather than say what the rows are not. */
export const EXCLUDING =
	/^(except|excluding|exclude|not counting|not including|leaving out|apart from)\b/i;
