/**
 * Parser: walks the matched items left to right, keeping a little state (a pending aggregate,
 * the current role of references, negation, ranking) and fills a query intent.
 */
import type { Aggregate, Intent } from './intent';
import type { PreparedCatalog } from './lexicon';
import type { Item } from './matcher';
import { finishIntent } from './parse-finish';
import { guessValue, parseComparison, parseMissing, parseNumberEquality, parseTextMatch, parseValue } from './parse-filters';
import { handleRef } from './parse-refs';
import { newState, nextIndex, note, prevIndex, type ParseState } from './parse-state';
import {
	hasTimeColumn,
	isYearNumber,
	nextIsTimePoint,
	parseGrain,
	parseOpenRange,
	parsePointInTime,
	parseRelative,
	parseTimeRange,
	setTimeGroup
} from './parse-time';
import { HARMLESS } from './vocabulary';

export function parse(items: Item[], prepared: PreparedCatalog): Intent {
	const state = newState(items, prepared);
	for (let i = 0; i < items.length && !state.intent.refusal; i++) {
		if (state.used[i]) continue;
		handleItem(state, i);
	}
	if (!state.intent.refusal) finishIntent(state);
	return state.intent;
}

function handleItem(state: ParseState, i: number): void {
	const item = state.items[i];
	switch (item.type) {
		case 'kw':
			return handleKeyword(state, i);
		case 'grain':
			return handleGrain(state, i);
		case 'month':
			if (!parsePointInTime(state, i)) unknown(state, i, 0.2);
			return;
		case 'num':
			return handleNumber(state, i);
		case 'text':
			if (!parseTextValue(state, i)) unknown(state, i, 0.3);
			return;
		case 'ref':
			return handleRef(state, i);
		case 'word':
			if (isWhich(state, i) || HARMLESS.has(item.norm)) return;
			if ((state.role === 'group' || state.role === 'order') && !/(ed|ing)$/.test(item.norm)) {
				state.intent.refusal = {
					reason: `No column matches "${item.words}" to ${state.role === 'group' ? 'group' : 'rank'} by.`,
					suggestions: columnSuggestions(state)
				};
				return;
			}
			if (isProperNoun(state, i) && guessValue(state, i)) return;
			unknown(state, i, isProperNoun(state, i) ? 0.5 : /(ed|ing)$/.test(item.norm) ? 0.1 : 0.35);
			return;
	}
}

export function unknown(state: ParseState, i: number, penalty: number): void {
	state.used[i] = true;
	state.intent.unknown.push({ words: state.items[i].words, penalty });
}

/** A capitalised word inside the question, or one after "in"/"from": likely an unknown value. */
function isProperNoun(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	const isAfterPreposition = prev?.type === 'kw' && ['in', 'from', 'not', 'without', 'eq'].includes(prev.kw);
	return (i > 0 && /^\p{Lu}/u.test(item.words)) || isAfterPreposition;
}

function columnSuggestions(state: ParseState): string[] {
	const tables = state.preferredTables.size > 0 ? [...state.preferredTables] : state.prepared.tables.slice(0, 3);
	const names = tables.flatMap((t) => t.columns.filter((c) => c.kind === 'text' || c.kind === 'date').map((c) => c.name)).slice(0, 6);
	return names.length > 0 ? [`Columns you could use: ${names.join(', ')}.`] : [];
}

function isWhich(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || !['which', 'what', 'who'].includes(item.norm)) return false;
	const next = state.items[i + 1];
	if (next?.type === 'grain' && !state.which && !state.intent.timeGrain) {
		setTimeGroup(state, next.grain, next.words);
		state.used[i + 1] = true;
		state.which = { words: next.words };
		return true;
	}
	if (next?.type !== 'ref' || state.which) return false;
	const cand = next.cands[0];
	if (cand.target.kind !== 'table' && cand.target.kind !== 'column') return false;
	state.which = { target: cand.target, words: next.words };
	return false;
}

const AGG_BY_KW: Partial<Record<string, Aggregate>> = {
	count: 'count',
	distinct: 'count_distinct',
	sum: 'sum',
	avg: 'avg',
	median: 'median',
	min: 'min',
	max: 'max'
};

function handleKeyword(state: ParseState, i: number): void {
	const item = state.items[i];
	if (item.type !== 'kw') return;
	state.used[i] = true;
	const kw = item.kw;
	const isGroupCount = state.role === 'group' && kw === 'count' && state.items[i - 1]?.type === 'kw';
	if (isGroupCount) return; // "by number of cylinders"
	if (state.role === 'group' && !['by', 'each', 'and', 'or', 'sort'].includes(kw)) state.role = 'none';
	switch (kw) {
		case 'forecast':
			state.intent.refusal = {
				reason: 'Quarry answers from the data you have; it does not forecast or predict future values.',
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
			if (isRankContext(state, i)) {
				state.rank = { dir: kw === 'max' ? 'desc' : 'asc', limit: state.rank?.limit, words: item.words, entity: state.rank?.entity };
				state.orderAgg = kw;
				state.role = 'order';
				return;
			}
			return startAggregate(state, i, AGG_BY_KW[kw]!);
		case 'most':
		case 'least': {
			const next = state.items[i + 1];
			if (next?.type === 'word' && ['common', 'frequent', 'popular', 'often', 'frequently'].includes(next.norm)) {
				state.used[i + 1] = true;
			}
			state.rank = { dir: kw === 'most' ? 'desc' : 'asc', limit: state.rank?.limit, words: item.words, entity: state.rank?.entity };
			state.orderAgg = kw;
			state.role = 'order';
			return;
		}
		case 'share':
		case 'percent':
			state.pendingShare = { share: kw === 'percent' ? 'percent' : 'ratio', words: item.words };
			return;
		case 'by':
		case 'each':
			state.role = state.rank && state.intent.measures.length === 0 && isMeasureNext(state, i) ? 'order' : 'group';
			return;
		case 'sort':
			state.role = 'order';
			if (!state.rank) state.rank = { dir: state.sortDir ?? 'asc', words: item.words };
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
			if (!parseComparison(state, i)) unknown(state, i, 0.3);
			return;
		case 'between':
			if (!parseComparison(state, i) && !parseTimeRange(state, i)) unknown(state, i, 0.3);
			return;
		case 'not':
			state.isNegated = true;
			return;
		case 'contains':
		case 'starts':
		case 'ends':
			if (!parseTextMatch(state, i)) unknown(state, i, 0.35);
			return;
		case 'missing':
		case 'present':
			if (!parseMissing(state, i)) unknown(state, i, 0.3);
			return;
		case 'without':
			parseMissing(state, i);
			return;
		case 'in':
		case 'from':
			if (nextIsTimePoint(state, i)) {
				if (kw === 'from' && parseTimeRange(state, i)) return;
				parsePointInTime(state, i + 1, i);
			}
			return;
		case 'since':
		case 'after':
		case 'before':
			if (!parseOpenRange(state, i, kw)) unknown(state, i, 0.3);
			return;
		case 'last':
			if (!parseRelative(state, i)) {
				state.rank = { dir: 'desc', limit: state.rank?.limit, words: item.words };
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
	if (agg === 'count_distinct' && !pending) {
		const prev = state.items[prevIndex(state, i - 1)];
		if (!prev || prev.type !== 'kw') state.isDistinctList = true;
	}
	state.pendingAgg = { agg, words: item.words };
}

function isRankContext(state: ParseState, i: number): boolean {
	if (state.which || state.rank) return true;
	const prev = state.items[prevIndex(state, i - 1)];
	if (prev?.type === 'kw' && prev.kw === 'with') {
		const before = state.items[prevIndex(state, state.items.indexOf(prev) - 1)];
		return before?.type === 'ref' || before?.type === 'num';
	}
	return false;
}

function isMeasureNext(state: ParseState, i: number): boolean {
	const next = state.items[nextIndex(state, i + 1)];
	if (!next) return false;
	if (next.type === 'kw') return ['count', 'sum', 'avg', 'median', 'min', 'max', 'distinct'].includes(next.kw);
	if (next.type === 'ref') {
		const t = next.cands[0].target;
		return t.kind === 'metric' || (t.kind === 'column' && t.column.kind === 'number');
	}
	return false;
}

function handleTop(state: ParseState, i: number, kw: 'top' | 'bottom'): void {
	const item = state.items[i];
	const next = state.items[i + 1];
	let limit: number | undefined;
	if (next?.type === 'num' && Number.isInteger(next.value) && next.value > 0) {
		limit = next.value;
		state.used[i + 1] = true;
	}
	state.rank = { dir: kw === 'top' ? 'desc' : 'asc', limit, words: item.words + (limit ? ` ${limit}` : '') };
	const entityIndex = nextIndex(state, i + (limit ? 2 : 1));
	const entity = state.items[entityIndex];
	if (entity?.type === 'ref') {
		const t = entity.cands[0].target;
		if (t.kind === 'table' || (t.kind === 'column' && t.column.kind !== 'number')) {
			state.rank.entity = t;
			state.which = { target: t, words: entity.words };
			state.used[entityIndex] = true;
			if (!limit) state.rank.limit = /s$/i.test(entity.words) ? 10 : 1;
		}
	}
}

function handleGrain(state: ParseState, i: number): void {
	if (parseGrain(state, i)) return;
	const item = state.items[i];
	const prev = state.items[prevIndex(state, i - 1)];
	state.used[i] = true;
	// "how many days …": the rows are days.
	if (state.pendingAgg || (prev?.type === 'kw' && (prev.kw === 'count' || prev.kw === 'percent' || prev.kw === 'share'))) return;
	if (state.intent.mode === 'trend' || state.isRowsHint) return;
	state.intent.unknown.push({ words: item.words, penalty: 0.1 });
}

function handleNumber(state: ParseState, i: number): void {
	const item = state.items[i];
	if (item.type !== 'num') return;
	const next = state.items[i + 1];
	// "the 3 cars with …", "5 airports with the most flights"
	if (next?.type === 'ref' && next.cands[0].target.kind === 'table' && Number.isInteger(item.value)) {
		state.used[i] = true;
		state.used[i + 1] = true;
		state.rank = { dir: 'desc', limit: item.value, words: `${item.words} ${next.words}`, entity: next.cands[0].target };
		state.which = { target: next.cands[0].target, words: next.words };
		return;
	}
	if (isYearNumber(item) && hasTimeColumn(state) && !isNumericColumnNear(state, i)) {
		if (parsePointInTime(state, i)) return;
	}
	if (parseNumberEquality(state, i)) return;
	const prev = state.items[i - 1];
	if (prev?.type === 'kw' && (prev.kw === 'gte' || prev.kw === 'lte')) return;
	const after = state.items[i + 1];
	if (after?.type === 'kw' && (after.kw === 'gte' || after.kw === 'lte')) return;
	unknown(state, i, 0.3);
}

function isNumericColumnNear(state: ParseState, i: number): boolean {
	return [i - 1, i + 1].some((j) => {
		const item = state.items[j];
		return item?.type === 'ref' && item.cands.some((c) => c.target.kind === 'column' && c.target.column.kind === 'number');
	});
}

function parseTextValue(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'text') return false;
	const text = item.text.toLowerCase();
	const columns = state.prepared.columns.filter(
		(c) =>
			c.kind === 'text' &&
			c.profile?.topValues.some((t) => typeof t.value === 'string' && t.value.toLowerCase() === text)
	);
	if (columns.length !== 1) return false;
	const value = columns[0].profile!.topValues.find((t) => String(t.value).toLowerCase() === text)!;
	state.used[i] = true;
	state.intent.filters.push({ column: columns[0], op: state.isNegated ? 'neq' : 'eq', values: [String(value.value)], words: item.words });
	state.isNegated = false;
	note(state, item.words, 'filter', `"${columns[0].name}" = '${value.value}'`);
	return true;
}

export { parseValue };
