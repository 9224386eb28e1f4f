/**
 * The order of a word's candidate readings: a column before the table of the same name, and
 * amounts kept behind a date column the word names.
 */
import type { Candidate } from './matcher';
import { targetKey } from './matcher';
import { namesEachRow, namesRowsOfIdentifier } from './planner-helpers';

/**
 * "total donated" where `donatedOn` is read first: behind a date column the word names, the
 * numeric columns it names less exactly stay candidates, for a total or an average to take.
 */
export function amountsBehindDate(
	cands: Candidate[],
	found: Array<{ cand: Candidate }>
): Candidate[] {
	const best = cands[0]?.target;
	if (best?.kind !== 'column' || best.column.kind !== 'date') return [];
	const kept = new Set(cands.map((c) => targetKey(c.target)));
	return found
		.map((f) => f.cand)
		.filter((c) => c.target.kind === 'column' && c.target.column.kind === 'number')
		.filter((c) => !kept.has(targetKey(c.target)) && kept.add(targetKey(c.target)));
}

/**
 * A `weather` column in a `weather` table: the word names the column (the more specific
 * reading); the table stays a candidate and is offered as another reading.
 */
export function preferSameNamedColumn(cands: Candidate[]): Candidate[] {
	const table = cands[0]?.target.kind === 'table' ? cands[0] : undefined;
	if (!table || table.target.kind !== 'table') return cands;
	const owner = table.target.table;
	const column = cands.find(
		(c) =>
			c.target.kind === 'column' &&
			c.target.column.table === owner &&
			c.target.column.kind !== 'number' &&
			c.target.column.kind !== 'other' &&
			// ("checkouts" of `checkout_date` are the rows, not their dates)
			c.target.column.kind !== 'date' &&
			c.score >= table.score - 0.02
	);
	if (!column) return cands;
	return [column, ...cands.filter((c) => c !== column)];
}

/**
 * "members" of Climbing members with a `member_no`: the table's rows, which the number only
 * tells apart (one per row). Read as the number, "members under 25" would compare numbers.
 * Numbers shared by several rows (`order_no` of order lines) name other things, and stay first.
 */
export function preferRowsOverTheirNumber(cands: Candidate[], wordsOf: () => string): Candidate[] {
	const [first] = cands;
	if (first?.target.kind !== 'column') return cands;
	const column = first.target.column;
	if (!namesRowsOfIdentifier(wordsOf(), column) || !namesEachRow(column)) return cands;
	const rows = cands.find(
		(c) =>
			c.target.kind === 'table' && c.target.table === column.table && c.score >= first.score - 0.05
	);
	return rows ? [rows, ...cands.filter((c) => c !== rows)] : cands;
}

/**
 * "breakdowns by vehicle" of a table with a `Breakdown` column: the word a "… by" phrase starts
 * with names the column, and "by" groups on its own.
 */
export function isNamedBeforeBy(
	ref: { cands: Candidate[] } | undefined,
	value: unknown,
	refLength: number,
	phraseLength: number
): boolean {
	const best = ref?.cands[0];
	return value === 'by' && phraseLength === 2 && refLength === 1 && !!best && !best.isLoose;
}
