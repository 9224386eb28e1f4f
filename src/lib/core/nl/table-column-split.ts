/**
 * A table named after its one measure: "Life expectancy" with a column `expectancy`, "Average
 * temperature" with `temperature`, "Landlocked countries" with `landlocked`. When a question
 * says the table's whole name, it names the column ("life expectancy" is `expectancy`), and
 * the words around it are read on their own: a leading "average" asks for an average, a trailing
 * "countries" names the rows. (A column named exactly like its table is preferSameNamedColumn's.)
 */
import type { ColumnInfo } from './lexicon';
import type { Candidate, Item } from './matcher';
import { isCurrencyNamed, isOnePerRow, labelColumn } from './planner-helpers';
import { normalizeWord, type Token } from './text';
import { ARTICLES } from './vocabulary';

type RefItem = Extract<Item, { type: 'ref' }>;

const KIND_WORDS = new Set(['type', 'kind', 'category', 'class', 'form']);
const AGGREGATE_WORDS = new Set(['average', 'mean', 'total', 'median', 'sum', 'overall']);
/** Words before a table's name that make its leading words part of the name. */
const RANKING_WORDS = new Set(
	'highest lowest largest smallest biggest maximum minimum max min top bottom yearly annual monthly daily'.split(
		' '
	)
);

export function splitTableNamedColumns(
	items: Item[],
	tokens: Token[],
	rematch: (tokens: Token[]) => Item[]
): Item[] {
	return items.flatMap((item) =>
		item.type === 'ref' ? (splitOne(item, tokens, rematch) ?? [item]) : [item]
	);
}

function splitOne(
	item: RefItem,
	tokens: Token[],
	rematch: (tokens: Token[]) => Item[]
): Item[] | undefined {
	const top = item.cands[0];
	if (top?.target.kind !== 'table' || top.isLoose || top.target.isRowNoun) return undefined;
	if (item.end - item.start < 2) return undefined;
	const span = tokens.slice(item.start, item.end);
	const norms = span.map((t) => normalizeWord(t.raw.toLowerCase()));
	const table = top.target.table;
	const fitting = table.columns.filter((c) => isNamedWithin(c, norms));
	// "Landlocked countries": `country` labels the rows; the measure is `landlocked`
	const fits = fitting.length > 1 ? fitting.filter((c) => c !== labelColumn(table)) : fitting;
	if (fits.length !== 1) return undefined;
	const column = fits[0];
	const at = norms.flatMap((n, k) => (wordsOf(column).includes(n) ? [k] : []));
	// Leading words of the name other than an aggregate ("life" of "life expectancy") are the
	// column's fuller name; an aggregate ("average" of "average temperature") is read on its own.
	let first = at[0];
	while (first > 0 && !AGGREGATE_WORDS.has(norms[first - 1])) first -= 1;
	let last = at[at.length - 1];
	// "government type": a word saying the column holds kinds stays with it
	if (last + 1 < norms.length && KIND_WORDS.has(norms[last + 1]) && column.kind === 'text') {
		last += 1;
	} else if (column.kind === 'text' && isCountedAt(tokens, item.start)) {
		return undefined; // ("how many court bookings" of `Court`: bookings of any court)
	}
	if (at[at.length - 1] - at[0] + 1 !== at.length) return undefined;
	// "an average temperature", "the highest average temperature": the aggregate word is part
	// of the name (the data holds averages); only "average temperature of …" asks for one.
	const said = tokens[item.start - 1]?.norm ?? '';
	const isNamePart = first > 0 && (ARTICLES.has(said) || RANKING_WORDS.has(said));
	if (isNamePart) return undefined;
	const cand: Candidate = { target: { kind: 'column', column }, score: 1, isLoose: false };
	const named: Item = {
		type: 'ref',
		start: item.start + first,
		end: item.start + last + 1,
		words: span
			.slice(first, last + 1)
			.map((t) => t.raw)
			.join(' '),
		cands: [cand, ...item.cands]
	};
	const before = first > 0 ? shifted(rematch(span.slice(0, first)), item.start) : [];
	const after =
		last + 1 < span.length ? shifted(rematch(span.slice(last + 1)), item.start + last + 1) : [];
	return [...before, named, ...after];
}

/** "how many …", "number of …" just before: the words name what is counted. */
function isCountedAt(tokens: Token[], at: number): boolean {
	const before = tokens
		.slice(Math.max(0, at - 2), at)
		.map((t) => t.norm)
		.join(' ');
	return before === 'how many' || before === 'number of';
}

function wordsOf(column: ColumnInfo): string[] {
	return column.content.map((w) => normalizeWord(w));
}

/** The column's words are some, not all, of the words that name its table. */
function isNamedWithin(column: ColumnInfo, norms: string[]): boolean {
	const words = wordsOf(column);
	return words.length > 0 && words.length < norms.length && words.every((w) => norms.includes(w));
}

function shifted(items: Item[], offset: number): Item[] {
	return items.map((x) => ({ ...x, start: x.start + offset, end: x.end + offset }));
}

const RANKING_KEYWORDS = new Set(['max', 'min', 'most', 'least', 'top', 'bottom']);

/**
 * "cities" of a table "World cities" whose `city` column labels its rows: the plural is the
 * table's own noun, so it counts and lists rows (two cities may share a name).
 */
function namesHead(item: Extract<Item, { type: 'ref' }>, column: ColumnInfo): boolean {
	const said = item.words.toLowerCase().split(/\s+/);
	if (said.length !== 1 || normalizeWord(said[0]) === said[0]) return false;
	const head =
		column.table.humanName
			.toLowerCase()
			.split(/[\s_]+/)
			.at(-1) ?? '';
	return head === said[0] && wordsOf(column).join(' ') === normalizeWord(head);
}

/** After a number or a superlative: "the 10 hottest countries", "the 5 countries". */
function isRanked(items: Item[], k: number): boolean {
	const prev = items[k - 1];
	return prev?.type === 'num' || (prev?.type === 'kw' && RANKING_KEYWORDS.has(prev.kw));
}

/**
 * "the 10 hottest countries" of a table with one row per `country`: ranked, the noun names the
 * rows (the table) as much as the column that labels them. The table is read first; the column
 * stays a candidate of the same score.
 */
export function rowsOfLabel(items: Item[]): Item[] {
	return items.map((item, k) => {
		if (item.type !== 'ref') return item;
		const top = item.cands[0];
		if (top?.target.kind !== 'column' || top.isLoose) return item;
		const column = top.target.column;
		if (column.kind !== 'text' || labelColumn(column.table) !== column) return item;
		// ("how many different jobs" counts the values, not the rows)
		const prev = items[k - 1];
		if (prev?.type === 'kw' && prev.kw === 'distinct') return item;
		const isRows = isRanked(items, k) ? isOnePerRow(column) === true : namesHead(item, column);
		if (!isRows) return item;
		if (item.cands.some((c) => c.target.kind === 'table' && c.target.table === column.table)) {
			const rest = item.cands.filter(
				(c) => !(c.target.kind === 'table' && c.target.table === column.table)
			);
			const table = item.cands.find((c) => c.target.kind === 'table') as Candidate;
			return { ...item, cands: [{ ...table, score: top.score }, ...rest] };
		}
		const table: Candidate = {
			target: { kind: 'table', table: column.table },
			score: top.score,
			isLoose: false
		};
		return { ...item, cands: [table, ...item.cands] };
	});
}

/**
 * "city population", "country size": the column that labels a table's rows, said right before
 * one of its number columns, says whose number it is. The two read as that column.
 */
export function rowsModifier(items: Item[]): Item[] {
	const out: Item[] = [];
	for (let k = 0; k < items.length; k++) {
		const item = items[k];
		const next = items[k + 1];
		// ("longest delivery distance" still ranks the deliveries: the superlative goes with them)
		const prev = items[k - 1];
		const isRanking = prev?.type === 'kw' && RANKING_KEYWORDS.has(prev.kw);
		// ("highest electric bill" ranks the money: what it paid for goes with it all the same)
		const isModifier =
			item.type === 'ref' &&
			next?.type === 'ref' &&
			(isPaidFor(item, next) || (!isRanking && modifies(item, next)));
		if (isModifier) {
			out.push({ ...next, start: item.start, words: `${item.words} ${next.words}` });
			k += 1;
			continue;
		}
		// "spent on electricity": what the money went on, said after it
		const after = items[k + 2];
		if (
			item.type === 'ref' &&
			next?.type === 'kw' &&
			next.words === 'on' &&
			after?.type === 'ref'
		) {
			if (isPaidFor(after, item)) {
				out.push({ ...item, end: after.end, words: `${item.words} on ${after.words}` });
				k += 2;
				continue;
			}
		}
		out.push(item);
	}
	return out;
}

function modifies(item: RefItem, next: RefItem): boolean {
	const head = next.cands[0]?.target;
	if (head?.kind !== 'column' || head.column.kind !== 'number' || next.cands[0].isLoose)
		return false;
	const table = head.column.table;
	const top = item.cands[0]?.target;
	// (a table's name before its column is isTableModifier's case)
	if (!top || item.cands[0].isLoose) return false;
	return top.kind === 'column' && top.column.table === table && labelColumn(table) === top.column;
}

/**
 * "electricity cost", "spent on power": an amount of a thing bought (`kwh`) beside money paid
 * in the same table (`Cost (£)`) says what the money paid for; the two read as the money.
 */
function isPaidFor(item: RefItem, money: RefItem): boolean {
	const paid = money.cands[0]?.target;
	const thing = item.cands[0]?.target;
	if (paid?.kind !== 'column' || thing?.kind !== 'column') return false;
	// ("closing price" is no price of a distance: a word only related to a column's names by
	// meaning says nothing of what was bought)
	if (item.cands[0].isRelated) return false;
	const isAmount = thing.column.kind === 'number' && !isMoney(thing.column);
	return isAmount && isMoney(paid.column) && thing.column.table === paid.column.table;
}

/** Words of a column that holds money paid. */
const MONEY_WORDS = new Set(['cost', 'price', 'charge', 'fee', 'bill', 'spend', 'expense']);

function isMoney(column: ColumnInfo): boolean {
	return isCurrencyNamed(column) || column.words.some((w) => MONEY_WORDS.has(w));
}
