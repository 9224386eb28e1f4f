/**
 * Quarters of a year: "the first quarter of 2015", "Q3 2014", "2013 Q2", "in the fourth quarter
 * of 2010". Read as the three months of that year (a date range), on a table with a time column;
 * "in Q4" without a year as those months of any year.
 */
import { addTimeFilter, dateOf, hasTimeColumn, isDataYear } from './parse-time';
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

/** "first quarter of 2015" at i (or "2015 Q1" with the year at i): a filter on those months. */
export function parseQuarter(state: ParseState, i: number): boolean {
	if (!hasTimeColumn(state)) return false;
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
