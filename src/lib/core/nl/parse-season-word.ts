/**
 * "total runs in the 2024 season", "matches won each season", "runs by competition and season"
 * of a table with dates and no column of seasons: a season is read as the calendar year its
 * dates fall in (a summer sport's season is), and the reading says so. Seasons written as two
 * years ("2023/24") are read by parse-season-years.ts; a column of seasons is matched before.
 */
import { note, tableInView, type ParseState } from './parse-state';
import { isYearNumber, setTimeGroup } from './parse-time';
import { timeColumn } from './planner-helpers';

const SEASON = new Set(['season', 'seasons']);
/** Words before "season" that ask for each one. */
const EACH = new Set(['each', 'every', 'per', 'by', 'and', 'a']);
/** A season taken for a calendar year is a guess the reading shows. */
const SEASON_AS_YEAR = 0.9;

export function parseSeasonWord(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || !SEASON.has(item.words.toLowerCase())) return false;
	const table = tableInView(state);
	if (!table || !timeColumn(table)) return false;
	const before = state.items[i - 1];
	const reason = `"${item.words}" read as a calendar year`;
	if (isYearNumber(before) && state.used[i - 1]) {
		// "the 2024 season": the year already read is the season
		state.used[i] = true;
		state.intent.factors.push({ reason, factor: SEASON_AS_YEAR });
		note(state, item.words, 'time', 'the calendar year said before it');
		return true;
	}
	const isEach = state.role === 'group' || EACH.has(before?.words.toLowerCase() ?? '');
	if (!isEach) return false;
	state.used[i] = true;
	state.intent.factors.push({ reason, factor: SEASON_AS_YEAR });
	setTimeGroup(state, 'year', item.words);
	return true;
}
