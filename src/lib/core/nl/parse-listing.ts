/**
 * A list of numbers limited in time ("AMZN prices in the last 6 months", "net generation from
 * coal between 2005 and 2010"). The numbers alone cannot be read without their dates, so the
 * date or year column is shown first. A quantity that adds up over time (output, sales, births;
 * not a population) named over a span of time ("births in July 2008") may ask for its total as
 * much as for each row: that reading is not sure.
 */
import { note, type ParseState } from './parse-state';
import { impliedAggregate, timeColumn } from './planner-helpers';

const SPAN_OPS = new Set(['between', 'gt', 'gte', 'lt', 'lte']);
const LISTING_FACTOR = 0.5;
/** Additive across places but not across time: a population is counted at a moment. */
const STOCK_WORDS = new Set(['population', 'pop', 'inhabitants', 'residents']);

export function settleListing(state: ParseState): void {
	const intent = state.intent;
	if (intent.mode !== 'rows' || intent.select.length === 0) return;
	if (!intent.select.every((c) => c.kind === 'number')) return;
	const timeFilters = intent.filters.filter((f) => !f.column);
	if (timeFilters.length === 0) return;
	const time = intent.timeColumn ?? timeColumn(intent.select[0].table);
	if (!time || time.table !== intent.select[0].table) return;
	if (!intent.select.includes(time)) {
		intent.select.unshift(time);
		note(state, '', 'column', `show "${time.name}" with each number`);
	}
	const isSpan = timeFilters.some((f) => f.relative || SPAN_OPS.has(f.op));
	const additive = intent.select.find(
		(c) => c !== time && impliedAggregate(c) === 'sum' && !c.words.some((w) => STOCK_WORDS.has(w))
	);
	if (!isSpan || !additive) return;
	const words = intent.interpretation.find((i) => i.meaning === `show "${additive.name}"`)?.words;
	if (!words) return;
	intent.factors.push({
		reason: `"${words}" over a span of time can mean its total or each row`,
		factor: LISTING_FACTOR
	});
}
