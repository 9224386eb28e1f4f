/**
 * "rabbits adopted in 2024" of `Outcome` = 'Adopted' beside an `Outcome Date`, "homes approved in
 * 2024" of `Decision` beside a `decision_date`: a condition on a column the table dates says
 * which time the question's time is, the date of that column, not the date each row begins on.
 */
import type { ColumnInfo } from './lexicon';
import { note, type ParseState } from './parse-state';
import { activityOf } from './parse-activity';

/** The last word of a date column named for another column ("Outcome Date", "decision_date"). */
const DATE_WORDS = new Set(['date', 'at', 'on', 'day', 'time']);

export function settleConditionDate(state: ParseState): void {
	const intent = state.intent;
	const isTimed = intent.filters.some((f) => !f.column) || intent.timeGrain !== undefined;
	if (intent.timeColumn || !isTimed) return;
	if (settleDoneDate(state)) return;
	for (const filter of intent.filters) {
		const column = filter.column;
		if (!column || column.kind !== 'text' || !['eq', 'ieq', 'in'].includes(filter.op)) continue;
		const date = dateOf(column);
		if (!date) continue;
		intent.timeColumn = date;
		note(state, filter.words, 'time', `the time is "${date.name}", when "${column.name}" was set`);
		return;
	}
}

function dateOf(column: ColumnInfo): ColumnInfo | undefined {
	const [head] = column.words;
	const dates = column.table.columns.filter(
		(c) =>
			c !== column &&
			c.kind === 'date' &&
			c.words.length === 2 &&
			c.words[0] === head &&
			DATE_WORDS.has(c.words[1])
	);
	return dates.length === 1 ? dates[0] : undefined;
}

/** Nouns of a deed that name its verb ("sales" of selling). */
const DEED_NOUNS: Record<string, string> = { sale: 'sell', sales: 'sell', takings: 'sell' };

/**
 * "items we sold in 2024", "takings for 2024" of `soldPrice` beside `date_donated` and `Date
 * Sold`: the deed the question says (a verb of what the rows record, or the money it measures,
 * named for the deed) has its own date, which is the question's time. True when one was set.
 */
function settleDoneDate(state: ParseState): boolean {
	const intent = state.intent;
	const table = intent.tables[0] ?? intent.measures.find((m) => m.column)?.column?.table;
	if (!table) return false;
	const dates = table.columns.filter((c) => c.kind === 'date');
	if (dates.length < 2) return false;
	// (the amount measured, not what is counted: `Booking No` says no deed)
	const measured = intent.measures
		.filter((m) => m.agg !== 'count' && m.agg !== 'count_distinct')
		.flatMap((m) => m.column?.words ?? []);
	// ("how many bookings in 2024": a noun of the rows names no deed done at a time)
	const said = state.items
		.filter((x) => x.type === 'word' || (x.type === 'ref' && x.cands[0]?.target.kind === 'value'))
		.flatMap((x) => x.words.split(/\s+/));
	const deeds = new Set(
		[...(intent.activities ?? []), ...measured, ...said]
			.map((w) => DEED_NOUNS[w.toLowerCase()] ?? activityOf(w.toLowerCase()))
			.filter((v): v is string => v !== undefined)
	);
	const done = dates.filter((c) => c.words.some((w) => deeds.has(activityOf(w) ?? '')));
	if (done.length !== 1) return false;
	intent.timeColumn = done[0];
	note(state, '', 'time', `the time is "${done[0].name}", when it was done`);
	return true;
}
