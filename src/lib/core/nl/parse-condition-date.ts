/**
 * "rabbits adopted in 2024" of `Outcome` = 'Adopted' beside an `Outcome Date`, "homes approved in
 * 2024" of `Decision` beside a `decision_date`: a condition on a column the table dates says
 * which time the question's time is, the date of that column, not the date each row begins on.
 */
import type { ColumnInfo } from './lexicon';
import { note, type ParseState } from './parse-state';

/** The last word of a date column named for another column ("Outcome Date", "decision_date"). */
const DATE_WORDS = new Set(['date', 'at', 'on', 'day', 'time']);

export function settleConditionDate(state: ParseState): void {
	const intent = state.intent;
	const isTimed = intent.filters.some((f) => !f.column) || intent.timeGrain !== undefined;
	if (intent.timeColumn || !isTimed) return;
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
