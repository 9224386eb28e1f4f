/**
 * "when was X highest": the question asks for the time of the row with the largest X, not for
 * the largest X. A "when" question whose answer would hold no time at all (no date among the
 * rows it lists) is not understood.
 */
import type { ColumnInfo } from './lexicon';
import { note, UNPLACED_WORD_PENALTY, type ParseState } from './parse-state';
import { settleConditionDate } from './parse-condition-date';

export function settleWhen(state: ParseState): void {
	settleConditionDate(state);
	const first = state.items[0];
	if (first?.type !== 'word' || first.norm !== 'when') return;
	const intent = state.intent;
	if (intent.mode === 'rows') {
		// "when did India become independent" answered by rows that hold no date at all
		if (!showsTime(state))
			intent.unknown.push({ words: first.words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	if (intent.mode !== 'aggregate' || intent.timeGrain) return;
	if (intent.groups.length > 0) {
		// ("when did aoife see her first patient" answered by groups of patients: no time in it)
		const isTimed = intent.groups.some((g) => g.column.kind === 'date' || g.column.kind === 'year');
		if (!isTimed) intent.unknown.push({ words: first.words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	const [measure] = intent.measures;
	const column = measure?.column;
	const time = column ? timeColumnOf(state, column) : undefined;
	const isExtreme = measure?.agg === 'max' || measure?.agg === 'min';
	if (intent.measures.length !== 1 || !column || !time || !isExtreme || measure.having) {
		intent.unknown.push({ words: first.words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	const dir = measure.agg === 'max' ? 'desc' : 'asc';
	intent.mode = 'rows';
	intent.measures = [];
	intent.select = [time, column];
	intent.order = { column, dir, words: measure.words };
	intent.limit = 1;
	intent.interpretation = intent.interpretation.filter((item) => item.kind !== 'aggregate');
	note(
		state,
		measure.words,
		'order',
		`the row with the ${dir === 'desc' ? 'highest' : 'lowest'} "${column.name}"`
	);
	note(state, first.words, 'column', `its "${time.name}"`);
}

/** The rows shown hold a date or a year: the columns picked, or every column of the tables. */
function showsTime(state: ParseState): boolean {
	const intent = state.intent;
	const shown =
		intent.select.length > 0
			? intent.select
			: [
					...intent.tables,
					...intent.filters.flatMap((f) => (f.column ? [f.column.table] : []))
				].flatMap((t) => t.columns);
	return shown.some((c) => c.kind === 'date' || c.kind === 'year' || holdsYears(c));
}

/** Whole numbers that are all years ("start" and "end" of a reign), though not named so. */
function holdsYears(column: ColumnInfo): boolean {
	const { min, max } = column.profile ?? {};
	return (
		/INT/i.test(column.type) &&
		typeof min === 'number' &&
		typeof max === 'number' &&
		min >= 1000 &&
		max <= 2200
	);
}

/** The date or year column the question named, else the one in the measured column's table. */
function timeColumnOf(state: ParseState, column: ColumnInfo): ColumnInfo | undefined {
	const named = state.intent.timeColumn;
	if (named && named.table === column.table) return named;
	const times = column.table.columns.filter((c) => c.kind === 'date' || c.kind === 'year');
	return times.length === 1 ? times[0] : undefined;
}
