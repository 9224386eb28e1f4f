/**
 * Words right after a column's name that say what it holds: "stage 6 lessons", "lane 3",
 * "stage 6 and 7" of a column of a few whole numbers (a stage, a lane, a level) are its values,
 * a condition, never what "how many" counts or totals; "connector type" says the column holds
 * kinds even where 'Type 2' is one of its values.
 */
import { wordBesideTime } from './column-entries';
import type { ColumnInfo } from './lexicon';
import { addFilter, takeNegation } from './parse-filters';
import { note, type ParseState, type RefItem } from './parse-state';
import { isSingularWords, normalizeWord } from './text';
import { isCurrencyNamed, isIdentifierColumn, namesEachRow, timeColumn } from './planner-helpers';
import { lineIdentifier } from './weights';
import { shapeOf } from './code-shapes';

/** Most distinct values of a column whose numbers name kinds rather than amounts. */
const MAX_KINDS = 30;

/** A column's name and the number or code after it, or "per" and the rows' noun: read so. */
export function parseNumberedWords(state: ParseState, i: number): boolean {
	return parseColumnNumber(state, i) || parseColumnCode(state, i) || isPerOwnRow(state, i);
}

/** True (the column and its values read as a condition) when the words fit. */
function parseColumnNumber(state: ParseState, i: number): boolean {
	const item = state.items[i] as RefItem;
	const best = item.cands[0]?.target;
	if (best?.kind !== 'column' || !isNumberedKinds(best.column)) return false;
	const values: number[] = [];
	let end = i;
	for (let k = i + 1; k < state.items.length; k += 2) {
		const num = state.items[k];
		if (num?.type !== 'num' || !isValueOf(best.column, num.value)) break;
		values.push(num.value);
		end = k;
		const link = state.items[k + 1];
		const isLink = link?.type === 'kw' && (link.kw === 'and' || link.kw === 'or');
		if (!isLink || state.items[k + 2]?.type !== 'num') break;
	}
	if (values.length === 0) return false;
	// ("stage 6 hours": a unit after the number makes it an amount)
	const after = state.items[end + 1];
	if (after?.type === 'kw' && ['gt', 'lt', 'gte', 'lte'].includes(after.kw)) return false;
	for (let k = i; k <= end; k++) state.used[k] = true;
	const words = state.items
		.slice(i, end + 1)
		.map((x) => x.words)
		.join(' ');
	addFilter(state, {
		column: best.column,
		op: takeNegation(state, values.length > 1 ? 'in' : 'eq'),
		values,
		words
	});
	return true;
}

function isNumberedKinds(column: ColumnInfo): boolean {
	const p = column.profile;
	return (
		column.kind === 'number' &&
		/INT/i.test(column.type) &&
		!!p &&
		p.distinctCount <= MAX_KINDS &&
		(column.table.rowCount ?? 0) >= 3 * p.distinctCount
	);
}

function isValueOf(column: ColumnInfo, value: number): boolean {
	const p = column.profile;
	if (!Number.isInteger(value) || typeof p?.min !== 'number' || typeof p.max !== 'number')
		return false;
	return value >= p.min && value <= p.max;
}

const KIND_WORDS = new Set(['type', 'kind', 'category', 'class', 'sort']);

/**
 * "sessions by connector type" of a `connector` column with a value 'Type 2': "type" after the
 * column says it holds kinds, as in "weather type"; it is not the value that contains the word.
 */
export function isKindOfColumn(state: ParseState, i: number): boolean {
	if (isMoneyNounOfColumn(state, i)) return true;
	const [prev, item] = [state.items[i - 1], state.items[i] as RefItem];
	if (item.cands[0]?.target.kind !== 'value') return false;
	if (prev?.type !== 'ref' || !KIND_WORDS.has(item.words.toLowerCase())) return false;
	const named = prev.cands[0]?.target;
	if (named?.kind !== 'column' || named.column.kind !== 'text') return false;
	const value = item.cands[0].target;
	if (value.kind !== 'value' || value.column !== named.column) return false;
	if (String(value.value).toLowerCase() === item.words.toLowerCase()) return false;
	state.used[i] = true;
	note(state, item.words, 'column', `"${named.column.name}", which holds kinds`);
	return true;
}

/**
 * "average income per lesson" of Swimming lessons: "per" and the table's own noun for its rows
 * is each row, the rows the average is over anyway, not a grouping by the lesson date. (Rows
 * that are lines of an order, "per order", group by the order.) The event the rows' own date
 * is named after, "per clean" of a `Clean Date`, is each row too; so is "every visit" of rows
 * listed ("show me every visit to …").
 */
function isPerOwnRow(state: ParseState, i: number): boolean {
	const [prev, item] = [state.items[i - 1], state.items[i] as RefItem];
	if (state.role !== 'group' || prev?.type !== 'kw') return false;
	// ("show me every visit to …" with nothing measured: each row, listed)
	const isListed =
		prev.words.toLowerCase() === 'every' && state.intent.measures.length === 0 && !state.pendingAgg;
	if (prev.words.toLowerCase() !== 'per' && !isListed) return false;
	const best = item.cands[0]?.target;
	// ("median miles per job" where "job" names `Job Ref`, one per row: each row still)
	const rows = item.cands.find((c) => c.target.kind === 'table' && c.target.isRowNoun)?.target;
	const isRowId =
		best?.kind === 'column' &&
		rows?.kind === 'table' &&
		rows.table === best.column.table &&
		isIdentifierColumn(best.column) &&
		namesEachRow(best.column);
	const own = best?.kind === 'table' && best.isOwnNoun ? best : isRowId ? rows : eventOfRows(item);
	if (own?.kind !== 'table' || !isSingularWords(item.words)) return false;
	if (lineIdentifier(own.table, item.words)) return false;
	if (state.intent.measures.length === 0 && !state.pendingAgg && !isListed) return false;
	state.used[i] = true;
	state.intent.isEachRow ||= isListed;
	state.role = 'none';
	note(state, `${prev.words} ${item.words}`, 'table', `each row of ${own.table.humanName}`);
	return true;
}

/**
 * "per clean" of a round book whose rows happen on a `Clean Date`: the event the rows' own date
 * is named after is each row, as the table's noun would be. The table, when the words say so.
 */
function eventOfRows(item: RefItem): { kind: 'table'; table: ColumnInfo['table'] } | undefined {
	for (const c of item.cands) {
		if (c.target.kind === 'column' && isEventOfRows(c.target.column, item.words))
			return { kind: 'table', table: c.target.column.table };
	}
	return undefined;
}

function isEventOfRows(column: ColumnInfo, words: string): boolean {
	const isEvent = column.kind === 'date' && wordBesideTime(column) === normalizeWord(words);
	return isEvent && timeColumn(column.table) === column;
}

/** Nouns of money a column of money is ("net revenue", "gross income"). */
const MONEY_NOUNS = new Set(['revenue', 'income', 'takings', 'earnings', 'amount', 'value']);

/**
 * "top 3 clients by net revenue" of a `Net (£)`: a noun of money right after the name of a
 * column of money says what that column is, the same column again. True when read so.
 */
export function isMoneyNounOfColumn(state: ParseState, i: number): boolean {
	const [prev, item] = [state.items[i - 1], state.items[i]];
	const said = item.words.toLowerCase();
	if (prev?.type !== 'ref' || !(MONEY_NOUNS.has(said) || MONEY_NOUNS.has(normalizeWord(said))))
		return false;
	if (item.type !== 'word' && item.type !== 'ref') return false;
	const named = prev.cands[0]?.target;
	if (named?.kind !== 'column' || !isCurrencyNamed(named.column)) return false;
	state.used[i] = true;
	note(state, item.words, 'column', `"${named.column.name}" again`);
	return true;
}

/**
 * "show me booking 00417" of a `Booking No` kept as text ('00417'): a number typed after the
 * name of a column of codes, in the shape its values have, is one of them, as typed.
 */
function parseColumnCode(state: ParseState, i: number): boolean {
	const item = state.items[i] as RefItem;
	const best = item.cands[0]?.target;
	// ("booking number 00417": the column's own word for its codes may come between)
	const said = state.items[i + 1];
	const isNumberWord = said?.type === 'word' && CODE_WORDS.has(said.norm);
	const at = isNumberWord ? i + 2 : i + 1;
	const num = state.items[at];
	if (best?.kind !== 'column' || num?.type !== 'num' || !/^\d+$/.test(num.raw)) return false;
	const column = best.column;
	if (column.kind !== 'text' || !isIdentifierColumn(column)) return false;
	const shape = shapeOf(num.raw);
	const samples = (column.profile?.topValues ?? []).map((t) => String(t.value));
	if (samples.length === 0 || !samples.every((v) => shape.test(v))) return false;
	for (let k = i; k <= at; k++) state.used[k] = true;
	const words = `${item.words}${isNumberWord ? ` ${said.words}` : ''} ${num.raw}`;
	addFilter(state, { column, op: takeNegation(state, 'eq'), values: [num.raw], words });
	return true;
}

/** Words for a column's codes said between its name and a code ("booking number 00417"). */
const CODE_WORDS = new Set(['number', 'no', 'ref', 'reference', 'id', 'code']);
