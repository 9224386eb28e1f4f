/**
 * "top 5 …", "bottom 3 …": the ranking, how many, and the things ranked.
 */
import { isSaidPlural } from './text';
import type { Target } from './lexicon';
import { columnFromRef } from './parse-filters';
import { isNumberedThing, labelColumn } from './planner-helpers';
import {
	entityTarget,
	isNumberedKinds,
	isTableModifier,
	nextIndex,
	note,
	relationVia,
	type ParseState
} from './parse-state';
import { setTimeGroup } from './parse-time';

export function handleTop(state: ParseState, i: number, kw: 'top' | 'bottom'): void {
	const item = state.items[i];
	const next = state.items[i + 1];
	let limit: number | undefined;
	if (next?.type === 'num' && Number.isInteger(next.value) && next.value > 0) {
		limit = next.value;
		state.used[i + 1] = true;
	}
	state.rank = {
		dir: kw === 'top' ? 'desc' : 'asc',
		limit,
		words: item.words + (limit ? ` ${limit}` : '')
	};
	let entityIndex = nextIndex(state, i + (limit ? 2 : 1));
	if (isTableModifier(state, entityIndex)) {
		state.used[entityIndex] = true;
		entityIndex += 1;
	}
	const entity = state.items[entityIndex];
	if (entity?.type === 'grain' && !state.intent.timeGrain && /^(top|bottom)\b/i.test(item.words)) {
		// "top 5 days by births", "bottom 3 months": the time units are ranked
		setTimeGroup(state, entity.grain, entity.words);
		state.used[entityIndex] = true;
		return;
	}
	const via = relationVia(state, entityIndex);
	if (via) {
		// "top 5 destination cities": the cities reached through the destination key
		const target = { kind: 'column' as const, column: via.column };
		for (let k = entityIndex; k <= via.end; k++) state.used[k] = true;
		state.intent.joinVia.push(via.key);
		state.rank.entity = target;
		state.which = { target, words: entity.words };
		if (!limit) state.rank.limit = 1;
		return;
	}
	if (entity?.type === 'ref') {
		const t =
			groupedColumnOf(state, entityIndex) ??
			entityTarget(state, entity) ??
			numberedKindsOf(state, entityIndex);
		if (t) {
			state.rank.entity = t;
			state.which = { target: t, words: entity.words };
			state.used[entityIndex] = true;
			if (!limit) state.rank.limit = isSaidPlural(entity.words) ? 10 : 1;
		}
	}
}

/** "top 3 stages by income" of a `Stage` 1–7: the numbered kinds, ranked as groups. */
function numberedKindsOf(state: ParseState, i: number): Target | undefined {
	const item = state.items[i];
	const by = state.items[i + 1];
	if (item?.type !== 'ref' || by?.type !== 'kw' || by.kw !== 'by') return undefined;
	const best = item.cands[0]?.target;
	return best?.kind === 'column' && isNumberedKinds(best.column, item.words) ? best : undefined;
}

/**
 * "top 5 calling codes by number of countries" in "Calling codes": words that name the table
 * and, as well, one of its columns name the column when "by" follows, because each row is one
 * thing and only the column's values have a count or a total to rank by.
 */
function groupedColumnOf(state: ParseState, i: number): Target | undefined {
	const item = state.items[i];
	const by = state.items[i + 1];
	if (item?.type !== 'ref' || by?.type !== 'kw' || by.kw !== 'by') return undefined;
	const best = item.cands[0]?.score ?? 0;
	const tops = item.cands.filter((c) => c.score === best);
	const table = tops.find((c) => c.target.kind === 'table')?.target;
	const column = tops.find(
		(c) =>
			c.target.kind === 'column' &&
			table?.kind === 'table' &&
			c.target.column.table === table.table &&
			(isNumberedThing(c.target.column) ||
				(c.target.column.kind === 'text' && labelColumn(table.table) !== c.target.column))
	)?.target;
	return column;
}

/**
 * "who earns the most", "which car weighs the least": "the most" after the words naming a
 * number column, with nothing else to rank, ranks the rows by that column. True when applied.
 */
export function rankByColumnBefore(state: ParseState): boolean {
	const rank = state.rank;
	if (!rank || !/^(most|least)$/i.test(rank.words.trim())) return false;
	const at = state.items.findIndex((x) => x.words === rank.words);
	let j = at - 1;
	if (state.items[j]?.type === 'word' && state.items[j].words.toLowerCase() === 'the') j -= 1;
	const ref = state.items[j];
	if (ref?.type !== 'ref' || state.items.slice(at + 1).some((x) => x.type !== 'word')) return false;
	const column = columnFromRef(state, ref, true);
	if (column?.kind !== 'number') return false;
	// the column was read as one to show, and "the most" as a count of rows: neither is asked
	const intent = state.intent;
	intent.select = intent.select.filter((c) => c !== column);
	const isRankCount = (m: (typeof intent.measures)[number]) =>
		m.agg === 'count' && !m.column && m.words === rank.words;
	intent.measures = intent.measures.filter((m) => !isRankCount(m));
	intent.interpretation = intent.interpretation.filter(
		(x) => x.words !== rank.words && x.words !== ref.words
	);
	if (intent.measures.length === 0 && intent.mode === 'aggregate') intent.mode = 'rows';
	state.intent.order = { column, dir: rank.dir, words: `${ref.words} ${rank.words}` };
	if (rank.limit === undefined) rank.limit = 1;
	note(state, `${ref.words} ${rank.words}`, 'order', `sort by "${column.name}"`);
	return true;
}

/**
 * "largest country by area", "the 5 smallest countries by area": right after the ranked things
 * comes "by" and a number (a column or metric) that ranks them, and no measure was named yet.
 */
export function isRankedByMeasureAhead(state: ParseState, thingAt: number): boolean {
	if (thingAt < 0 || state.intent.measures.length > 0) return false;
	const thing = state.items[thingAt];
	if (thing?.type !== 'ref') return false;
	const named = thing.cands[0].target;
	if (named.kind !== 'table' && !(named.kind === 'column' && named.column.kind === 'text'))
		return false; // "max height by group" ranks no things: it groups
	const by = state.items[nextIndex(state, thingAt + 1)];
	if (by?.type !== 'kw' || by.kw !== 'by') return false;
	return isMeasureNext(state, state.items.indexOf(by));
}

export function isMeasureNext(state: ParseState, i: number): boolean {
	const at = nextIndex(state, i + 1);
	let next = state.items[at];
	if (!next) return false;
	// "by fuel cost" of a fuel log: the table's name before its column only says whose it is
	const owner = next.type === 'ref' ? next.cands[0].target : undefined;
	const after = state.items[at + 1];
	if (owner?.kind === 'table' && after?.type === 'ref') {
		const isOwnColumn = after.cands.some(
			(c) => c.target.kind === 'column' && c.target.column.table === owner.table
		);
		if (isOwnColumn) next = after;
	}
	if (next.type === 'kw')
		return ['count', 'sum', 'avg', 'median', 'min', 'max', 'distinct'].includes(next.kw);
	if (next.type === 'ref') {
		// The best reading, or one as good (a `visits` column in a `visits` table).
		const top = next.cands[0].score;
		return next.cands.some(
			({ target: t, score }) =>
				score >= top - 0.02 &&
				(t.kind === 'metric' || (t.kind === 'column' && t.column.kind === 'number'))
		);
	}
	return false;
}

/** "the most births ever recorded": a record of one row, not the greatest total of a group. */
export function isRecordMost(state: ParseState, kw: string): boolean {
	if (kw !== 'most' && kw !== 'least') return false;
	return state.items.some((x) => x.type === 'word' && x.norm === 'ever');
}
