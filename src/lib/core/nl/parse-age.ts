/**
 * Ages said as bounds: "65 or older", "18 and over", "under 30", "patients over 50". The words
 * imply the age column when the data has exactly one; the bound becomes a filter on it.
 */
import { dimensionColumn } from './dimensions';
import { note, type ParseState } from './parse-state';
import { normalizeWord } from './text';
import { weightColumn } from './weights';
import type { ColumnInfo } from './lexicon';
import { namesRowsOfIdentifier } from './planner-helpers';
import { isLengthOfTime } from './parse-duration-bound';

const UP_WORDS = new Set(['older', 'over', 'above', 'more']);
const DOWN_WORDS = new Set(['younger', 'under', 'below', 'less']);

function textOf(state: ParseState, i: number): string | undefined {
	const item = state.items[i];
	return item && (item.type === 'word' || item.type === 'kw')
		? item.words.toLowerCase()
		: undefined;
}

/** Column names that count persons: "people under 20" bounds their age, not their number. */
const PERSON_COUNTS = new Set(['people', 'persons', 'person', 'headcount']);

/**
 * Whether the item right before i is a numeric column ("weight over 50" is not an age). A
 * column counting persons is not: "people under 20" speaks of the persons' age.
 */
function followsNumericColumn(state: ParseState, i: number): boolean {
	const prev = state.items[i - 1];
	return (
		prev?.type === 'ref' &&
		prev.cands.some(
			(c) =>
				c.target.kind === 'column' &&
				c.target.column.kind === 'number' &&
				// ("members under 25": a member's number is compared with nothing)
				!namesRowsOfIdentifier(prev.words, c.target.column) &&
				!(
					c.target.column.content.length === 1 &&
					PERSON_COUNTS.has(c.target.column.content[0]) &&
					weightColumn(c.target.column.table) === c.target.column
				)
		)
	);
}

/** The one age column of the tables in view (or, with none in view, of all tables). */
function ageColumn(state: ParseState) {
	const preferred = [...state.preferredTables];
	return dimensionColumn('older', preferred, preferred.length > 0 ? [] : state.prepared.tables);
}

/** People named by their stage of life, as bounds on their age (an adult is 18 or over). */
const LIFE_STAGES: Record<string, { op: 'lt' | 'gte' | 'between'; values: number[] }> = {
	child: { op: 'lt', values: [18] },
	kid: { op: 'lt', values: [18] },
	minor: { op: 'lt', values: [18] },
	adult: { op: 'gte', values: [18] },
	teenager: { op: 'between', values: [13, 19] },
	teen: { op: 'between', values: [13, 19] },
	senior: { op: 'gte', values: [65] },
	pensioner: { op: 'gte', values: [65] },
	retiree: { op: 'gte', values: [65] }
};

/**
 * "appointments for children", "how many adults": with one age column, and no column or value
 * named so, a stage of life is a bound on the age, said in the reading.
 */
function parseLifeStage(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const isNamed =
		item.type === 'ref' &&
		item.cands.some((c) => c.target.kind === 'column' || c.target.kind === 'value');
	if ((item.type !== 'word' && item.type !== 'ref') || isNamed) return false;
	const words = item.words.toLowerCase().trim();
	const key = words === 'children' ? 'child' : normalizeWord(words);
	const stage = Object.hasOwn(LIFE_STAGES, key) ? LIFE_STAGES[key] : undefined;
	if (!stage) return false;
	const column = ageColumn(state);
	if (!column) return false;
	state.used[i] = true;
	state.intent.filters.push({ column, op: stage.op, values: stage.values, words: item.words });
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	const [low, high] = stage.values;
	const bound =
		stage.op === 'between'
			? `between ${low} and ${high}`
			: `${stage.op === 'lt' ? '<' : '>='} ${low}`;
	note(state, item.words, 'filter', `"${column.name}" ${bound}`);
	return true;
}

/** Reads an age bound starting at i. Returns true when applied. */
export function parseAgeBound(state: ParseState, i: number): boolean {
	if (parseLifeStage(state, i)) return true;
	const item = state.items[i];
	let n: number | undefined;
	let dir: 'gte' | 'lte' | 'gt' | 'lt' | undefined;
	let end = i;
	const word = textOf(state, i);
	if (item.type === 'num') {
		const link = textOf(state, i + 1);
		const side = textOf(state, i + 2);
		if ((link === 'or' || link === 'and') && side) {
			if (UP_WORDS.has(side)) dir = 'gte';
			else if (DOWN_WORDS.has(side)) dir = 'lte';
			n = item.value;
			end = i + 2;
		}
	} else if (word && (word === 'over' || word === 'under') && !followsNumericColumn(state, i)) {
		const num = state.items[i + 1];
		if (num?.type === 'num') {
			n = num.value;
			dir = word === 'over' ? 'gt' : 'lt';
			end = i + 1;
			// ("the over 65s": those aged 65 and over, as "the under 18s" are those under 18)
			if (textOf(state, i + 2) === 's') {
				dir = word === 'over' ? 'gte' : 'lt';
				end = i + 2;
			}
		}
	}
	if (n === undefined || !dir || n < 0 || n > 130) return false;
	// ("attendance under 85%": a share, never an age)
	const num = state.items[item.type === 'num' ? i : i + 1];
	const unit = state.items[item.type === 'num' ? i + 1 : i + 2];
	if (num?.words.trim().endsWith('%') || (unit?.type === 'kw' && unit.kw === 'percent'))
		return false;
	// ("over 4 hours" is a length of time)
	if (isLengthOfTime(state.items[end + 1]?.words)) return false;
	// "over 40 years old": the unit and the adjective belong to the bound
	if (/^years?$/i.test(state.items[end + 1]?.words ?? '')) end += 1;
	if (state.items[end + 1]?.words.toLowerCase() === 'old') end += 1;
	// "6 or more cylinders", "over 50 points": the bound is on the column named after it
	const after = state.items[end + 1];
	if (after?.type === 'ref' && after.cands[0].target.kind === 'column') return false;
	const column = ageColumn(state);
	if (!column) return parseAgeBand(state, i, end, dir, n);
	const words = state.items
		.slice(i, end + 1)
		.map((x) => x.words)
		.join(' ')
		.replace(/(\d) s$/, '$1s');
	for (let k = i; k <= end; k++) state.used[k] = true;
	state.intent.filters.push({ column, op: dir, values: [n], words });
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	const symbol = { gte: '>=', lte: '<=', gt: '>', lt: '<' }[dir];
	note(state, words, 'filter', `"${column.name}" ${symbol} ${n}`);
	return true;
}

/**
 * "shifts done by over 65s" of an `ageBand` holding '18-34', '35-64', '65+': with no number
 * age, a bound picks the bands that lie wholly on its side. A band the bound cuts through
 * leaves the question unanswered here.
 */
function parseAgeBand(
	state: ParseState,
	i: number,
	end: number,
	dir: 'gte' | 'lte' | 'gt' | 'lt',
	n: number
): boolean {
	const bands = bandColumn(state);
	if (!bands) return false;
	const isUp = dir === 'gt' || dir === 'gte';
	const picked: string[] = [];
	for (const { value, low, high } of bands.ranges) {
		// ("over 65" of '65+': the band of 65 and over)
		if (isUp ? low >= n : high <= n) picked.push(value);
		else if (isUp ? high > n : low < n) return false;
	}
	if (picked.length === 0) return false;
	const words = state.items
		.slice(i, end + 1)
		.map((x) => x.words)
		.join(' ');
	for (let k = i; k <= end; k++) state.used[k] = true;
	// ("over 65s": the plural's letter after the number)
	const next = state.items[end + 1];
	if (next?.type === 'word' && next.norm === 's') state.used[end + 1] = true;
	const column = bands.column;
	state.intent.filters.push({ column, op: 'in', values: picked, words });
	if (!state.intent.tables.includes(column.table)) state.intent.tables.push(column.table);
	note(
		state,
		words,
		'filter',
		`"${column.name}" is one of ${picked.map((v) => `'${v}'`).join(', ')}`
	);
	return true;
}

interface AgeBands {
	column: ColumnInfo;
	ranges: Array<{ value: string; low: number; high: number }>;
}

/** The one text column of the tables in view named for age whose values are all age ranges. */
function bandColumn(state: ParseState): AgeBands | undefined {
	const tables =
		state.preferredTables.size > 0 ? [...state.preferredTables] : state.prepared.tables;
	const found: AgeBands[] = [];
	for (const column of tables.flatMap((t) => t.columns)) {
		if (column.kind !== 'text' || !column.words.some((w) => w === 'age')) continue;
		const values = (column.profile?.topValues ?? []).map((t) => String(t.value));
		if (values.length < 2 || values.length < (column.profile?.distinctCount ?? 0)) continue;
		const ranges = values.map((value) => ({ value, ...rangeOf(value) }));
		if (ranges.every((r) => r.low !== undefined && r.high !== undefined)) {
			found.push({ column, ranges: ranges as AgeBands['ranges'] });
		}
	}
	return found.length === 1 ? found[0] : undefined;
}

/** '35-49' → 35 to 49 (up to 50), '65+' → 65 and over; else nothing. */
function rangeOf(value: string): { low?: number; high?: number } {
	const span = /^\s*(\d{1,3})\s*[-–to]+\s*(\d{1,3})\s*$/.exec(value);
	if (span) return { low: Number(span[1]), high: Number(span[2]) + 1 };
	const open = /^\s*(\d{1,3})\s*(\+|and over|or over|plus)\s*$/i.exec(value);
	if (open) return { low: Number(open[1]), high: Infinity };
	const under = /^\s*(under|<)\s*(\d{1,3})\s*$/i.exec(value);
	if (under) return { low: 0, high: Number(under[2]) };
	return {};
}
