/**
 * "First" and "last" with nothing else to rank by: the order of a table's rows in time.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import { note, type ParseState } from './parse-state';
import { timeColumn } from './planner-helpers';

/**
 * "the first day with snow", "last month with a loss": "first" or "last" before a unit of time
 * ranks the rows by the table's time column (one for a singular unit). Without a unit, "when did
 * the rate first drop below 10" and "the last release of the 0.x line" rank by the table's time
 * axis too, when it has exactly one.
 */
export function firstInTime(state: ParseState): void {
	const rank = state.rank;
	const word = rank?.words.toLowerCase().trim();
	if (!rank || (word !== 'first' && word !== 'last')) return;
	const at = state.items.findIndex((x) => x.words === rank.words);
	// "the first trading day": a word between the rank and its unit says what kind of day
	const between = state.items[at + 1];
	const skips = between?.type === 'word' && state.items[at + 2]?.type === 'grain';
	const unit = state.items[skips ? at + 2 : at + 1];
	const table = state.intent.tables[0] ?? [...state.preferredTables][0];
	if (unit?.type !== 'grain') {
		const axis = table && onlyTimeAxis(table);
		if (!axis) return;
		state.intent.order = {
			column: axis,
			dir: word === 'first' ? 'asc' : 'desc',
			words: rank.words
		};
		rank.dir = state.intent.order.dir;
		const next = state.items[at + 1];
		if (rank.limit === undefined && !(next && /s$/i.test(next.words))) rank.limit = 1;
		note(state, rank.words, 'order', `the ${word} by "${axis.name}"`);
		return;
	}
	const time = table && timeColumn(table);
	if (!time) return;
	state.intent.unknown = state.intent.unknown.filter(
		(u) => u.words !== unit.words && !(skips && u.words === between.words)
	);
	if (skips) state.used[at + 1] = true;
	state.intent.order = { column: time, dir: word === 'first' ? 'asc' : 'desc', words: rank.words };
	rank.dir = word === 'first' ? 'asc' : 'desc';
	if (rank.limit === undefined && !/s$/i.test(unit.words)) rank.limit = 1;
	const words = skips
		? `${rank.words} ${between.words} ${unit.words}`
		: `${rank.words} ${unit.words}`;
	note(state, words, 'order', `the ${word} by "${time.name}"`);
}

/** The table's one date column, or its one year column when it has no dates; else none. */
function onlyTimeAxis(table: TableInfo): ColumnInfo | undefined {
	const dates = table.columns.filter((c) => c.kind === 'date');
	if (dates.length > 0) return dates.length === 1 ? dates[0] : undefined;
	const years = table.columns.filter((c) => c.kind === 'year');
	return years.length === 1 ? years[0] : undefined;
}
