/**
 * Quarters of a year: "the first quarter of 2015", "Q3 2014", "2013 Q2", "in the fourth quarter
 * of 2010". Read as the three months of that year (a date range), on a table with a time column;
 * "in Q4" without a year as those months of any year. Seasons likewise: "summer 2023" is June to
 * August 2023, "in winter" December to February of any year.
 */
import { addTimeFilter, dateOf, hasTimeColumn, isDataYear, wordsOf } from './parse-time';
import type { ParseState } from './parse-state';
import type { Item } from './matcher';

const ORDINALS: Record<string, number> = {
	first: 1,
	'1st': 1,
	second: 2,
	'2nd': 2,
	third: 3,
	'3rd': 3,
	fourth: 4,
	'4th': 4
};

/** The quarter an item names by itself ("Q3") or with the next ("first quarter", "Q 3"). */
function quarterAt(state: ParseState, i: number): { quarter: number; end: number } | undefined {
	const item = state.items[i];
	const next = state.items[i + 1];
	const word = item?.words.toLowerCase().trim() ?? '';
	const glued = /^q([1-4])$/.exec(word);
	if (glued) return { quarter: Number(glued[1]), end: i + 1 };
	if (word === 'q' && next?.type === 'num' && [1, 2, 3, 4].includes(next.value)) {
		return { quarter: next.value, end: i + 2 };
	}
	const isQuarterNext = next?.type === 'grain' && next.grain === 'quarter';
	if (isQuarterNext && Object.hasOwn(ORDINALS, word))
		return { quarter: ORDINALS[word], end: i + 2 };
	return undefined;
}

function yearAt(state: ParseState, j: number): { year: number; end: number } | undefined {
	const item: Item | undefined = state.items[j];
	if (item?.type === 'word' && ['of', 'in'].includes(item.norm)) return yearAt(state, j + 1);
	if (item?.type === 'num' && isDataYear(state, item)) return { year: item.value, end: j + 1 };
	return undefined;
}

/** The seasons of the northern hemisphere by their first month; each spans three. */
const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * "summer 2023", "in the winter": a season said where the data names no such value (a column
 * of seasons keeps its values) is its three months; with a year, those of that year (winter
 * running into the next).
 */
function parseSeason(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const word = item?.words.toLowerCase().trim() ?? '';
	if (!item || !Object.hasOwn(SEASONS, word)) return false;
	if (item.type === 'ref' && item.cands.some((c) => !c.isLoose && !c.isRelated)) return false;
	if (item.type !== 'ref' && item.type !== 'word' && item.type !== 'grain') return false;
	const year = yearAt(state, i + 1);
	const before = state.items[i - 1]?.words.toLowerCase();
	// ("did sales fall", "spring onions": a verb or a noun, unless said as a time)
	const isSaidAsTime =
		year || ['in', 'the', 'during', 'over', 'this', 'last'].includes(before ?? '');
	if ((word === 'fall' || word === 'spring') && !isSaidAsTime) return false;
	const first = SEASONS[word];
	const end = year?.end ?? i + 1;
	const words = wordsOf(state, i, end);
	if (year) {
		const from = dateOf(year.year, first);
		const to = first === 12 ? dateOf(year.year + 1, 3) : dateOf(year.year, first + 3);
		addTimeFilter(
			state,
			{ op: 'between', part: 'date', values: [from, to], words },
			`${word} ${year.year} (${from} to ${to})`
		);
	} else {
		const months = [first, first + 1, first + 2].map((m) => ((m - 1) % 12) + 1);
		addTimeFilter(
			state,
			{ op: 'in', part: 'month', values: months, words },
			`${word}: months ${months.join(', ')} of any year`
		);
	}
	for (let k = i; k < end; k++) state.used[k] = true;
	return true;
}

/** "first quarter of 2015" at i (or "2015 Q1" with the year at i): a filter on those months. */
export function parseQuarter(state: ParseState, i: number): boolean {
	if (!hasTimeColumn(state)) return false;
	if (parseSeason(state, i)) return true;
	let quarter = quarterAt(state, i);
	let year: { year: number; end: number } | undefined;
	if (quarter) {
		year = yearAt(state, quarter.end);
	} else {
		// "2015 Q1"
		const item = state.items[i];
		if (item?.type !== 'num' || !isDataYear(state, item)) return false;
		quarter = quarterAt(state, i + 1);
		if (!quarter) return false;
		year = { year: item.value, end: i + 1 };
	}
	const first = (quarter.quarter - 1) * 3 + 1;
	if (!year) {
		// "in Q4": its three months, of any year
		const said = state.items
			.slice(i, quarter.end)
			.map((x) => x.words)
			.join(' ');
		const filter = { op: 'between' as const, part: 'month' as const, values: [first, first + 2] };
		addTimeFilter(state, { ...filter, words: said }, `quarter ${quarter.quarter} of any year`);
		for (let k = i; k < quarter.end; k++) state.used[k] = true;
		return true;
	}
	const end = Math.max(quarter.end, year.end);
	const words = state.items
		.slice(i, end)
		.map((x) => x.words)
		.join(' ');
	addTimeFilter(
		state,
		{
			op: 'between',
			part: 'date',
			values: [dateOf(year.year, first), dateOf(year.year, first + 3)],
			words
		},
		`quarter ${quarter.quarter} of ${year.year}`
	);
	for (let k = i; k < end; k++) state.used[k] = true;
	return true;
}
