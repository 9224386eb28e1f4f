/**
 * "latest unemployed numbers for each industry", "the most recent price": a time superlative
 * before a quantity asks for its value at the newest (or oldest) time, not its largest value.
 * The rows are sorted by the table's time and the first kept (within each group when there is
 * one, settleTopPerGroup).
 */
import { note, type ParseState } from './parse-state';
import { timeColumn } from './planner-helpers';

const TIME_SUPERLATIVES: Record<string, 'asc' | 'desc'> = {
	latest: 'desc',
	newest: 'desc',
	'most recent': 'desc',
	earliest: 'asc'
};
// ("oldest" is left out: "the oldest age" asks for the largest age)

export function settleLatestValue(state: ParseState): void {
	const intent = state.intent;
	if (intent.measures.length !== 1 || intent.order || intent.timeGrain) return;
	const [measure] = intent.measures;
	const column = measure.column;
	if (!column || (measure.agg !== 'max' && measure.agg !== 'min')) return;
	if (column.kind === 'date' || column.kind === 'year') return;
	const said = Object.keys(TIME_SUPERLATIVES).find((w) =>
		measure.words.toLowerCase().startsWith(`${w} `)
	);
	const time = timeColumn(column.table);
	if (!said || !time) return;
	const dir = TIME_SUPERLATIVES[said];
	intent.measures = [];
	intent.interpretation = intent.interpretation.filter((x) => x.words !== measure.words);
	intent.mode = 'rows';
	intent.select = [...intent.groups.map((g) => g.column), time, column];
	intent.order = { column: time, dir, words: said };
	if (intent.groups.length === 0) intent.limit = 1;
	note(
		state,
		measure.words,
		'order',
		`"${column.name}" at the ${dir === 'desc' ? 'latest' : 'earliest'} "${time.name}"`
	);
}
