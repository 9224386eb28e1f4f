/**
 * "average daily revenue", "highest monthly sales", "average births per month": a time unit next
 * to an aggregate of an amount. Over rows finer than that unit (each pizza's sales of a day, the
 * days of a month), the amount is totalled per unit first and the aggregate is taken over those
 * totals. Over rows that already are such units the aggregate is over the rows. A measurement (a
 * temperature, a price) is never totalled: its figure over the units is its figure over the rows.
 */
import type { Aggregate, Measure } from './intent';
import type { ColumnInfo, TableInfo } from './lexicon';
import { addMeasure } from './parse-refs';
import { note, UNPLACED_WORD_PENALTY, type ParseState } from './parse-state';
import { setTimeGroup } from './parse-time';
import { impliedAggregate, timeColumn } from './planner-helpers';
import { UNIT_DAYS } from './parse-days';
import { oneUnitAt } from './single-unit';
import { UNIT_ADJECTIVES, type Grain } from './vocabulary';

/** Aggregates that can be taken over per-unit totals. */
const OVER_UNITS: Partial<Record<string, string>> = {
	avg: 'average',
	median: 'median',
	min: 'lowest',
	max: 'highest'
};
/** Days a unit spans (the longer ones as parse-days counts them). */
const DAYS_OF_UNIT: Partial<Record<Grain, number>> = { day: 1, ...UNIT_DAYS };
/** Rows per unit past which rows are finer than the unit (distinct counts are estimates). */
const FINER = 1.2;

type Unit = { grain: Grain; words: string };

export function settleUnitTotals(state: ParseState): void {
	const intent = state.intent;
	const adjective = state.unitWord;
	const unit = adjective ?? perUnitGrain(state);
	if (!unit) return;
	const measures = intent.measures;
	if (state.unitCountAgg) return settleCountPerUnit(state, unit, adjective === undefined);
	if (adjective?.isSingle) extremeOfUnits(state);
	const isOverUnits =
		intent.mode === 'aggregate' &&
		measures.length > 0 &&
		measures.every((m) => isOverUnitsMeasure(m));
	if (!isOverUnits) {
		if (!adjective) return;
		// "total monthly revenue": the totals of each month
		if (intent.mode === 'aggregate' && measures.every((m) => m.agg === 'sum')) {
			if (!intent.timeGrain) return setTimeGroup(state, unit.grain, unit.words);
		}
		intent.unknown.push({ words: unit.words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	const column = measures[0].column!;
	const time =
		intent.timeColumn?.table === column.table ? intent.timeColumn : timeColumn(column.table);
	const shape = time && rowsAgainstUnits(time, unit.grain);
	const isAdditive = measures.every((m) => isTotalled(m.column!, time));
	const isOtherGrain = !adjective || intent.timeGrain?.grain !== unit.grain;
	if (shape === 'finer' && isAdditive && isOtherGrain) {
		totalPerUnit(state, unit, adjective === undefined);
		return;
	}
	if (!adjective) return; // "average temperature per month" stays a group
	if (shape === 'units') note(state, unit.words, 'time', `each row is a ${unit.grain}`);
	else if (shape === 'finer' && !isAdditive && (unit.grain === 'day' || !isAmount(measures)))
		note(state, unit.words, 'time', 'over all rows');
	// "highest yearly average temperature" of a table with no time: the figures are as it gives them
	else if (!time) note(state, unit.words, 'time', 'as the table gives it');
	else intent.unknown.push({ words: unit.words, penalty: UNPLACED_WORD_PENALTY });
}

/** Amounts that add up (rainfall at several places a day is not totalled across them). */
function isAmount(measures: Measure[]): boolean {
	return measures.some((m) => impliedAggregate(m.column!) === 'sum');
}

/**
 * "average number of flights per day": an aggregate with no column of its own beside a count of
 * rows and a unit of time is taken over the counts of the units (settleCountPerUnit).
 */
export function isCountPerUnit(state: ParseState, pending: { agg: Aggregate; words: string }) {
	const intent = state.intent;
	if (!OVER_UNITS[pending.agg] || (!state.unitWord && !perUnitGrain(state))) return false;
	const table = intent.tables[0];
	if (intent.measures.length === 0 && table && intent.tables.length === 1) {
		// "average number of flights per day": the table's rows are what is counted
		addMeasure(state, { agg: 'count', table, words: wordsNaming(state, table) });
	}
	const measures = intent.measures;
	if (measures.length !== 1 || measures[0].agg !== 'count' || measures[0].column) return false;
	state.unitCountAgg = { agg: pending.agg, words: pending.words };
	return true;
}

/** The words of the question that named a table (its noun), or its name. */
function wordsNaming(state: ParseState, table: TableInfo): string {
	const item = state.items.find(
		(x) =>
			x.type === 'ref' && x.cands[0]?.target.kind === 'table' && x.cands[0].target.table === table
	);
	return item?.words ?? table.humanName;
}

function settleCountPerUnit(state: ParseState, unit: Unit, isGroupWord: boolean): void {
	const intent = state.intent;
	const ofCounts = state.unitCountAgg!;
	const [measure] = intent.measures;
	// the rows may carry counts of their own (weights.ts): then those are totalled
	const isCounted =
		intent.measures.length === 1 &&
		((measure.agg === 'count' && !measure.column) || (measure.agg === 'sum' && measure.column));
	const table = measure.column?.table ?? measure.table ?? intent.tables[0];
	const time = table && timeColumn(table);
	if (intent.mode !== 'aggregate' || !isCounted || !time) {
		intent.unknown.push({ words: ofCounts.words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	if (rowsAgainstUnits(time, unit.grain) !== 'finer') {
		// a row a day counts one a day: "the average number per day" is no question of these rows
		intent.unknown.push({ words: ofCounts.words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	totalPerUnit(state, unit, isGroupWord);
	intent.perUnit = { ...unit, ofCounts };
	const adjective = UNIT_ADJECTIVES[unit.grain] ?? unit.grain;
	const item = intent.interpretation.find(
		(x) => x.kind === 'aggregate' && x.words === measure.words
	);
	if (item) item.meaning = `${OVER_UNITS[ofCounts.agg]} of the ${adjective} ${item.meaning}`;
	note(state, ofCounts.words, 'aggregate', `${OVER_UNITS[ofCounts.agg]} over the ${unit.grain}s`);
}

function isOverUnitsMeasure(m: Measure): boolean {
	return (
		OVER_UNITS[m.agg] !== undefined &&
		m.column !== undefined &&
		m.column.kind === 'number' &&
		!m.metric &&
		!m.share &&
		!m.having &&
		(m.shareFilters ?? []).length === 0
	);
}

/**
 * Rainfall at a place adds up over days, not over places: with several rows a date (one a city)
 * a day's total of it would add the cities.
 */
const PLACE_AMOUNTS = new Set(['precipitation', 'rain', 'rainfall', 'snow', 'snowfall']);

/** Whether the amounts of the rows of one unit add up to the unit's amount. */
function isTotalled(column: ColumnInfo, time: ColumnInfo | undefined): boolean {
	if (impliedAggregate(column) !== 'sum') return false;
	if (!column.words.some((w) => PLACE_AMOUNTS.has(w))) return true;
	const rows = column.table.rowCount ?? 0;
	const dates = time?.profile?.distinctCount ?? 0;
	return time?.kind === 'date' && dates > 0 && rows <= FINER * dates;
}

/** "average births per month": the grouping by a unit right after "per" or "a". */
function perUnitGrain(state: ParseState): Unit | undefined {
	const grain = state.intent.timeGrain;
	if (!grain || state.intent.groups.length > 0 || state.intent.order) return undefined;
	const at = state.items.findIndex((x) => x.type === 'grain' && x.words === grain.words);
	const before = state.items[at - 1];
	// ("average eggs a day", "median hours worked in a day": one unit, as "per day")
	const one = oneUnitAt(state, at);
	if (one !== undefined && before?.type !== 'kw') {
		const said = state.items.slice(one, at + 1).map((x) => x.words);
		return { grain: grain.grain, words: said.join(' ') };
	}
	if (before?.type !== 'kw' || !/^(per|a)$/i.test(before.words)) return undefined;
	return { grain: grain.grain, words: `${before.words} ${grain.words}` };
}

/** The measures totalled per unit, then aggregated over the units. */
function totalPerUnit(state: ParseState, unit: Unit, isGroupWord: boolean): void {
	const intent = state.intent;
	if (isGroupWord) {
		const grain = intent.timeGrain!;
		intent.timeGrain = undefined;
		intent.interpretation = intent.interpretation.filter(
			(x) => !(x.kind === 'group' && x.words === grain.words)
		);
	}
	intent.perUnit = unit;
	const adjective = UNIT_ADJECTIVES[unit.grain] ?? unit.grain;
	for (const m of intent.measures) {
		if (!m.column || state.unitCountAgg) continue;
		const item = intent.interpretation.find((x) => x.kind === 'aggregate' && x.words === m.words);
		if (item)
			item.meaning = `${OVER_UNITS[m.agg]} of the ${adjective} totals of "${m.column!.name}"`;
	}
	note(state, unit.words, 'time', `totalled per ${unit.grain} first`);
}

/**
 * Whether the table's rows are finer than the unit (several rows a unit), the units themselves,
 * or coarser; undefined when the time column cannot tell.
 */
function rowsAgainstUnits(
	time: ColumnInfo,
	grain: Grain
): 'finer' | 'units' | 'coarser' | undefined {
	const rows = time.table.rowCount ?? 0;
	const distinct = time.profile?.distinctCount ?? 0;
	if (rows === 0 || distinct === 0) return undefined;
	let units: number;
	if (time.kind === 'year') {
		if (grain !== 'year') return undefined;
		units = distinct;
	} else if (time.kind === 'date') {
		const per = DAYS_OF_UNIT[grain];
		if (!per) return undefined;
		const [from, to] = [time.profile?.min, time.profile?.max].map((v) => Date.parse(String(v)));
		const span = Number.isNaN(from) || Number.isNaN(to) ? Infinity : (to - from) / 86_400_000;
		units = Math.min(distinct, span / per + 1);
		if (!Number.isFinite(units)) return undefined;
	} else return undefined;
	if (rows > FINER * units) return 'finer';
	return rows * FINER >= units ? 'units' : 'coarser';
}

/**
 * "the most bags filled in one day", "fewest births in a single day": a total ranked and said
 * of one unit of time is the highest (lowest) of the units' totals, as "highest daily total".
 */
function extremeOfUnits(state: ParseState): void {
	const intent = state.intent;
	const [measure] = intent.measures;
	const order = intent.order;
	if (intent.measures.length !== 1 || measure.agg !== 'sum' || order?.measure !== 0) return;
	if (intent.groups.length > 0 || intent.timeGrain) return;
	measure.agg = order.dir === 'desc' ? 'max' : 'min';
	intent.order = undefined;
	intent.limit = undefined;
	const item = intent.interpretation.find(
		(x) => x.kind === 'aggregate' && x.words === measure.words
	);
	if (item)
		item.meaning = item.meaning.replace(/^sum of/, measure.agg === 'max' ? 'highest' : 'lowest');
}
