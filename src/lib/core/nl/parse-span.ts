/**
 * Rows that span years, with a start and an end column of whole years (reigns, terms, wars):
 * "after 1700", "before 1600", "since 1650" bound when the rows started, or when they ended
 * after a verb that says so ("ended before 1600").
 */
import { isSpanEnd, isSpanStart } from './year-spans';
import { addFilter, takeNegation } from './parse-filters';
import { tablesInView, type ParseState } from './parse-state';

const END_VERBS = /^(end|ended|ending|finish|finished|die|died|stop|stopped|abdicate|abdicated)$/;
const START_VERBS = /^(start|started|begin|began|begun|come|came|reign|reigned|rule|ruled)$/;

const OPS = { after: 'gt', before: 'lt', since: 'gte' } as const;

/** Reads "after 1700" at i (the keyword) as a bound on a span column. True when applied. */
export function parseSpanBound(state: ParseState, i: number, kw: keyof typeof OPS): boolean {
	const num = state.items[i + 1];
	if (num?.type !== 'num' || !Number.isInteger(num.value) || !/^\d{4}$/.test(num.raw)) return false;
	const tables = tablesInView(state);
	const prev = state.items[i - 1];
	const verb = prev?.type === 'word' ? prev.norm : '';
	// "ended before 1600" where "ended" matched the end column itself
	const named =
		prev?.type === 'ref'
			? prev.cands.map((c) => (c.target.kind === 'column' ? c.target.column : undefined))[0]
			: undefined;
	if (named && (isSpanEnd(named) || isSpanStart(named))) {
		state.loose = state.loose.filter((l) => l.index !== i - 1);
		state.intent.select = state.intent.select.filter((c) => c !== named);
		state.used[i] = true;
		state.used[i + 1] = true;
		const words = `${prev.words} ${state.items[i].words} ${num.words}`;
		addFilter(state, {
			column: named,
			op: takeNegation(state, OPS[kw]),
			values: [num.value],
			words
		});
		return true;
	}
	const isEnd = END_VERBS.test(verb);
	const fits = tables
		.flatMap((t) => t.columns)
		.filter((c) => (isEnd ? isSpanEnd(c) : isSpanStart(c)));
	if (fits.length !== 1) return false;
	const column = fits[0];
	if (isEnd || START_VERBS.test(verb)) {
		// the verb was read before the bound; it is placed now
		state.used[i - 1] = true;
		state.intent.unknown = state.intent.unknown.filter((u) => u.words !== prev.words);
	}
	state.used[i] = true;
	state.used[i + 1] = true;
	const words = `${isEnd || START_VERBS.test(verb) ? `${prev.words} ` : ''}${state.items[i].words} ${num.words}`;
	addFilter(state, { column, op: takeNegation(state, OPS[kw]), values: [num.value], words });
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	return true;
}
