/**
 * Comparisons with a number of rows: "more than 1000 flights", "customers who ordered more than
 * 10 times".
 */
import type { FilterOp } from './intent';
import { addFilter, OP_WORDS, takeNegation } from './parse-filters';
import { isHavingOp } from './parse-has-one';
import { columnOf, isTimesWord, note, type ParseState, type RefItem } from './parse-state';
import { countColumn, isOnePerRow } from './planner-helpers';
import { isTimesNumber } from './text';

/**
 * "more than 1000 flights", "more than 100 strikes": a number of the rows a table holds. When
 * each row carries a count column ("count", "n"), it is a condition on that column; otherwise
 * on the number of rows of each group (HAVING).
 */
export function parseCountComparison(
	state: ParseState,
	i: number,
	op: FilterOp,
	numIndex: number
): boolean {
	const num = state.items[numIndex];
	const noun = state.items[numIndex + 1];
	// "customers who ordered more than 10 times": times are rows of the table asked about
	const isOnce = num?.type === 'num' && isTimesNumber(num.raw);
	const isTimes = isOnce || isTimesWord(noun);
	const asked = isTimes ? (state.intent.tables[0] ?? [...state.preferredTables][0]) : undefined;
	if (num?.type !== 'num' || (!isOnce && state.used[numIndex + 1])) return false;
	if (noun?.type !== 'ref' && !asked) return false;
	const table =
		asked ??
		(noun as RefItem).cands
			.map((c) =>
				c.target.kind === 'table' || c.target.kind === 'metric' ? c.target.table : undefined
			)
			.find((t) => t !== undefined) ??
		rowsLabelled(noun as RefItem);
	if (!table) return false;
	const end = isOnce ? numIndex : numIndex + 1;
	for (let k = i; k <= end; k++) state.used[k] = true;
	const words = state.items
		.slice(i, end + 1)
		.map((x) => x.words)
		.join(' ');
	if (!state.intent.tables.includes(table)) state.intent.tables.push(table);
	const counted = countColumn(table);
	if (counted) {
		addFilter(state, { column: counted, op: takeNegation(state, op), values: [num.value], words });
		return true;
	}
	const having = takeNegation(state, op);
	if (!isHavingOp(having)) return false;
	state.intent.measures.push({
		agg: 'count',
		table,
		words,
		having: { op: having, value: num.value }
	});
	const bound = having === 'eq' ? 'exactly' : OP_WORDS[having];
	note(state, words, 'filter', `groups with ${bound} ${num.value} rows`);
	return true;
}

/** "fewer than 20 countries" of a table with a row per country: the table whose rows it names. */
function rowsLabelled(noun: RefItem) {
	const column = noun.cands.map(columnOf).find((c) => c?.kind === 'text' && isOnePerRow(c));
	return column?.table;
}
