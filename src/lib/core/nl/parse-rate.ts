/**
 * "average deaths per year" over rows that are counts: a rate (the deaths of a typical year,
 * one number) or the average row within each year? Quarry cannot total the rows per year and
 * then average those totals, so the grouped reading is only a guess and must not look sure.
 * "average temperature per month" is not affected: a measurement is averaged within each month.
 */
import { holdsCounts, timeColumn } from './planner-helpers';
import { note, type ParseState } from './parse-state';

const RATE_FACTOR = 0.5;

export function settleRate(state: ParseState): void {
	const intent = state.intent;
	const measure = intent.measures.find(
		(m) => m.agg === 'avg' && m.column !== undefined && holdsCounts(m.column)
	);
	if (!measure) return;
	const timeWords = [
		...(intent.timeGrain ? [intent.timeGrain.words] : []),
		...intent.groups
			.filter((g) => g.column.kind === 'year' || g.column.kind === 'date')
			.map((g) => g.words)
	].map((w) => w.toLowerCase());
	const per = state.items.findIndex(
		(item, k) =>
			item.type === 'kw' &&
			item.words.toLowerCase() === 'per' &&
			timeWords.includes(state.items[k + 1]?.words.toLowerCase() ?? '')
	);
	if (per < 0) return;
	const unit = state.items[per + 1].words;
	intent.factors.push({
		reason: `"per ${unit}" after an average of "${measure.column!.name}" can mean the total of a typical ${unit} or the average row within each ${unit}`,
		factor: RATE_FACTOR
	});
}

/** Aggregates that summarise rows one by one: over rows that are days, "per day" adds nothing. */
export const ROW_AGGREGATES: ReadonlySet<string> = new Set(['avg', 'median', 'min', 'max']);

/**
 * "median births per day", "average visitors per day" of a table with one row a day: each row
 * is a day, so the figure is over the rows; grouping by day would give each row back.
 */
export function settleRowDays(state: ParseState): void {
	const intent = state.intent;
	const grain = intent.timeGrain;
	if (grain?.grain !== 'day' || intent.groups.length > 0 || intent.order) return;
	// "per day for each year": another time unit was read, and only one is kept
	if (intent.interpretation.some((x) => x.kind === 'group' && x.words !== grain.words)) return;
	const at = state.items.findIndex((x) => x.type === 'grain' && x.words === grain.words);
	const before = state.items[at - 1];
	if (before?.type !== 'kw' || !/^(per|a|each)$/i.test(before.words)) return;
	if (intent.measures.length === 0 || !intent.measures.every((m) => ROW_AGGREGATES.has(m.agg)))
		return;
	const table = intent.measures[0].column?.table ?? intent.tables[0];
	const time = table && timeColumn(table);
	const rows = table?.rowCount ?? 0;
	const days = time?.kind === 'date' ? (time.profile?.distinctCount ?? 0) : 0;
	if (rows === 0 || days < 0.9 * rows) return;
	intent.timeGrain = undefined;
	intent.interpretation = intent.interpretation.filter(
		(x) => !(x.kind === 'group' && x.words === grain.words)
	);
	note(state, `${before.words} ${grain.words}`, 'time', 'each row is a day');
}
