/**
 * "trips over 30 minutes", "more than an hour", "longer than 2 hours": a length of time as the
 * bound of a comparison is a bound on the column that holds how long each row lasted, in that
 * column's own unit (`dur_min`: an hour is 60). Only when the tables in view have one such
 * column with a unit in its name, or the question names it; else the bound is left unplaced.
 */
import type { FilterOp } from './intent';
import type { ColumnInfo } from './lexicon';
import { note, tablesInView, type ParseState } from './parse-state';
import { subjectBefore } from './parse-filters';

/** Seconds in each unit of time, by the words that say it. */
const SECONDS: Record<string, number> = {
	s: 1,
	sec: 1,
	secs: 1,
	second: 1,
	seconds: 1,
	min: 60,
	mins: 60,
	minute: 60,
	minutes: 60,
	h: 3600,
	hr: 3600,
	hrs: 3600,
	hour: 3600,
	hours: 3600,
	day: 86400,
	days: 86400,
	week: 604800,
	weeks: 604800
};

const BOUND_OPS = new Set<FilterOp>(['gt', 'gte', 'lt', 'lte']);

export function secondsOf(word: string | undefined): number | undefined {
	const key = word?.toLowerCase();
	return key !== undefined && Object.hasOwn(SECONDS, key) ? SECONDS[key] : undefined;
}

/** "hours", "minutes", "weeks": a length of time after a number (not "years", an age's). */
export function isLengthOfTime(word: string | undefined): boolean {
	return secondsOf(word) !== undefined && word?.toLowerCase() !== 's';
}

/** The unit a column's name ends with (`dur_min`, `Downtime (hrs)`), in seconds. */
export function unitOfColumn(column: ColumnInfo): number | undefined {
	if (column.kind !== 'number' || column.words.length < 2) return undefined;
	// (`Rate (£/hr)`: an amount per unit of time, not a length of time)
	if (/\/\s*[a-z]+\s*\)?\s*$/i.test(column.name) || column.words.includes('per')) return undefined;
	// (`temp_min` beside `temp_max`: the least, not minutes)
	const stem = column.words.slice(0, -1).join(' ');
	const isLeast =
		column.words.at(-1) === 'min' &&
		column.table.columns.some((c) => c.words.join(' ') === `${stem} max`);
	if (isLeast) return undefined;
	const unit = secondsOf(column.words[column.words.length - 1]);
	// ("s" alone ends too many names; "secs", "seconds" say it)
	return unit === 1 && column.words.at(-1) === 's' ? undefined : unit;
}

export function parseDurationBound(state: ParseState, i: number, op: FilterOp): boolean {
	if (!BOUND_OPS.has(op)) return false;
	const isArticle = (k: number) => /^an?$/i.test(state.items[k]?.words ?? '');
	let j = i + 1;
	let amount = 1;
	const first = state.items[j];
	if (first?.type === 'num') {
		amount = first.value;
		j += 1;
	} else if (isArticle(j)) j += 1;
	else return false;
	const unitItem = state.items[j];
	const seconds = secondsOf(unitItem?.words);
	if (!unitItem || seconds === undefined || unitItem.words.toLowerCase() === 's') return false;
	const column = durationColumn(state, i);
	const unit = column && unitOfColumn(column);
	if (!column || !unit) return false;
	const value = Math.round(((amount * seconds) / unit) * 1000) / 1000;
	// ("episodes over an hour long": "long" only says the bound is a length)
	if (/^long$/i.test(state.items[j + 1]?.words ?? '')) j += 1;
	const words = state.items
		.slice(i, j + 1)
		.map((x) => x.words)
		.join(' ');
	for (let k = i; k <= j; k++) state.used[k] = true;
	state.intent.filters.push({ column, op, values: [value], words });
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	const symbol = { gte: '≥', lte: '≤', gt: '>', lt: '<' }[op as 'gt'];
	note(state, words, 'filter', `"${column.name}" ${symbol} ${value}`);
	return true;
}

/** The column said before the bound, if it holds a length of time; else the only one in view. */
function durationColumn(state: ParseState, i: number): ColumnInfo | undefined {
	const said = subjectBefore(state, i, true);
	if (said) return unitOfColumn(said) ? said : undefined;
	return lengthColumnInView(state);
}

/**
 * "how many 90 min sessions", "2 hour walks": a length of time said before the noun of the rows
 * picks the rows that lasted exactly that long, in the duration column's own unit.
 */
export function parseDurationAdjective(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const unitItem = state.items[i + 1];
	const rows = state.items[i + 2];
	if (item?.type !== 'num' || !unitItem || rows?.type !== 'ref') return false;
	const seconds = secondsOf(unitItem.words);
	if (seconds === undefined || unitItem.words.toLowerCase() === 's') return false;
	if (rows.cands[0]?.target.kind !== 'table') return false;
	const column = durationColumn(state, i);
	const unit = column && unitOfColumn(column);
	if (!column || !unit) return false;
	const value = Math.round(((item.value * seconds) / unit) * 1000) / 1000;
	const words = `${item.words} ${unitItem.words}`;
	state.used[i] = true;
	state.used[i + 1] = true;
	state.intent.filters.push({ column, op: 'eq', values: [value], words });
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	note(state, words, 'filter', `"${column.name}" = ${value}`);
	return true;
}

/** The one column of the tables in view that holds a length of time in a unit of its name. */
export function lengthColumnInView(state: ParseState): ColumnInfo | undefined {
	const columns = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter((c) => unitOfColumn(c) !== undefined);
	return columns.length === 1 ? columns[0] : undefined;
}
