/**
 * Grammar keywords: aggregates, grouping, ranking, comparisons, time words and refusals.
 */
import { holdsRowsToCome } from './done-rows';
import { parseNegatedFlag } from './parse-negated-flag';
import { parseClockTime, sinceStartOf } from './parse-clock';
import { parseDateColumnBound } from './parse-date-compare';
import type { Aggregate } from './intent';
import { dimensionOf } from './dimensions';
import { handleTop, isMeasureNext, isRankedByMeasureAhead, isRecordMost } from './parse-top';
import { parseSpanBound } from './parse-span';
import { parseComparison } from './parse-filters';
import { parseUnderFlag } from './parse-flags';
import { EXCLUDING } from './negation';
import {
	nextIndex,
	note,
	prevIndex,
	unknown,
	UNPLACED_WORD_PENALTY,
	type ParseState
} from './parse-state';
import { parseMissing, parseTextMatch } from './parse-text';
import { isAveragedPercent, isTariffRate, shareOfRows } from './parse-share';
import { impliedAggregate, labelColumn } from './planner-helpers';
import { isSingularWords, normalizeWord } from './text';
import { nextIsTimePoint, parseOpenRange, parsePointInTime, parseRelative } from './parse-time';
import { parseTimeRange } from './parse-date-ranges';

const AGG_BY_KW: Partial<Record<string, Aggregate>> = {
	count: 'count',
	distinct: 'count_distinct',
	sum: 'sum',
	avg: 'avg',
	median: 'median',
	min: 'min',
	max: 'max'
};

export function handleKeyword(state: ParseState, i: number): void {
	const item = state.items[i];
	if (item.type !== 'kw') return;
	state.used[i] = true;
	const kw = isRecordMost(state, item.kw) ? (item.kw === 'most' ? 'max' : 'min') : item.kw;
	const isGroupCount =
		state.role === 'group' && kw === 'count' && state.items[i - 1]?.type === 'kw';
	if (isGroupCount) return; // "by number of cylinders"
	if (state.role === 'group' && !['by', 'each', 'and', 'or', 'sort'].includes(kw))
		state.role = 'none';
	switch (kw) {
		case 'forecast':
			if (holdsRowsToCome(state, item.words)) return;
			if (namesStoredData(state, item.words)) {
				// "the lowest forecast value" over a table of budget forecasts: the data's own word;
				// "forecasts for 2010" with a `forecastYear`: the time the word's column holds
				const norm = normalizeWord(item.words.trim());
				const times = state.prepared.columns.filter(
					(c) => (c.kind === 'year' || c.kind === 'date') && c.words.includes(norm)
				);
				if (times.length === 1) state.intent.timeColumn ??= times[0];
				note(state, item.words, 'table', `the data's "${item.words}"`);
				return;
			}
			state.intent.refusal = {
				reason:
					'Quarry answers from the data you have; it does not forecast or predict future values.',
				suggestions: ['Ask about the trend so far, e.g. "trend of … over time".']
			};
			return;
		case 'why':
			state.intent.refusal = {
				reason: 'Quarry can show what the data says, but not why something happened.',
				suggestions: ['Ask what changed, e.g. "… by year", or compare groups.']
			};
			return;
		case 'count':
		case 'distinct':
		case 'sum':
		case 'avg':
		case 'median':
			return startAggregate(state, i, AGG_BY_KW[kw]!);
		case 'min':
		case 'max':
			if (isCountAfter(state, i)) return handleTop(state, i, kw === 'max' ? 'top' : 'bottom');
			if (isRankContext(state, i)) {
				state.rank = {
					dir: kw === 'max' ? 'desc' : 'asc',
					limit: state.rank?.limit ?? singularSubjectLimit(state, i),
					words: item.words,
					entity: state.rank?.entity
				};
				state.orderAgg = kw;
				state.role = 'order';
				return;
			}
			return startAggregate(state, i, AGG_BY_KW[kw]!);
		case 'most':
		case 'least': {
			const next = state.items[i + 1];
			if (
				next?.type === 'word' &&
				['common', 'frequent', 'popular', 'often', 'frequently'].includes(next.norm)
			) {
				state.used[i + 1] = true;
			}
			state.rank = {
				dir: kw === 'most' ? 'desc' : 'asc',
				limit: state.rank?.limit,
				words: item.words,
				entity: state.rank?.entity
			};
			state.orderAgg = kw;
			state.role = 'order';
			return;
		}
		case 'share':
		case 'percent': {
			if (isTariffRate(state, i) || isAveragedPercent(state, i)) return;
			// "billable %": said after the yes/no condition it is the rate of
			const before = state.items[i - 1];
			const isOfFlag =
				before?.type === 'ref' &&
				before.cands[0]?.target.kind === 'column' &&
				before.cands[0].target.column.kind === 'boolean';
			state.pendingShare = {
				share: kw === 'percent' ? 'percent' : 'ratio',
				words: item.words,
				...(isOfFlag ? { isRate: true } : {})
			};
			// "share of (all) revenue": a share of an amount that adds up is a share of its total
			const next = state.items[nextIndex(state, i + 1)];
			const amount = next?.type === 'ref' ? next.cands[0]?.target : undefined;
			if (amount?.kind === 'column' && shareOfRows(state, nextIndex(state, i + 1))) return;
			if (amount?.kind === 'column' && amount.column.kind === 'number') {
				if (impliedAggregate(amount.column) === 'sum' && !state.pendingAgg) {
					state.pendingAgg = { agg: 'sum', words: '' };
				}
			}
			return;
		}
		case 'by':
		case 'each':
			if (kw === 'by' && isDoneBy(state, i)) return;
			state.role =
				state.rank && state.intent.measures.length === 0 && isMeasureNext(state, i)
					? 'order'
					: 'group';
			return;
		case 'sort':
			if (isParticipleOfMeasure(state, i)) {
				// "total quantity ordered by region": the verb of the amount, then its groups
				state.role = 'group';
				return;
			}
			state.role = 'order';
			// "ranked by" puts the highest first; "sorted by", "ordered by" the lowest
			if (!state.rank) {
				const dir = state.sortDir ?? (/^rank/i.test(item.words) ? 'desc' : 'asc');
				state.rank = { dir, words: item.words };
			}
			return;
		case 'asc':
		case 'desc':
			state.sortDir = kw;
			if (state.rank) state.rank.dir = kw;
			if (state.intent.order) state.intent.order.dir = kw;
			return;
		case 'top':
		case 'bottom':
			return handleTop(state, i, kw);
		case 'gt':
		case 'lt':
		case 'gte':
		case 'lte':
		case 'eq':
			if (!parseComparison(state, i) && !parseUnderFlag(state, i))
				unknown(state, i, UNPLACED_WORD_PENALTY);
			return;
		case 'between':
			if (!parseComparison(state, i) && !parseTimeRange(state, i))
				unknown(state, i, UNPLACED_WORD_PENALTY);
			return;
		case 'not':
			if (parseNegatedFlag(state, i)) return;
			state.isNegated = true;
			state.isExcluding = EXCLUDING.test(state.items[i].words);
			return;
		case 'contains':
		case 'starts':
		case 'ends':
			if (!parseTextMatch(state, i)) unknown(state, i, UNPLACED_WORD_PENALTY);
			return;
		case 'missing':
		case 'present':
			if (!parseMissing(state, i)) unknown(state, i, UNPLACED_WORD_PENALTY);
			return;
		case 'without': {
			// "no shows per month", "countries with no coastline" where the word only names a
			// table: a "no" that says nothing is missing is not understood, never lost
			if (!parseMissing(state, i)) unknown(state, i, UNPLACED_WORD_PENALTY);
			return;
		}
		case 'in':
		case 'from':
			if (nextIsTimePoint(state, i)) {
				if (kw === 'from' && parseTimeRange(state, i)) return;
				parsePointInTime(state, i + 1, i);
				return;
			}
			// "melting point from 100 to 500": a range of numbers
			if (kw === 'from' && state.items[i + 1]?.type === 'num') parseComparison(state, i, 'between');
			return;
		case 'since':
		case 'after':
		case 'before':
			if (isBeginningAt(state, i)) return;
			if (parseClockTime(state, i, kw) || sinceStartOf(state, i, kw)) return;
			if (parseDateColumnBound(state, i, kw)) return;
			if (!parseOpenRange(state, i, kw) && !parseSpanBound(state, i, kw))
				unknown(state, i, UNPLACED_WORD_PENALTY);
			return;
		case 'last':
			if (!parseRelative(state, i)) {
				// "the most recent ticket": one row for a singular noun
				const limit = state.rank?.limit ?? singularSubjectLimit(state, i);
				state.rank = { dir: 'desc', limit, words: item.words };
			}
			return;
		case 'distribution':
			state.intent.mode = 'distribution';
			note(state, item.words, 'aggregate', 'distribution (counts per value or range)');
			return;
		case 'trend':
			state.intent.mode = 'trend';
			note(state, item.words, 'time', 'trend over time');
			return;
		case 'rows':
			state.isRowsHint = true;
			return;
		case 'overall':
			overAll(state, i);
			return;
		default:
			return;
	}
}

function startAggregate(state: ParseState, i: number, agg: Aggregate): void {
	const item = state.items[i];
	const pending = state.pendingAgg;
	if (agg === 'count_distinct' && pending?.agg === 'count') {
		state.pendingAgg = { ...pending, agg, words: `${pending.words} ${item.words}` };
		return;
	}
	if (agg === 'count' && pending && pending.agg !== 'count') return; // "average number of X"
	if (agg === 'count_distinct' && pending && pending.agg !== 'count') return;
	const prevItem = state.items[i - 1];
	if (
		pending &&
		prevItem?.type === 'kw' &&
		prevItem.kw === 'and' &&
		isValueAggregate(agg) &&
		isValueAggregate(pending.agg)
	) {
		state.joinedAggs = [...(state.joinedAggs ?? []), { agg: pending.agg, words: pending.words }];
		state.used[i - 1] = true;
	}
	if (agg === 'count_distinct' && !pending) {
		const prev = state.items[prevIndex(state, i - 1)];
		if (!prev || prev.type !== 'kw') state.isDistinctList = true;
	}
	state.pendingAgg = { agg, words: item.words };
}

function isValueAggregate(agg: Aggregate): boolean {
	return agg === 'sum' || agg === 'avg' || agg === 'min' || agg === 'max' || agg === 'median';
}

function isRankContext(state: ParseState, i: number): boolean {
	if (state.which || state.rank) return true;
	if (isAdjectiveBeforeNames(state, i)) return true;
	// "largest country by area": the things, then "by" and what ranks them
	if (state.items[i + 1]?.type === 'ref' && isRankedByMeasureAhead(state, i + 1)) return true;
	const prev = state.items[prevIndex(state, i - 1)];
	if (prev?.type === 'kw' && prev.kw === 'with') {
		const before = state.items[prevIndex(state, state.items.indexOf(prev) - 1)];
		return before?.type === 'ref' || before?.type === 'num';
	}
	return false;
}

/**
 * "richest country", "hottest city": an adjective superlative right before a noun naming things
 * (a table's rows or a text column) ranks those things; it is no aggregate of them.
 */
function isAdjectiveBeforeNames(state: ParseState, i: number): boolean {
	const words = state.items[i].words.toLowerCase().trim();
	if (!dimensionOf(words)) return false;
	const next = state.items[i + 1];
	if (next?.type !== 'ref') return false;
	const top = next.cands[0];
	return (
		top.target.kind === 'table' ||
		(top.target.kind === 'column' && top.target.column.kind === 'text')
	);
}

/** "best 3", "lowest 5 prices": a superlative with a count reads like "top 3". */
function isCountAfter(state: ParseState, i: number): boolean {
	const next = state.items[i + 1];
	if (next?.type !== 'num' || !Number.isInteger(next.value) || next.value <= 0) return false;
	if (next.value > 1000 || /^\d{4}$/.test(next.raw)) return false;
	const after = state.items[i + 2];
	return !after || after.type === 'ref';
}

/** "the airport with the highest latitude": one thing is asked for, so one row. */
function singularSubjectLimit(state: ParseState, i: number): number | undefined {
	const next = state.items[i + 1];
	if (next?.type === 'ref' && isRankedByMeasureAhead(state, i + 1)) {
		return isSingularWords(next.words) ? 1 : undefined;
	}
	const prev = state.items[prevIndex(state, i - 1)];
	if (prev?.type !== 'kw' || prev.kw !== 'with') return singularAfterLimit(state, i);
	const subject = state.items[prevIndex(state, state.items.indexOf(prev) - 1)];
	if (subject?.type !== 'ref') return undefined;
	return isSingularWords(subject.words) ? 1 : undefined;
}

/**
 * "longest flight distance", "the highest price": a superlative before a singular noun, with no
 * grouping, asks for one row. ("longest flights" lists them, "highest price by region" groups.)
 */
function singularAfterLimit(state: ParseState, i: number): number | undefined {
	const isGrouped = state.items.some(
		(x) => x.type === 'grain' || (x.type === 'kw' && (x.kw === 'by' || x.kw === 'each'))
	);
	if (isGrouped || state.items.some((x) => x.type === 'num')) return undefined;
	const refs = state.items.slice(i + 1).filter((x) => x.type === 'ref');
	if (refs.length === 0) return undefined;
	return refs.every((r) => isSingularWords(r.words)) ? 1 : undefined;
}

/** True when a column of the catalog is named with the word ("forecast" of `forecastYear`). */
function namesStoredData(state: ParseState, words: string): boolean {
	const norm = normalizeWord(words.trim());
	return state.prepared.columns.some((c) => !c.span && !c.parts && c.words.includes(norm));
}

/**
 * "across all countries", "of all cars": the rows the figure is over, all of them. The noun
 * after it names the table's rows (or the column that labels them) and groups nothing.
 */
function overAll(state: ParseState, i: number): void {
	const next = state.items[i + 1];
	if (next?.type !== 'ref') return;
	const target = next.cands[0].target;
	const table =
		target.kind === 'table'
			? target.table
			: target.kind === 'column' && labelColumn(target.column.table) === target.column
				? target.column.table
				: undefined;
	if (!table) return;
	state.used[i + 1] = true;
	note(state, `${state.items[i].words} ${next.words}`, 'table', `all rows of ${table.humanName}`);
}

/**
 * "quantity ordered by region", "units sold … ordered by": "ordered" after an aggregate of an
 * amount says what the amount is, so "by" groups it (a sort of one total would sort nothing).
 */
function isParticipleOfMeasure(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	if (!/^ordered by$/i.test(item.words) || prev?.type !== 'ref') return false;
	const measures = state.intent.measures;
	return measures.length > 0 && measures.at(-1)!.words.endsWith(prev.words);
}

/** "classes starting before 8am": the verb of when each row begins, before a time said. */
function isBeginningAt(state: ParseState, i: number): boolean {
	const next = state.items[i + 1];
	const isTime = next?.type === 'kw' && ['before', 'after', 'since', 'from'].includes(next.kw);
	return /^(start|begin)/i.test(state.items[i].words) && isTime;
}

/**
 * "what % of sessions are by members": after is/are/was/were, "by" says who the rows are of, a
 * condition (the next words), not a grouping.
 */
function isDoneBy(state: ParseState, i: number): boolean {
	const prev = state.items[i - 1];
	if (prev?.type !== 'word' || !['is', 'are', 'was', 'were'].includes(prev.norm)) return false;
	const next = state.items[i + 1];
	if (next?.type !== 'ref') return false;
	const target = next.cands[0]?.target;
	const isFlag = target?.kind === 'column' && target.column.kind === 'boolean';
	return isFlag || target?.kind === 'value';
}
