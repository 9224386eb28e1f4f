/**
 * Seasons written as two years: "the 2023/24 season", "in 2024-25", "22/23". A text column
 * that writes its seasons so ('2023/24', '2023-24', '2022/23') holds the one meant, whatever
 * the separator or the digits of each year; the rows of that season are kept. With no such
 * column the two numbers stay what they were.
 */
import type { ColumnInfo } from './lexicon';
import { addFilter } from './parse-filters';
import type { ParseState } from './parse-state';

/** A season as written in a value: a year, a slash or dash, and the next year. */
const SEASON_VALUE = /^\s*(\d{2}|\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$/;

/** Words after the years that only say they are a season. */
const SEASON_WORDS = new Set(['season', 'seasons', 'school', 'year', 'academic', 'financial']);

/** Words before a time that the season takes with it ("in 2024-25"). */
const BEFORE = new Set(['in', 'for', 'during', 'of']);

export function parseSeasonYears(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item?.type === 'kw' && BEFORE.has(item.words.toLowerCase()) && seasonAt(state, i + 1)) {
		state.used[i] = true;
		return true;
	}
	return seasonAt(state, i);
}

function seasonAt(state: ParseState, i: number): boolean {
	if (state.used[i] || state.used[i + 1]) return false;
	const [first, second] = [state.items[i], state.items[i + 1]];
	if (first?.type !== 'num' || second?.type !== 'num') return false;
	// ("2024-25": the second year read as a negative number)
	const [start, end] = [first.raw, second.raw.replace(/^-/, '')];
	if (!/^(\d{2}|\d{4})$/.test(start) || !/^(\d{2}|\d{4})$/.test(end)) return false;
	if ((Number(start) + 1) % 100 !== Number(end) % 100) return false;
	const found = seasonValues(state, start, end);
	if (found.length !== 1) return false;
	const { column, value } = found[0];
	let last = i + 1;
	while (SEASON_WORDS.has(wordAt(state, last + 1))) last += 1;
	const words = state.items
		.slice(i, last + 1)
		.map((x) => x.words)
		.join(' ');
	for (let k = i; k <= last; k++) state.used[k] = true;
	addFilter(state, { column, op: 'eq', values: [value], words });
	return true;
}

function wordAt(state: ParseState, k: number): string {
	const item = state.items[k];
	return item?.type === 'word' ? item.norm : '';
}

/** The values of text columns in view that write this season, one per column. */
function seasonValues(
	state: ParseState,
	start: string,
	end: string
): Array<{ column: ColumnInfo; value: string }> {
	const found: Array<{ column: ColumnInfo; value: string }> = [];
	for (const column of state.prepared.columns) {
		if (column.kind !== 'text') continue;
		const p = column.profile;
		const values = p?.values ?? p?.topValues.map((t) => String(t.value)) ?? [];
		const value = values.find((v) => isSeason(v, start, end));
		if (value !== undefined) found.push({ column, value });
	}
	return found;
}

/** The written season is these two years, each compared by as many digits as both give. */
function isSeason(written: string, start: string, end: string): boolean {
	const m = SEASON_VALUE.exec(written);
	if (!m) return false;
	const same = (a: string, b: string) => {
		const digits = Math.min(a.length, b.length);
		return a.slice(-digits) === b.slice(-digits);
	};
	return same(m[1], start) && same(m[2], end);
}
