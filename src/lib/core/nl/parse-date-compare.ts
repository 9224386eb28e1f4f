/**
 * "jobs collected after their due date", "loans returned before the due date": a date column
 * said before "after", "before" or "since" and another date column of the same table after it
 * compares the two row by row.
 */
import type { FilterOp } from './intent';
import type { ColumnInfo } from './lexicon';
import { datesNamed, wordsOf } from './elapsed-dates';
import { addFilter, columnFromRef } from './parse-filters';
import { nextIndex, prevIndex, type ParseState, type RefItem } from './parse-state';

const OPS: Record<'after' | 'before' | 'since', FilterOp> = {
	after: 'gt',
	before: 'lt',
	since: 'gte'
};

export function parseDateColumnBound(
	state: ParseState,
	i: number,
	kw: 'after' | 'before' | 'since'
): boolean {
	const j = nextIndex(state, i + 1);
	const other = state.items[j];
	if (other?.type !== 'ref') return false;
	const than = columnFromRef(state, other, false);
	if (than?.kind !== 'date') return false;
	const k = prevIndex(state, i - 1);
	const before = state.items[k];
	// ("subs paid after the due date" of `paidDate`: a verb that names a date by its form)
	const named = before && before.type !== 'kw' ? datesNamed(wordsOf(before), than.table) : [];
	const subject =
		(before?.type === 'ref' ? dateColumnOf(before) : undefined) ??
		(named.length === 1 ? named[0] : undefined);
	if (!subject || subject === than || subject.table !== than.table) return false;
	// (what the subject's word was read as alone, "collected" as rows collected, is now this)
	const intent = state.intent;
	intent.filters = intent.filters.filter((f) => f.words !== before.words);
	intent.interpretation = intent.interpretation.filter((x) => x.words !== before.words);
	intent.unknown = intent.unknown.filter((u) => u.words !== before.words);
	if (intent.timeColumn === subject) intent.timeColumn = undefined;
	// ("how many loans came back after …": the rows are counted, not the subject's dates)
	for (const m of intent.measures) {
		if (m.agg !== 'count_distinct' || m.column !== subject) continue;
		const item = intent.interpretation.find((x) => x.kind === 'aggregate' && x.words === m.words);
		Object.assign(m, { agg: 'count', column: undefined, table: subject.table });
		if (item) item.meaning = 'number of rows';
	}
	for (const at of [k, i, j]) state.used[at] = true;
	const words = `${before.words} ${state.items[i].words} ${other.words}`;
	addFilter(state, { column: subject, op: OPS[kw], values: [], than, words });
	return true;
}

function dateColumnOf(ref: RefItem): ColumnInfo | undefined {
	const target = ref.cands[0]?.target;
	return target?.kind === 'column' && target.column.kind === 'date' ? target.column : undefined;
}
