/**
 * "average cost in pounds" of `cost_p`, "longest ride in minutes" of `duration_secs`: a unit
 * after "in" that the measured column holds in another unit of the same kind turns the answer
 * into it (pence to pounds ÷ 100, seconds to minutes ÷ 60, hours to minutes × 60).
 */
import type { ColumnInfo } from './lexicon';
import type { Measure } from './intent';
import { note, type ParseState } from './parse-state';
import { isCurrencyNamed } from './planner-helpers';
import { settleLengthAsked } from './length-asked';

type Dimension = 'money' | 'time';

interface Unit {
	dimension: Dimension;
	/** How many of the smallest unit of its kind one of it is. */
	size: number;
	/** Its name, for the reading. */
	name: string;
}

const PENCE: Unit = { dimension: 'money', size: 1, name: 'pence' };
const POUNDS: Unit = { dimension: 'money', size: 100, name: 'pounds' };
const SECONDS: Unit = { dimension: 'time', size: 1, name: 'seconds' };
const MINUTES: Unit = { dimension: 'time', size: 60, name: 'minutes' };
const HOURS: Unit = { dimension: 'time', size: 3600, name: 'hours' };
const DAYS: Unit = { dimension: 'time', size: 86400, name: 'days' };
const WEEKS: Unit = { dimension: 'time', size: 604800, name: 'weeks' };

/** Units a question names after "in", by the word's singular form or time grain. */
const ASKED: Record<string, Unit> = {
	penny: PENCE,
	pence: PENCE,
	pound: POUNDS,
	second: SECONDS,
	sec: SECONDS,
	minute: MINUTES,
	min: MINUTES,
	hour: HOURS,
	hr: HOURS,
	day: DAYS,
	week: WEEKS
};

/** Words of a column's name that say its unit. */
const NAMED: Record<string, Unit> = {
	pence: PENCE,
	p: PENCE,
	seconds: SECONDS,
	second: SECONDS,
	secs: SECONDS,
	sec: SECONDS,
	minutes: MINUTES,
	minute: MINUTES,
	mins: MINUTES,
	hours: HOURS,
	hour: HOURS,
	hrs: HOURS,
	hr: HOURS,
	days: DAYS
};

/** The units of the time between two dates Quarry derives. */
const BETWEEN_UNITS = { minute: MINUTES, hour: HOURS, day: DAYS, week: WEEKS };

/** The unit a number column holds, when its name (or how Quarry derives it) says one. */
function unitOf(column: ColumnInfo): Unit | undefined {
	if (column.kind !== 'number') return undefined;
	if (column.between) return BETWEEN_UNITS[column.between.unit];
	if (/£/.test(column.name) && isCurrencyNamed(column)) return POUNDS;
	// (a lone "p" ends a name only as pence: `cost_p`, `Price (p)`)
	const last = column.words.at(-1) ?? '';
	if (last === 'p') return column.words.length > 1 ? PENCE : undefined;
	const units = column.words.map((w) => NAMED[w]).filter((u) => u !== undefined);
	return units.length === 1 ? units[0] : undefined;
}

/**
 * True (the words placed and the measures scaled) when the item at i is a unit after "in"
 * that the measured columns hold in another unit of the same kind.
 */
export function parseUnitScale(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	if (prev?.type !== 'kw' || prev.kw !== 'in') return false;
	const word = item.type === 'word' ? item.norm : item.type === 'grain' ? item.grain : '';
	const asked = Object.hasOwn(ASKED, word) ? ASKED[word] : undefined;
	if (!asked) return false;
	const measured = state.intent.measures.filter((m) => isOfKind(m, asked));
	if (measured.length === 0) return false;
	state.used[i - 1] = true;
	state.used[i] = true;
	// ("in pounds" of `Cost (£)`: the unit the column is kept in)
	const scaled = measured.filter((m) => unitOf(m.column!)!.size !== asked.size);
	if (scaled.length === 0) return true;
	for (const m of scaled) {
		m.scale = unitOf(m.column!)!.size / asked.size;
		m.unitName = asked.name;
	}
	const from = unitOf(scaled[0].column!)!;
	note(state, `${prev.words} ${item.words}`, 'aggregate', `${from.name} turned into ${asked.name}`);
	return true;
}

/** A measure of an amount of a column kept in a unit of the asked unit's kind. */
function isOfKind(m: Measure, asked: Unit): boolean {
	if (!m.column || m.share || m.having || m.agg === 'count' || m.agg === 'count_distinct')
		return false;
	return unitOf(m.column)?.dimension === asked.dimension;
}

/**
 * "how much did charging cost us in 2024, in pounds": a unit left unplaced because the amount
 * was read only at the end (the takings of "how much … cost") is read against it then; so is
 * a unit the question counts in ("how many hours of padel", `length-asked.ts`).
 */
export function settleLateUnit(state: ParseState): void {
	const intent = state.intent;
	state.items.forEach((item, i) => {
		const isUnplaced = intent.unknown.some((u) => u.words === item.words);
		if (!isUnplaced || !parseUnitScale(state, i)) return;
		intent.unknown = intent.unknown.filter((u) => u.words !== item.words);
	});
	settleLengthAsked(state);
	poundsOfPence(state);
}

/**
 * "how much came in on card", "how much have we refunded" of `card_p`, `refund_p`: money asked
 * "how much" of a column kept in pence is answered in pounds, as people count it.
 */
function poundsOfPence(state: ParseState): void {
	const [how, much] = state.items;
	const isHowMuch = how?.words.toLowerCase() === 'how' && much?.words.toLowerCase() === 'much';
	if (!isHowMuch) return;
	for (const m of state.intent.measures) {
		if (m.scale !== undefined || !m.column || m.share || m.agg === 'count') continue;
		if (m.agg === 'count_distinct' || unitOf(m.column) !== PENCE) continue;
		m.scale = PENCE.size / POUNDS.size;
		m.unitName = POUNDS.name;
		note(state, m.words, 'aggregate', `pence of "${m.column.name}" turned into pounds`);
	}
}
