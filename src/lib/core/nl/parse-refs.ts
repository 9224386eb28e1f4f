/** References to the catalog get their role from the parse state (aggregate, group, filter …). */
import { isSaidPlural } from './text';
import { AGGREGATE_WORDS, type Aggregate, type Measure } from './intent';
import { parseEventHappened, parseHasAdjective, parseWithSome } from './parse-has-one';
import { flagTrue } from './lexicon';
import { isKindOfColumn, parseNumberedWords } from './parse-column-number';
import { choose } from './parse-choose';
import { addFilter, parseValue, takeNegation } from './parse-filters';
import {
	addGroup,
	columnOf,
	isColumnCand,
	isGroupableCand,
	isMetricCand,
	isNumericCand,
	isTableCand,
	isTableModifier,
	note,
	UNPLACED_WORD_PENALTY,
	type CandFilter,
	type ParseState,
	type RefItem,
	numericSuggestions
} from './parse-state';
import { isFlagCondition, isLabelledFlag, isSpanModifier } from './parse-flags';
import {
	countsOtherColumn,
	isCompared,
	looseTable,
	repeatedThings,
	worthMeasure,
	isTimeWord,
	sameNamedMeasure,
	isUnnamedIdentifier,
	isZeroOneCand,
	namesTimeOfNext,
	isCountOfNumbered,
	isRepeatedNumber,
	rowsCountedAs
} from './parse-ref-kinds';
import {
	rankAdjectiveNamesColumn,
	rankByDimension,
	rankEntityAfter,
	orderByMeasured,
	rankRowsByMost,
	rowsRankedByLater,
	setOrder
} from './parse-rank';
import { rankRowsOfThing } from './rank-things';
import {
	columnNamedByTable,
	countColumn,
	holdsCounts,
	isCurrencyNamed,
	isRowNumber
} from './planner-helpers';
import { groupRef } from './parse-group-ref';
import { isPeopleClass } from './noun-classes';
import { isParticiple } from './word-net';
import { isUnitAmount } from './parse-unit-words';
import { itemCountOf } from './list-column';
import { derivedFrom } from './span-column';
import { numberedWithin } from './numbered-within';
import { namesRowsOfDate, refuseCountOfOwner, refuseCountOfPersons } from './parse-count-checks';
import { isOffDimension } from './dimensions';

export function addMeasure(state: ParseState, measure: Measure): number {
	if (isCountOfNumbered(measure)) measure.agg = 'count_distinct';
	state.intent.measures.push(measure);
	const what = measure.metric
		? `metric "${measure.metric.name}"`
		: measure.column
			? `${AGGREGATE_WORDS[measure.agg]} of "${measure.column.name}"${derivedFrom(measure.column)}${measure.agg === 'count_distinct' ? numberedWithin(measure.column) : ''}`
			: 'number of rows';
	note(state, measure.words.trim() || what, measure.metric ? 'metric' : 'aggregate', what);
	return state.intent.measures.length - 1;
}

/** A yes/no column missing more often than this leaves "not X" open (false or unknown). */
const OFTEN_MISSING = 0.1;

export function handleRef(state: ParseState, i: number): void {
	const item = state.items[i] as RefItem;
	const best = item.cands[0];
	const hasValue = best.target.kind === 'value';
	const isGroupSlot = state.role === 'group' && item.cands.some(isGroupableCand);
	if (isKindOfColumn(state, i)) return;
	if (parseNumberedWords(state, i)) return;
	if (hasValue && !isGroupSlot && parseValue(state, i)) return;
	state.used[i] = true;
	if (parseWithSome(state, i) || parseEventHappened(state, i) || parseHasAdjective(state, i))
		return;
	if (isSpanModifier(state, i)) return;
	if (namesTimeOfNext(state, i, best)) return;
	if (isTableModifier(state, i)) {
		const table = item.cands[0].target.kind === 'table' ? item.cands[0].target.table : undefined;
		if (table && !state.intent.tables.includes(table)) state.intent.tables.push(table);
		if (table) note(state, item.words, 'table', `the table ${table.humanName}`);
		else note(state, item.words, 'column', `the rows, named by "${columnOf(item.cands[0])?.name}"`);
		return;
	}
	if (isLabelledFlag(state, i)) return;
	if (best.target.kind === 'column' && isFlagCondition(state, i, best.target.column)) {
		const column = best.target.column;
		if (state.isNegated && (column.profile?.nullShare ?? 0) > OFTEN_MISSING) {
			// "not X" where X is often missing: false and missing rows both qualify; say so.
			state.intent.unknown.push({ words: item.words, penalty: UNPLACED_WORD_PENALTY });
			return;
		}
		addFilter(state, {
			column,
			op: takeNegation(state, 'eq'),
			values: [flagTrue(column)],
			words: item.words
		});
		return;
	}
	if (state.role === 'order') return orderRef(state, item, i);
	if (state.role === 'group') return groupRef(state, i, item);
	if (state.pendingAgg) return aggregateRef(state, item, i);
	const metric = item.cands.find((c) => c.target.kind === 'metric');
	if (metric && metric.target.kind === 'metric') {
		addMeasure(state, { agg: 'sum', metric: metric.target.metric, words: item.words });
		return;
	}
	if (best.target.kind === 'table') {
		const cand = choose(state, item, isTableCand);
		// ("the faulty sessions"): the rows themselves, each one listed
		if (cand?.target.kind === 'table') state.intent.isEachRow ||= isSaidPlural(item.words);
		if (cand?.target.kind === 'table' && !state.intent.tables.includes(cand.target.table)) {
			state.intent.tables.push(cand.target.table);
			note(state, item.words, 'table', cand.target.table.humanName);
		}
		return;
	}
	const cand = choose(state, item, isColumnCand);
	const column = cand && columnOf(cand);
	if (!column) return;
	if (column.kind === 'date' && isTimeWord(state, i)) {
		state.intent.timeColumn ??= column;
		return;
	}
	state.loose.push({ index: i, column, words: item.words });
}

function aggregateRef(state: ParseState, item: RefItem, i: number): void {
	const pending = state.pendingAgg!;
	state.pendingAgg = undefined;
	const metric = item.cands.find(isMetricCand);
	if (metric?.target.kind === 'metric') {
		addMeasure(state, {
			agg: 'sum',
			metric: metric.target.metric,
			words: `${pending.words} ${item.words}`
		});
		return;
	}
	const words = `${pending.words} ${item.words}`;
	// "how many different calling codes" of a table of that name: the distinct values of the column
	const isDistinctColumn =
		pending.agg === 'count_distinct' &&
		item.cands.some((c) => c.target.kind === 'column' && c.score >= item.cands[0].score);
	if (
		item.cands[0].target.kind === 'table' &&
		!sameNamedMeasure(item, pending.agg) &&
		!isDistinctColumn
	) {
		const cand = choose(state, item, isTableCand);
		if (cand?.target.kind !== 'table') return;
		if (pending.agg === 'count' && refuseCountOfPersons(state, cand, item.words)) return;
		const table = cand.target.table;
		if (!state.intent.tables.includes(table)) state.intent.tables.push(table);
		if (pending.agg === 'min' || pending.agg === 'max') {
			if (rankByDimension(state, pending.words, pending.agg === 'max' ? 'desc' : 'asc')) return;
		}
		const worth = worthMeasure(state, table, pending) ?? repeatedThings(cand, pending, words);
		if (worth) return void addMeasure(state, worth);
		if (pending.agg !== 'count' && pending.agg !== 'count_distinct' && pending.agg !== 'sum') {
			// "average wheat price" with nothing after: the column the table's name words point at
			const named = state.items[i + 1]?.type !== 'ref' && columnNamedByTable(table, item.words);
			const isIdentifier =
				named &&
				isUnnamedIdentifier(
					{ target: { kind: 'column', column: named }, score: 1, isLoose: false },
					item.words
				);
			if (named && !isIdentifier) {
				addMeasure(state, { agg: pending.agg, column: named, words });
				return;
			}
			state.pendingAgg = pending; // "average unemployment rate": the table, then the column
			return;
		}
		if (cand.isLoose) looseTable(state, item.words, table);
		// "how many routes": the rows themselves, even when each carries a count
		const counted = cand.target.isRowNoun ? undefined : countColumn(table);
		if (counted) {
			state.intent.factors.push({
				reason: `rows of ${table.humanName} carry a "${counted.name}"`,
				factor: 0.9
			});
			addMeasure(state, { agg: 'sum', column: counted, words });
		} else
			addMeasure(state, {
				agg: 'count',
				table,
				words,
				isRows: cand.target.isRowNoun && !isPeopleClass(cand.target.nounClass)
			});
		return;
	}
	const filter: CandFilter =
		pending.agg === 'count' || pending.agg === 'count_distinct'
			? isColumnCand
			: pending.agg === 'min' || pending.agg === 'max'
				? (c) =>
						(isNumericCand(c) || (c.target.kind === 'column' && c.target.column.kind !== 'text')) &&
						!isUnnamedIdentifier(c, item.words) &&
						!(c.target.kind === 'column' && isOffDimension(pending.words, c.target.column))
				: (c) => (isNumericCand(c) || isZeroOneCand(c)) && !isUnnamedIdentifier(c, item.words);
	const cand = choose(state, item, filter);
	const column = cand && columnOf(cand);
	if (!column) {
		if (rankRowsOfThing(state, i, pending)) return;
		if (!state.intent.ambiguous.some((a) => a.words === item.words)) {
			state.intent.refusal = {
				reason: `"${item.words}" is not a number: Quarry cannot take its ${AGGREGATE_WORDS[pending.agg]}.`,
				suggestions: numericSuggestions(state)
			};
		}
		return;
	}
	if (pending.agg === 'count' && refuseCountOfOwner(state, cand, item.words)) return;
	let agg = pending.agg;
	if ((agg === 'count' || agg === 'count_distinct') && column.kind === 'boolean') {
		// "how many managers" over `is_manager`: the rows where it holds, not its 2 values
		addFilter(state, { column, op: 'eq', values: [flagTrue(column)], words: item.words });
		addMeasure(state, { agg: 'count', table: column.table, words });
		return;
	}
	const isWhen = isParticiple(item.words) || namesRowsOfDate(item, column);
	if (agg === 'count' && column.kind === 'date' && isWhen) {
		// "how many condos were listed since July" of `Listed On`: when each counted row happened
		state.intent.timeColumn ??= column;
		addMeasure(state, { agg: 'count', table: column.table, words: pending.words });
		note(state, item.words, 'column', `when each row happened: "${column.name}"`);
		return;
	}
	const rowsRead = agg === 'count' ? rowsCountedAs(state, i, column) : undefined;
	if (rowsRead) {
		// "how many high or urgent priority tickets", "how many bikes" of `bike_type`: the rows
		const { isRows } = rowsRead;
		addMeasure(state, { agg: 'count', table: column.table, words: pending.words, isRows });
		note(state, item.words, rowsRead.kind, rowsRead.meaning);
		return;
	}
	if (agg === 'count' && (column.kind !== 'number' || isRepeatedNumber(column)))
		agg = 'count_distinct';
	if (agg === 'count' && (isCompared(state, i) || isCurrencyNamed(column))) {
		// "how many diamonds cost more than $10,000", "how many sales" of a till: rows counted
		addMeasure(state, { agg: 'count', table: column.table, words: pending.words });
		return;
	}
	if (agg === 'count' && isUnitAmount(item.words, column)) {
		// "how many liters": the liters the rows hold, added up
		addMeasure(state, { agg: 'sum', column, words });
		return;
	}
	if (agg === 'count' && holdsCounts(column)) {
		// "number of people" where each row holds a number of people: their total, not the rows
		addMeasure(state, { agg: 'sum', column, words });
		const last = state.intent.interpretation.at(-1);
		if (last) last.meaning = `total of "${column.name}" (each row holds a number of them)`;
		return;
	}
	for (const joined of state.joinedAggs ?? []) {
		addMeasure(state, { agg: joined.agg, column, words: `${joined.words} ${item.words}` });
	}
	state.joinedAggs = undefined;
	addMeasure(state, { agg, column, words });
}

function orderRef(state: ParseState, item: RefItem, i: number): void {
	state.role = 'none';
	const words = `${state.rank?.words ?? ''} ${item.words}`.trim();
	const metric = item.cands.find(isMetricCand);
	if (metric?.target.kind === 'metric') {
		const index = addMeasure(state, { agg: 'sum', metric: metric.target.metric, words });
		setOrder(state, { measure: index, words });
		return;
	}
	const isRanking = state.orderAgg === 'max' || state.orderAgg === 'min';
	if (item.cands[0].target.kind === 'table' && !(isRanking && sameNamedMeasure(item, 'max'))) {
		const isSuperlative = isRanking;
		const rankWords = state.rank?.words ?? '';
		if (isSuperlative && rankByDimension(state, rankWords, state.rank?.dir ?? 'desc')) return;
		if (isSuperlative && rowsRankedByLater(state, item)) return;
		if (isSuperlative) {
			// "the earliest monarch" with no time column: counting rows would answer nothing asked
			state.intent.refusal = {
				reason: `No column says what "${rankWords}" measures for "${item.words}".`,
				suggestions: ['Name the column to rank by, e.g. "the <thing> with the highest <column>".']
			};
			return;
		}
		state.pendingAgg = { agg: 'count', words: state.rank?.words ?? '' };
		aggregateRef(state, item, i);
		setOrder(state, { measure: state.intent.measures.length - 1, words });
		return;
	}
	const isSuperlative = state.orderAgg === 'max' || state.orderAgg === 'min';
	if (
		isSuperlative &&
		item.cands.every((c) => !isColumnCand(c) || isUnnamedIdentifier(c, item.words))
	) {
		// "the largest order" where only `order_id` matches: an identifier measures nothing
		const rankWords = state.rank?.words ?? '';
		if (rankByDimension(state, rankWords, state.rank?.dir ?? 'desc')) return;
		if (rowsRankedByLater(state, item)) return;
		state.intent.refusal = {
			reason: `No column says what "${rankWords}" measures for "${item.words}".`,
			suggestions: ['Name the column to rank by, e.g. "the <thing> with the highest <column>".']
		};
		return;
	}
	const cand = choose(state, item, isColumnCand);
	const column = cand && columnOf(cand);
	if (!column) return;
	if (column.kind !== 'number' && rankAdjectiveNamesColumn(state, item)) return;
	const isMostCommon = state.orderAgg === 'most' || state.orderAgg === 'least';
	const count = isMostCommon ? itemCountOf(column) : undefined;
	if (count) {
		// "the country with the most languages" of a column listing them: rank by how many
		setOrder(state, { column: count, words });
		note(state, words, 'order', `sort by the number of "${column.name}"`);
		return;
	}
	if (state.intent.order?.column === column && state.intent.measures.length === 0) {
		// "biggest city in each country by population": the superlative already ranks by it
		note(state, words, 'order', `by "${column.name}"`);
		return;
	}
	const isEntityRows =
		state.rank?.entity?.kind === 'table' ||
		state.which?.target?.kind === 'table' ||
		(!state.which && state.intent.groups.length === 0 && !state.intent.timeGrain);
	if (state.pendingAgg) {
		const pending = state.pendingAgg;
		state.pendingAgg = undefined;
		// "by number of births" where each row holds a number of births: their total
		const index = addMeasure(state, {
			agg: pending.agg === 'count' && holdsCounts(column) ? 'sum' : pending.agg,
			column,
			words: `${pending.words} ${item.words}`
		});
		setOrder(state, { measure: index, words });
		return;
	}
	const isNamedEntity =
		state.rank?.entity?.kind === 'table' || state.which?.target?.kind === 'table';
	if (isMostCommon && column.kind === 'text' && countsOtherColumn(state, column, item.words)) {
		// "which region has the most countries": count the countries of each region
		const index = addMeasure(state, { agg: 'count_distinct', column, words });
		setOrder(state, { measure: index, words });
		return;
	}
	if (isMostCommon && !isNamedEntity && (column.kind === 'text' || column.kind === 'boolean')) {
		// "the most common weather": rank the column's values by how many rows have each
		addGroup(state, column, item.words);
		const index = addMeasure(state, {
			agg: 'count',
			table: column.table,
			words: state.rank?.words ?? 'most'
		});
		setOrder(state, { measure: index, words });
		if (state.rank && state.rank.limit === undefined && !isSaidPlural(item.words))
			state.rank.limit = 1;
		return;
	}
	if (column.kind === 'number' && isMostCommon && rankEntityAfter(state, i, column, words)) return;
	const isMostOfRows = (state.orderAgg === 'most' || state.orderAgg === 'least') && !isNamedEntity;
	if (column.kind !== 'number' || (isEntityRows && !isMostOfRows)) {
		setOrder(state, { column, words });
		note(state, words, 'order', `sort by "${column.name}"`);
		return;
	}
	if (isMostOfRows && rankRowsByMost(state, i, column, words)) return;
	if (isMostOfRows && isRowNumber(column)) {
		// "the most readings" with a running `reading` number: count the rows
		const index = addMeasure(state, { agg: 'count', table: column.table, words, isRows: true });
		setOrder(state, { measure: index, words });
		return;
	}
	if (orderByMeasured(state, column, words)) return;
	const agg: Aggregate =
		state.orderAgg === 'max' ? 'max' : state.orderAgg === 'min' ? 'min' : 'sum';
	const index = addMeasure(state, { agg, column, words, isImplied: true });
	setOrder(state, { measure: index, words });
}
