/**
 * After the walk: settle what is still pending (a lone "how many", a share, the "which" subject,
 * loose columns, ranking) and decide the mode.
 */
import { countedPerGroup } from './per-group-count';
import { settlePolarity } from './parse-polarity';
import { aggregateInName, settleShare, totalOfShares } from './parse-share';
import { isSizeWord, settleSuperlativeRef } from './parse-superlative';
import { dropFixedColumns, settleListing } from './parse-listing';
import { saysTakings } from './money-column';
import { countRowsOfOneValue, periodCountInTime } from './parse-count-checks';
import { countedRowsNamedByNumber, ownersOfRows, readIdentifierAsRows } from './parse-records';
import { settleRate, settleRowDays } from './parse-rate';
import { settleUnitTotals } from './parse-unit-totals';
import { settleLatestValue } from './parse-latest';
import { settleChange, settleCompare } from './parse-change';
import { firstInTime, orderInTime, showFirstInTime, timeEndsSaid } from './parse-first';
import { settlePendingAggregate } from './parse-pending';
import { rankByColumnBefore } from './parse-top';
import {
	settleAmbiguity,
	settleWordsAsked,
	settleEmptyRanking,
	settlePinnedGroups,
	totalAcrossGroups
} from './parse-guards';
import { addMeasure } from './parse-refs';
import {
	latestInTime,
	settleWhichTable,
	rankThingsByTotal,
	rankByDimension,
	settleTopPerGroup,
	sortByNumberGroup,
	rankRowsNotAggregate
} from './parse-rank';
import {
	addGroup,
	isNumberedKinds,
	note,
	UNPLACED_WORD_PENALTY,
	type ParseState
} from './parse-state';
import { settleDoneRows } from './done-rows';
import { impliedAggregate, isNumberedThing, isRowNumber, labelColumn } from './planner-helpers';
import { settleWhen } from './parse-when';
import { settleDistinctCounts } from './parse-typed-things';
import { settleHaveColumn } from './parse-text';
import { namedFilterOf } from './value-side';
import type { ColumnInfo } from './lexicon';
import { isSaidPlural, normalizeWord } from './text';
import { weighCounts, weightColumn } from './weights';
import { rankGroupsByAverageScore } from './parse-scores';
import {
	asksHowMuch,
	isCountedInTime,
	isCountedThings,
	totalAskedHowMuch,
	isHavingSubject,
	settleEachValue,
	settleHavingGroups,
	mergeSameColumnValues,
	settleEachCompared,
	trendOfNamedColumn,
	isVersus
} from './parse-counted';
import { takingsAskedHowMuch } from './parse-takings';
import { settleLateUnit } from './unit-scale';
import { isDoneDate, isEventDateVerb } from './parse-activity';

export function finishIntent(state: ParseState): void {
	const intent = state.intent;
	for (const joined of state.joinedAggs ?? []) {
		// "max and min" with no column both apply to: one of them would be dropped
		intent.unknown.push({ words: joined.words, penalty: UNPLACED_WORD_PENALTY });
	}
	settlePendingAggregate(state);
	if (intent.refusal) return;
	settleSuperlativeRef(state);
	latestInTime(state);
	settleWhich(state);
	settleLoose(state);
	settleChange(state);
	// (before the share takes its part: "poor or dead" is one part)
	mergeSameColumnValues(state);
	settleShare(state);
	totalOfShares(state);
	settleRank(state);
	rankGroupsByAverageScore(state);
	rankRowsNotAggregate(state);
	rankThingsByTotal(state);
	settlePolarity(state);
	sortByNumberGroup(state);
	settleHavingGroups(state);
	settleEachValue(state);
	settleEachCompared(state);
	settleLatestValue(state);
	settleTopPerGroup(state);
	settleMode(state);
	orderInTime(state);
	for (const settle of [settleEmptyRanking, totalAcrossGroups, settleWhen])
		if (!intent.refusal) settle(state);
	countRowsOfOneValue(state);
	periodCountInTime(state);
	if (!intent.refusal) weighCounts(state);
	if (!intent.refusal) settleDistinctCounts(state);
	if (!intent.refusal) settleUnitTotals(state);
	settleRowDays(state);
	settleDoneRows(state);
	settleRate(state);
	if (!intent.refusal) settleListing(state);
	settleCompare(state);
	settleWordsAsked(state);
	settlePinnedGroups(state);
	// ("how much has alex spent compared to sam", "plasma vs blood each year": read only by now)
	const isAsked = intent.measures.some((m) => /\bhow much\b/i.test(m.words));
	if (!intent.refusal && (isAsked || intent.timeGrain)) settleEachCompared(state);
	settleAmbiguity(state);
}

function settleWhich(state: ParseState): void {
	const which = state.which;
	const intent = state.intent;
	if (which?.target?.kind === 'table') {
		settleWhichTable(state, which.target.table, which.words);
		return;
	}
	if (!which || which.target?.kind !== 'column') return;
	const column = which.target.column;
	const isRanked = state.rank !== undefined || intent.measures.length > 0;
	// ("which mote" of a numeric `mote_id` names motes; other numbers are amounts)
	const isThing = isNumberedThing(column) || isNumberedKinds(column, which.words, true);
	if (!isRanked || (column.kind === 'number' && !isThing)) return;
	const loose = state.loose.find((l) => l.column === column);
	if (loose) state.loose = state.loose.filter((l) => l !== loose);
	addGroup(state, column, which.words);
}

/**
 * "which stock had the highest average price": an aggregate asked for by name ranks the things
 * the table's rows are about, so group by the column that names them. Without one ("which car
 * is the heaviest") the rows themselves are ranked.
 */
function settleLoose(state: ParseState): void {
	const intent = state.intent;
	for (const loose of state.loose) {
		const { column, words } = loose;
		const valueFilter = namedFilterOf(state, column, loose.index);
		if (valueFilter) {
			// "countries whose status is not assigned": the word names the condition's column
			// ("paid by card" of `payment_method`: the value it holds confirms a loose reading)
			intent.factors = intent.factors.filter((f) => f.reason !== `"${words}" matched loosely`);
			note(state, words, 'column', `the column of "${valueFilter.words}"`);
			continue;
		}
		if (settleHaveColumn(state, loose) || ownersOfRows(state, loose)) continue;
		if (isEventDateVerb(state, loose) || isDoneDate(state, loose)) continue;
		if (isUsed(intent, column) && column.words.includes(normalizeWord(words))) {
			// "which film sold the most tickets": the column is named twice
			note(state, words, 'column', `"${column.name}" again`);
			continue;
		}
		if (intent.mode === 'distribution' && !intent.subject) {
			intent.subject = column;
			note(state, words, 'column', `"${column.name}"`);
		} else if (isHavingSubject(state, column)) {
			// "neighborhoods with at least 3 victims": the groups the count condition is about
			addGroup(state, column, words);
		} else if (
			column.kind === 'number' &&
			isRowNumber(column) &&
			intent.measures.length === 0 &&
			(intent.groups.length > 0 || intent.timeGrain)
		) {
			// "readings by mote" with a running `reading` number: the rows are counted
			addMeasure(state, { agg: 'count', table: column.table, words, isRows: true });
		} else if (
			column.kind === 'number' &&
			intent.measures.length === 0 &&
			(intent.groups.length > 0 ||
				intent.timeGrain ||
				intent.mode === 'trend' ||
				state.rank?.entity?.kind === 'column' ||
				isVersus(intent) ||
				(!!column.owed && !state.isDistinctList && intent.select.length === 0))
		) {
			// A count of things per row adds up; numbers naming things (`play_id`) count; others average
			const isWeight = weightColumn(column.table) === column;
			const isId = !isWeight && (isNumberedThing(column) || isRowNumber(column));
			// ("revenue by walker" of a `Price (£)` each walk was charged: the money taken adds up)
			const isTakings = isWeight || saysTakings(words);
			const agg = isTakings ? 'sum' : isId ? 'count_distinct' : impliedAggregate(column);
			intent.factors.push({
				reason: `no aggregate named for "${column.name}"; using ${agg}`,
				factor: isWeight ? 0.95 : 0.85
			});
			addMeasure(state, { agg, column, words, isImplied: true });
		} else if (aggregateInName(state, column, words)) {
			// "total disbursements" of `Total_Disbursements`: the word still asks for a total
		} else if (state.isDistinctList || intent.measures.length === 0) {
			if (!intent.select.includes(column)) intent.select.push(column);
			note(state, words, 'column', `show "${column.name}"`);
		} else {
			intent.unknown.push({ words, penalty: UNPLACED_WORD_PENALTY });
		}
	}
	state.loose = [];
}

function settleRank(state: ParseState): void {
	const rank = state.rank;
	const intent = state.intent;
	const hasKeys = intent.groups.length > 0 || intent.timeGrain !== undefined;
	const dir = timeEndsSaid(state) ? undefined : state.sortDir;
	if (!rank && !intent.order && dir && hasKeys && intent.measures.length > 0) {
		// "average weight per origin, highest first": sort the groups by the measure.
		intent.order = { measure: 0, dir, words: dir };
		note(state, dir, 'order', dir === 'desc' ? 'highest first' : 'lowest first');
	}
	if (!rank) return;
	const entity = rank.entity?.kind === 'table' ? rank.entity.table : undefined;
	const isOtherTable = intent.measures.some(
		(m) => (m.column?.table ?? m.table) && (m.column?.table ?? m.table) !== entity
	);
	if (entity && isOtherTable && intent.groups.length === 0) {
		// "top 5 airports by number of flights": rank the named things by a measure of another table
		const label = labelColumn(entity);
		if (label) addGroup(state, label, rank.words);
	}
	showFirstInTime(state);
	const hasGroups = intent.groups.length > 0 || intent.timeGrain !== undefined;
	const isDimension = state.orderAgg === 'max' || state.orderAgg === 'min';
	if (!intent.order && hasGroups && isDimension && intent.measures.length === 0) {
		// "the 5 countries with the shortest men": the adjective names the column to rank by
		const isRanked = rankByDimension(state, rank.words, rank.dir);
		// "which instructor is the friendliest": an adjective no column measures counts nothing
		if (!isRanked && !isSizeWord(rank.words)) {
			intent.refusal = {
				reason: `No column says what "${rank.words}" measures here.`,
				suggestions: ['Name the column to rank by, e.g. "which <column> has the highest <column>".']
			};
			return;
		}
	}
	if (!intent.order) {
		if (
			state.orderAgg === 'most' ||
			state.orderAgg === 'least' ||
			(hasGroups && intent.measures.length === 0)
		) {
			if (intent.measures.length === 0)
				addMeasure(state, { agg: 'count', table: intent.tables[0], words: rank.words });
		}
		if (intent.measures.length > 0 && hasGroups) {
			intent.order = { measure: 0, dir: rank.dir, words: rank.words };
		} else if (rankByDimension(state, rank.words, rank.dir)) {
			// "which car is the heaviest"
		} else if (state.orderAgg === 'max' || state.orderAgg === 'min') {
			intent.refusal = {
				reason: `"${rank.words}" of what? No column followed.`,
				suggestions: ['e.g. "the 3 rows with the highest <column>"']
			};
			return;
		}
	}
	if (!intent.order && !hasGroups) firstInTime(state);
	if (!intent.order && !hasGroups) rankByColumnBefore(state);
	if (!intent.order && !hasGroups) {
		// "which monarch started last": nothing to rank by would list rows in storage order
		intent.refusal = {
			reason: `"${rank.words}" by what? No column says how to rank the rows.`,
			suggestions: ['Name the column to rank by, e.g. "the 3 rows with the highest <column>".']
		};
		return;
	}
	const whichKind = state.which?.target?.kind;
	if (
		rank.limit === undefined &&
		!rank.isAll &&
		state.which &&
		(hasGroups || whichKind === 'table')
	) {
		rank.limit = isSaidPlural(state.which.words) && whichKind === 'table' ? undefined : 1;
	}
	if (rank.limit !== undefined) {
		intent.limit = rank.limit;
		note(state, rank.words, 'limit', `first ${rank.limit}`);
	}
}

function settleMode(state: ParseState): void {
	const intent = state.intent;
	if (intent.mode === 'distribution') {
		if (!intent.subject && intent.groups.length > 0) intent.subject = intent.groups.shift()!.column;
		if (!intent.subject && intent.select.length > 0) intent.subject = intent.select.shift();
		if (!intent.subject) {
			intent.refusal = {
				reason: 'A distribution of which column?',
				suggestions: ['e.g. "distribution of <column>"']
			};
		}
		return;
	}
	if (intent.mode === 'trend') {
		if (intent.measures.length === 0) {
			const numeric = intent.select.find((c) => c.kind === 'number');
			if (numeric) {
				intent.select = intent.select.filter((c) => c !== numeric);
				addMeasure(state, {
					agg: weightColumn(numeric.table) === numeric ? 'sum' : impliedAggregate(numeric),
					column: numeric,
					words: numeric.name,
					isImplied: true
				});
			} else if (!trendOfNamedColumn(state)) {
				addMeasure(state, { agg: 'count', table: intent.tables[0], words: 'trend' });
			}
		}
		return;
	}
	totalAskedHowMuch(state);
	takingsAskedHowMuch(state);
	settleLateUnit(state);
	const hasAggregation =
		intent.measures.length > 0 || intent.groups.length > 0 || intent.timeGrain !== undefined;
	if (hasAggregation) {
		intent.mode = 'aggregate';
		countedPerGroup(state);
		if (intent.measures.length === 0) {
			const missing = intent.unknown.filter((u) => u.penalty >= 0.35).map((u) => u.words);
			if (missing.length > 0 && intent.tables.length === 0) {
				intent.refusal = {
					reason: `No column or metric matches "${missing.join(' ')}".`,
					suggestions: ['Name a numeric column, or define it as a metric in a context.']
				};
				return;
			}
			addMeasure(state, { agg: 'count', table: intent.tables[0], words: 'count' });
		}
		// ("how many different drivers have driven": the column counted, said again)
		for (const c of intent.select) {
			if (!intent.measures.some((m) => m.agg === 'count_distinct' && m.column === c)) continue;
			intent.select = intent.select.filter((x) => x !== c);
			const shown = intent.interpretation.find((x) => x.meaning === `show "${c.name}"`);
			if (shown) shown.meaning = `"${c.name}" again, which is counted`;
		}
		countedRowsNamedByNumber(state);
		if (intent.select.length > 0) {
			for (const column of intent.select) addGroup(state, column, column.name);
			// (grouping by a measured amount, a day, or an identifier, one group per row, answers nothing)
			const isAmount = intent.select.some(
				(c) =>
					((c.kind === 'number' || c.kind === 'date') && (c.profile?.distinctCount ?? 0) > 50) ||
					(c.profile?.distinctCount ?? 0) >= 0.9 * (c.table.rowCount ?? Infinity)
			);
			intent.factors.push({ reason: 'extra columns grouped', factor: isAmount ? 0.5 : 0.8 });
			intent.select = [];
		}
		return;
	}
	dropFixedColumns(state);
	const undo = readIdentifierAsRows(state);
	if (isCountedThings(state) || isCountedInTime(state)) {
		intent.mode = 'aggregate';
		intent.isListOffered = !isCountedThings(state);
		addMeasure(state, { agg: 'count', table: intent.tables[0], words: 'count' });
		return;
	}
	undo?.();
	intent.mode = 'rows';
	const understood =
		intent.filters.length + intent.select.length + intent.tables.length + (intent.order ? 1 : 0);
	if (understood === 0) {
		intent.refusal = {
			reason:
				intent.unknown.length > 0
					? `Quarry could not match "${intent.unknown.map((u) => u.words).join('", "')}" to any table, column or value.`
					: 'Quarry could not find a question about the data here.',
			suggestions: ['Name a column and what to compute, e.g. "average <column> by <column>".']
		};
	}
	if (intent.refusal) return;
	if (asksHowMuch(state) && intent.select.length === 0 && !intent.order) {
		// "how much did sea level rise since 1958" as a listing: the amount asked is not in it
		intent.unknown.push({ words: 'how much', penalty: UNPLACED_WORD_PENALTY });
	}
	const attribute = intent.unknown.find((u) => u.penalty >= 0.35);
	if (attribute && intent.select.length === 0) {
		// "what is X's salary": the word asked for is a column the data does not have.
		intent.refusal = {
			reason: `No column matches "${attribute.words}".`,
			suggestions: ['Ask about one of the columns of the table.']
		};
	}
}

/** A column the reading already measures. */
function isUsed(intent: ParseState['intent'], column: ColumnInfo): boolean {
	return intent.measures.some((m) => m.column === column);
}
