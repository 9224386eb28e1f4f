/**
 * "countries with at least one large airport": "at least one" (or "more than zero") before a
 * value says the rows have that value, which the value's own filter says; the words read as
 * part of it rather than as a comparison with no number column to compare. "Orders with a
 * discount": a number the rows have some of is above zero.
 */
import { HAVE_WORDS, NEGATED_AUXILIARY, SUBJECT_WORDS } from './vocabulary';
import type { FilterOp } from './intent';
import { addFilter, takeNegation } from './parse-filters';
import {
	isTimesWord,
	isValueCand,
	nextIndex,
	note,
	type ParseState,
	type RefItem
} from './parse-state';
import { isTimesNumber } from './text';
import { isIdentifierColumn } from './planner-helpers';
import type { Item } from './matcher';

export function parseHasOne(
	state: ParseState,
	i: number,
	op: FilterOp,
	values: number[],
	numIndex: number
): boolean {
	const isOne = (op === 'gte' && values[0] === 1) || (op === 'gt' && values[0] === 0);
	if (!isOne) return false;
	const after = state.items[nextIndex(state, numIndex + 1)];
	if (after?.type !== 'ref' || !after.cands.some(isValueCand)) return false;
	for (let k = i; k <= numIndex; k++) state.used[k] = true;
	const words = state.items
		.slice(i, numIndex + 1)
		.map((x) => x.words)
		.join(' ');
	note(state, words, 'filter', `rows that have "${after.words}" (its filter)`);
	return true;
}

/** A condition on a group's number of rows: more, fewer, at least, at most or exactly. */
export function isHavingOp(op: FilterOp): op is 'gt' | 'lt' | 'gte' | 'lte' | 'eq' {
	return op === 'gt' || op === 'lt' || op === 'gte' || op === 'lte' || op === 'eq';
}

const SOME_WORDS = new Set(['a', 'an', 'any', 'some']);

/**
 * "orders with a discount", "days with any rain": a number column after "with a" (no number
 * after it) keeps the rows where it is above zero. True when applied.
 */
export function parseWithSome(state: ParseState, i: number): boolean {
	const item = state.items[i] as RefItem;
	const [withWord, some] = [state.items[i - 2], state.items[i - 1]];
	const isWith = withWord?.type === 'kw' && withWord.kw === 'with';
	const isHave =
		withWord?.type === 'word' && (HAVE_WORDS.has(withWord.norm) || withWord.norm === 'having');
	if (!isWith && !isHave) return false;
	if (some?.type !== 'word' || !SOME_WORDS.has(some.norm) || state.pendingAgg) return false;
	const best = item.cands[0]?.target;
	if (best?.kind !== 'column' || best.column.kind !== 'number') return false;
	const next = state.items[i + 1];
	// ("a discount of 0.1": the number follows)
	if (next?.type === 'word' && next.norm === 'of' && state.items[i + 2]?.type === 'num')
		return false;
	if (
		next?.type === 'num' ||
		(next?.type === 'kw' && ['gt', 'lt', 'gte', 'lte', 'eq', 'between'].includes(next.kw))
	)
		return false;
	state.used[i - 2] = true;
	state.used[i - 1] = true;
	addFilter(state, {
		column: best.column,
		op: takeNegation(state, 'gt'),
		values: [0],
		words: `${withWord!.words} ${some.words} ${item.words}`
	});
	return true;
}

const AUXILIARIES = new Set([
	'been',
	'was',
	'were',
	'is',
	'are',
	'be',
	'got',
	'get',
	'have',
	'has',
	'had'
]);

/**
 * "items that haven't been returned", "orders that were shipped": a participle naming a date
 * column (`returnedOn`, `shipped_date`) after "been", "was" or "were" says whether the event
 * happened: the date is present (or, negated, missing). True when applied.
 */
export function parseEventHappened(state: ParseState, i: number): boolean {
	const item = state.items[i] as RefItem;
	// ("have we issued": the auxiliary before the one who did it)
	const before = state.items[i - 1];
	const isAsked =
		before?.type === 'word' &&
		SUBJECT_WORDS.has(before.norm) &&
		state.items[i - 2]?.type === 'word';
	const prev = isAsked ? state.items[i - 2] : before;
	if (!/ed$/i.test(item.words)) return false;
	// ("returns that weren't received": the auxiliary and its "not" in one word)
	const isNegatedAux = prev?.type === 'kw' && state.isNegated && NEGATED_AUXILIARY.test(prev.words);
	const isAux = prev?.type === 'word' && AUXILIARIES.has(prev.norm);
	if (!isAux && !isNegatedAux) return parseEventAdjective(state, i);
	// (among the readings: "delivered" may also say what the rows are, deliveries)
	const best = item.cands
		.map((c) => c.target)
		.find((t) => t.kind === 'column' && t.column.kind === 'date');
	if (best?.kind !== 'column') return false;
	const next = state.items[i + 1];
	if (next && next.type !== 'word' && !(next.type === 'kw' && next.kw === 'by')) {
		if (!isHowOften(state, i + 1)) return false;
	}
	// ("waiting to be collected", "yet to be paid": what is to be done has not happened)
	const to = state.items[i - 2];
	const isToBe = prev.type === 'word' && prev.norm === 'be' && to?.words.toLowerCase() === 'to';
	addFilter(state, {
		column: best.column,
		op: takeNegation(state, isToBe ? 'is_null' : 'not_null'),
		values: [],
		words: `${isToBe ? 'to ' : ''}${prev.words} ${item.words}`
	});
	if (isToBe) state.used[i - 2] = true;
	return true;
}

/**
 * "finished books with no rating", "books not finished" of `dateFinished`: the participle its
 * date column is named by, said right before the rows' noun (or after it, negated), keeps the
 * rows where the event happened (or did not). True when applied.
 */
function parseEventAdjective(state: ParseState, i: number): boolean {
	const item = state.items[i] as RefItem;
	const said = item.cands[0];
	const column = said?.target.kind === 'column' ? said.target.column : undefined;
	if (!column || column.kind !== 'date' || said.isLoose || said.isRelated) return false;
	if (!column.words.includes(item.words.toLowerCase())) return false;
	const isRows = (x: Item | undefined) =>
		x?.type === 'ref' &&
		(x.cands[0]?.target.kind === 'table'
			? x.cands[0].target.table === column.table
			: x.cands[0]?.target.kind === 'column' &&
				x.cands[0].target.column.table === column.table &&
				isIdentifierColumn(x.cands[0].target.column));
	const before = state.items[i - 1];
	const isNegatedAfter =
		state.isNegated && before?.type === 'kw' && before.kw === 'not' && isRows(state.items[i - 2]);
	const next = state.items[i + 1];
	const isEnd = !next || next.type === 'kw';
	if (!(isRows(next) && !state.isNegated) && !(isNegatedAfter && isEnd)) return false;
	addFilter(state, {
		column,
		op: takeNegation(state, 'not_null'),
		values: [],
		words: isNegatedAfter ? `${before.words} ${item.words}` : item.words
	});
	return true;
}

/** "more than 3 times", "at least once" at k: how often the rows' event happened. */
function isHowOften(state: ParseState, k: number): boolean {
	const [compare, num, times] = state.items.slice(k, k + 3);
	if (compare?.type !== 'kw' || !['gt', 'gte', 'lt', 'lte', 'eq'].includes(compare.kw))
		return false;
	if (num?.type !== 'num') return false;
	return isTimesWord(times) || isTimesNumber(num.raw);
}

/**
 * "faulty sessions" of a `fault_code` left empty for most rows: an adjective of the column's
 * noun (fault → faulty) before the rows says they have one. True when applied.
 */
export function parseHasAdjective(state: ParseState, i: number): boolean {
	const item = state.items[i] as RefItem;
	const word = item.words.toLowerCase();
	const next = state.items[i + 1];
	if (!/^[a-z]{4,}y$/.test(word) || next?.type !== 'ref') return false;
	const best = item.cands[0]?.target;
	if (best?.kind !== 'column' || (best.column.kind !== 'text' && best.column.kind !== 'date'))
		return false;
	if (!best.column.words.includes(word.slice(0, -1))) return false;
	if ((best.column.profile?.nullShare ?? 0) < 0.2) return false;
	const rows = next.cands[0]?.target;
	if (rows?.kind !== 'table' || rows.table !== best.column.table) return false;
	addFilter(state, {
		column: best.column,
		op: takeNegation(state, 'not_null'),
		values: [],
		words: item.words
	});
	return true;
}
