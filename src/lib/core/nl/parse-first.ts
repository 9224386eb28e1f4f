/**
 * "First" and "last" with nothing else to rank by: the order of a table's rows in time.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import { timeColumn } from './planner-helpers';
import { note, UNPLACED_WORD_PENALTY, type ParseState } from './parse-state';
import { isSaidPlural, isSingularWords } from './text';

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
		if (rank.limit === undefined && !(next && isSaidPlural(next.words))) rank.limit = 1;
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
	if (rank.limit === undefined && !isSaidPlural(unit.words)) rank.limit = 1;
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

/**
 * "what v8 did the first Gallium release use": "first" (or "last") before a singular noun of
 * rows with nothing counted is the earliest row in time, and the column asked about is shown,
 * not grouped and counted.
 */
export function showFirstInTime(state: ParseState): void {
	const intent = state.intent;
	const word = state.rank?.words.toLowerCase().trim();
	if ((word !== 'first' && word !== 'last') || intent.measures.length > 0) return;
	if (intent.groups.length === 0 || intent.timeGrain || state.orderAgg) return;
	const at = state.items.findIndex((x) => x.words === state.rank?.words);
	const noun = state.items.slice(at + 1).find((x) => x.type === 'ref' && isRowsRef(x));
	if (!noun || !isSingularWords(noun.words) || !hasTimeAxis(intent.groups[0].column.table)) return;
	const grouped = new Set(intent.groups.map((g) => g.column.name));
	intent.select.push(...intent.groups.map((g) => g.column));
	intent.groups = [];
	for (const item of intent.interpretation) {
		const name = /^group by "(.*)"$/.exec(item.meaning)?.[1];
		if (item.kind === 'group' && name && grouped.has(name)) {
			item.kind = 'column';
			item.meaning = `show "${name}"`;
		}
	}
}

function isRowsRef(item: ParseState['items'][number]): boolean {
	return item.type === 'ref' && item.cands[0]?.target.kind === 'table';
}

function hasTimeAxis(table: TableInfo): boolean {
	return table.columns.filter((c) => c.kind === 'date').length === 1;
}

/** Words of a sort's end that are ends of time ("newest first", "from oldest to newest"). */
const TIME_ENDS = /\b(newest|latest|oldest|earliest|recent)\b/i;

/**
 * "list the picks at Mill Lane, newest first": an order said by its end in time, with nothing
 * else ranked, sorts the rows listed by the table's time column, or the units of time grouped
 * ("takings by month, latest first"). Said where neither is, the words are not placed.
 */
export function orderInTime(state: ParseState): void {
	const intent = state.intent;
	const said = timeEndsSaid(state);
	if (!said || said.type !== 'kw' || state.rank || intent.order) return;
	const dir = said.kw === 'desc' ? 'desc' : 'asc';
	const ends = dir === 'desc' ? 'newest first' : 'oldest first';
	if (intent.timeGrain && intent.measures.length > 0) {
		intent.order = { grain: intent.timeGrain.grain, dir, words: said.words };
		note(state, said.words, 'order', `by ${intent.timeGrain.grain}, ${ends}`);
		return;
	}
	const table = intent.tables[0];
	const time = intent.timeColumn ?? (table && timeColumn(table));
	if (intent.mode !== 'rows' || intent.measures.length > 0 || intent.groups.length > 0 || !time) {
		intent.unknown.push({ words: said.words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	intent.order = { column: time, dir, words: said.words };
	note(state, said.words, 'order', `by "${time.name}", ${ends}`);
}

/** The words of a sort said by its end in time, if any ("latest first"). */
export function timeEndsSaid(state: ParseState) {
	return state.items.find(
		(x) => x.type === 'kw' && (x.kw === 'asc' || x.kw === 'desc') && TIME_ENDS.test(x.words)
	);
}
