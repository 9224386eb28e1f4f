/**
 * Checks of a count once the question is read: the different values of a column held to one
 * value are no count asked (the rows are), and a count kept over its own period cannot be
 * limited to another time.
 */
import type { ParseState } from './parse-state';
import { periodWordsAtEnd } from './vocabulary';

/**
 * "how many absences were reported on the app" read as the different `reportedVia` of rows
 * where it is 'App': the different values of a column held to one value are one, whatever the
 * data, so the question counts the rows.
 */
export function countRowsOfOneValue(state: ParseState): void {
	const intent = state.intent;
	for (const measure of intent.measures) {
		const column = measure.column;
		if (measure.agg !== 'count_distinct' || !column) continue;
		const isHeld = intent.filters.some(
			(f) => f.column === column && f.op === 'eq' && f.values.length === 1 && !f.part
		);
		if (!isHeld) continue;
		const said = intent.interpretation.find(
			(i) => i.kind === 'aggregate' && i.words === measure.words.trim()
		);
		measure.agg = 'count';
		measure.column = undefined;
		measure.table = column.table;
		if (said) said.meaning = `number of rows (each has one "${column.name}")`;
	}
}

/**
 * "how many visits did members make in 2022" of `visits_ytd`: a count kept over its own period
 * (year to date, the last 30 days) cannot be limited to another time; the reading is unsure.
 */
export function periodCountInTime(state: ParseState): void {
	const intent = state.intent;
	const isTimed = intent.filters.some((f) => !f.column || f.column.kind === 'date');
	if (!isTimed) return;
	for (const m of intent.measures) {
		if (periodWordsAtEnd(m.column?.words ?? []) === 0) continue;
		intent.factors.push({
			reason: `"${m.column?.name}" counts over its own period, not the time asked`,
			factor: PERIOD_IN_TIME_FACTOR
		});
	}
}

/** A count over its own period limited to another time answers another question. */
const PERIOD_IN_TIME_FACTOR = 0.5;
