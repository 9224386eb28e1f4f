/**
 * A bound said after its number: "books rated 4 or more", "innings of 50 or more". The number
 * was read as an equality before the words that open it up came; the condition takes them and
 * becomes a bound.
 */
import type { FilterOp } from './intent';
import { OP_WORDS } from './parse-filters';
import type { ParseState } from './parse-state';
import { isIdentifierColumn } from './planner-helpers';

/** True when the keyword at i widened the equality just before it. */
export function widensEquality(state: ParseState, i: number, op: FilterOp): boolean {
	const [num, kw] = [state.items[i - 1], state.items[i]];
	if (num?.type !== 'num' || !state.used[i - 1] || (op !== 'gte' && op !== 'lte')) return false;
	if (!/^(or|and)\s/i.test(kw.words)) return false;
	const filter = state.intent.filters.find(
		(f) => f.op === 'eq' && f.values.length === 1 && f.values[0] === num.value && !f.part
	);
	// (a reference number is no amount to bound: "bookings of 10 or more" is not `Booking No`)
	if (!filter?.column || filter.column.kind !== 'number' || isIdentifierColumn(filter.column))
		return false;
	const noted = state.intent.interpretation.find(
		(x) => x.kind === 'filter' && x.words === filter.words
	);
	filter.op = op;
	filter.words = `${filter.words} ${kw.words}`;
	if (noted) {
		noted.words = filter.words;
		noted.meaning = `"${filter.column.name}" ${OP_WORDS[op]} ${num.value}`;
	}
	state.used[i] = true;
	return true;
}
