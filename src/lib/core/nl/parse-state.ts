/**
 * Shared state of one parse: the items, a cursor, the intent being filled and helpers to pick a
 * catalog target of the wanted kind from a reference's candidates.
 */
import { emptyIntent, type Aggregate, type Intent } from './intent';
import type { Grain } from './vocabulary';
import type { ColumnInfo, PreparedCatalog, TableInfo, Target } from './lexicon';
import type { Candidate, Item } from './matcher';
import type { InterpretationKind } from './types';
import { HARMLESS } from './vocabulary';
import { isNumberedThing, isOnePerRow, labelColumn } from './planner-helpers';
import { isSingularWords, normalizeWord, splitName } from './text';
import { saidBesides } from './side-words';

export type RefItem = Extract<Item, { type: 'ref' }>;

export interface ParseState {
	items: Item[];
	used: boolean[];
	prepared: PreparedCatalog;
	intent: Intent;
	/** Tables the references point at most, used to settle same-named columns. */
	preferredTables: Set<TableInfo>;
	pendingAgg?: { agg: Aggregate; words: string; share?: 'percent' | 'ratio' };
	/** "max and min salary": aggregates joined by "and" before one column, all of them asked. */
	joinedAggs?: Array<{ agg: Aggregate; words: string }>;
	/**
	 * A share asked. isRate: of the rows of each group, as a rate is ("billable %" by person);
	 * part: the words of the yes/no condition said to be its part.
	 */
	pendingShare?: { share: 'percent' | 'ratio'; words: string; isRate?: boolean; part?: string };
	role: 'none' | 'group' | 'order';
	isNegated: boolean;
	/** The negation takes some rows away from all ("excluding", "not counting"). */
	isExcluding?: boolean;
	/** The negation just taken was one of excluding (for the filter it made). */
	wasExcluding?: boolean;
	/** isAll: every one ranked ("rank continents by …"), never cut to the first. */
	rank?: { dir: 'asc' | 'desc'; limit?: number; words: string; entity?: Target; isAll?: boolean };
	/** "which origin …" — the thing asked about. */
	which?: { target?: Target; words: string };
	/** Column references not yet given a role, by item index. */
	loose: Array<{ index: number; column: ColumnInfo; words: string }>;
	/** Aggregate to use for the ranking measure ("most" → sum/count, "highest" → max). */
	orderAgg?: 'most' | 'least' | 'max' | 'min';
	sortDir?: 'asc' | 'desc';
	isRowsHint: boolean;
	/** The rows are listed, never counted for being named and limited in time (parse-counted). */
	isListForced?: boolean;
	isDistinctList: boolean;
	/** "average daily revenue": a time unit right after an aggregate, settled at the end. */
	unitWord?: { grain: Grain; words: string; isSingle?: boolean };
	/** "average number of flights per day": the aggregate to take over the counts of the units. */
	unitCountAgg?: { agg: Aggregate; words: string };
}

export function newState(
	items: Item[],
	prepared: PreparedCatalog,
	options: { isListForced?: boolean } = {}
): ParseState {
	return {
		...options,
		items,
		used: items.map(() => false),
		prepared,
		intent: emptyIntent(),
		preferredTables: preferTables(items, prepared),
		role: 'none',
		isNegated: false,
		loose: [],
		isRowsHint: false,
		isDistinctList: false
	};
}

/** Tables ranked by how many references can only live there. */
function preferTables(items: Item[], prepared: PreparedCatalog): Set<TableInfo> {
	const votes = new Map<TableInfo, number>();
	for (const item of items) {
		if (item.type !== 'ref') continue;
		const tables = new Set(item.cands.map((c) => targetTable(c.target)).filter((t) => !!t));
		for (const t of tables) votes.set(t, (votes.get(t) ?? 0) + 1 / tables.size);
	}
	if (votes.size === 0) return new Set(prepared.tables.length === 1 ? prepared.tables : []);
	const best = Math.max(...votes.values());
	return new Set([...votes].filter(([, v]) => v >= best - 1e-9).map(([t]) => t));
}

export function targetTable(target: Target): TableInfo | undefined {
	return target.kind === 'table' || target.kind === 'metric' ? target.table : target.column.table;
}

/** The tables the question's words point at, else every table of the catalog. */
export function tablesInView(state: ParseState): TableInfo[] {
	return state.preferredTables.size > 0 ? [...state.preferredTables] : state.prepared.tables;
}

/** The one table read: the reading's first, else the first pointed at, else the only one. */
export function tableInView(state: ParseState): TableInfo | undefined {
	const only = state.prepared.tables.length === 1 ? state.prepared.tables[0] : undefined;
	return state.intent.tables[0] ?? [...state.preferredTables][0] ?? only;
}

export function note(
	state: ParseState,
	words: string,
	kind: InterpretationKind,
	meaning: string,
	sql?: string
): void {
	state.intent.interpretation.push({ words, kind, meaning, ...(sql ? { sql } : {}) });
}

/** Index of the next item not yet used and not a harmless filler word, or -1. */
export function nextIndex(state: ParseState, from: number): number {
	for (let i = from; i < state.items.length; i++) {
		const item = state.items[i];
		if (state.used[i]) continue;
		if (item.type === 'word' && HARMLESS.has(item.norm)) continue;
		return i;
	}
	return -1;
}

/** Index of the previous meaningful item (skipping filler), or -1. */
export function prevIndex(state: ParseState, from: number): number {
	for (let i = from; i >= 0; i--) {
		const item = state.items[i];
		if (item.type === 'word' && HARMLESS.has(item.norm)) continue;
		return i;
	}
	return -1;
}

export type CandFilter = (c: Candidate) => boolean;

export const isColumnCand: CandFilter = (c) => c.target.kind === 'column';
export const isNumericCand: CandFilter = (c) =>
	c.target.kind === 'column' && c.target.column.kind === 'number';
export const isMetricCand: CandFilter = (c) => c.target.kind === 'metric';
export const isTableCand: CandFilter = (c) => c.target.kind === 'table';
export const isValueCand: CandFilter = (c) => c.target.kind === 'value';
export const isGroupableCand: CandFilter = (c) =>
	c.target.kind === 'column' && c.target.column.kind !== 'other';

/**
 * The single best candidate passing `filter`, preferring the preferred tables. Returns
 * 'ambiguous' when two different columns tie.
 */
export function pick(
	state: ParseState,
	item: RefItem,
	filter: CandFilter
): Candidate | 'ambiguous' | undefined {
	let cands = item.cands.filter(filter);
	if (cands.length === 0) return undefined;
	const inPreferred = cands.filter((c) => {
		const t = targetTable(c.target);
		return !t || state.preferredTables.has(t);
	});
	if (inPreferred.length > 0) cands = inPreferred;
	const best = cands[0].score;
	const window = cands[0].isLoose ? 0.1 : 0.02;
	const top = cands.filter((c) => c.score >= best - window);
	if (top.length === 1) return top[0];
	const sameTable = top.filter((c) => targetTable(c.target) === targetTable(top[0].target));
	const columns = new Set(top.map(columnOf).filter((c) => c !== undefined));
	if (sameTable.length === top.length && columns.size > 1) {
		// "cost" of `Cost Repair`, `Cost Other` and `Cost Total`: the total is the cost
		const totals = top.filter((c) => columnOf(c)?.words.includes('total'));
		if (totals.length === 1) return totals[0];
		// ("readings … taken" of `Reading Taken` beside `Meds Taken`: the other word is said too)
		const said = saidBesides(state.items, item);
		const echoed = top.filter((c) =>
			columnOf(c)?.words.some((w) => /^\p{L}{3,}$/u.test(w) && said.has(w))
		);
		return echoed.length === 1 ? echoed[0] : 'ambiguous';
	}
	return top[0];
}

export function columnOf(c: Candidate): ColumnInfo | undefined {
	return c.target.kind === 'column' || c.target.kind === 'value' ? c.target.column : undefined;
}

export function markAmbiguous(state: ParseState, item: RefItem, filter: CandFilter): void {
	const columns = item.cands
		.filter(filter)
		.map(columnOf)
		.filter((c): c is ColumnInfo => !!c);
	state.intent.ambiguous.push({ words: item.words, columns });
}

/** Record a loose match (partial name, typo) as a confidence factor. */
export function noteMatchQuality(state: ParseState, item: RefItem, cand: Candidate): void {
	if (cand.score < 0.9) {
		state.intent.factors.push({
			reason: `"${item.words}" matched loosely`,
			factor: Math.max(0.5, cand.score + 0.1)
		});
	}
}

/** Enough to bring any answer below the confidence threshold on its own. */
export const UNPLACED_WORD_PENALTY = 0.45;

export function unknown(state: ParseState, i: number, penalty: number): void {
	state.used[i] = true;
	state.intent.unknown.push({ words: state.items[i].words, penalty });
}

/** What a "which …" / "top 5 …" phrase ranks: a table, or a non-numeric column. */
export function entityTarget(state: ParseState, item: RefItem): Target | undefined {
	const cand = pick(
		state,
		item,
		(c) =>
			c.target.kind === 'table' ||
			(c.target.kind === 'column' &&
				(c.target.column.kind !== 'number' || isNumberedThing(c.target.column)))
	);
	if (!cand || cand === 'ambiguous') return undefined;
	const target = cand.target;
	// "the 10 hottest countries" where `country` labels one row each: the rows are ranked
	if (target.kind === 'column' && isRowsLabel(target.column) && !isSingularWords(item.words)) {
		return { kind: 'table', table: target.column.table };
	}
	return target;
}

/**
 * "top 3 stages by income" of a `Stage` 1–7: a few whole numbers said in the plural (or
 * asked "which lane …") are kinds of rows, ranked as groups.
 */
export function isNumberedKinds(column: ColumnInfo, words: string, isAsked = false): boolean {
	const distinct = column.profile?.distinctCount ?? Infinity;
	const rows = column.table.rowCount ?? 0;
	return (
		(isAsked || !isSingularWords(words)) &&
		/INT/i.test(column.type) &&
		distinct <= 12 &&
		rows >= 5 * distinct &&
		column.words.length === 1
	);
}

/** The text column that names a table's rows, one row per value. */
function isRowsLabel(column: ColumnInfo): boolean {
	return (
		column.kind === 'text' && labelColumn(column.table) === column && isOnePerRow(column) === true
	);
}

/**
 * A table name used as a noun modifier of one of its columns: "car names", "disaster
 * entities", "penguin species". The column is the head; the table only says where it lives.
 */
export function isTableModifier(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const next = state.items[i + 1];
	if (item?.type !== 'ref' || next?.type !== 'ref') return false;
	// "metro population": the column naming the rows, then an amount of that row
	// (a loose match, "refund" of `booking_ref`, names nothing)
	const top = item.cands[0];
	const label = top.target.kind === 'column' && !top.isLoose ? top.target.column : undefined;
	if (label && label === labelColumn(label.table) && label.kind === 'text') {
		// (an amount matched only by a word of like meaning, "gave" of `amt`, may be a verb)
		const top = next.cands[0];
		const amount = top && (!top.isLoose || isShortFor(next.words, top)) ? top.target : undefined;
		if (amount?.kind === 'column' && amount.column.table === label.table)
			return amount.column.kind === 'number' && state.pendingAgg !== undefined;
	}
	const table = item.cands.find(isTableCand);
	if (!table || table.target.kind !== 'table' || item.cands[0] !== table) return false;
	const owner = table.target.table;
	// (nor does a noun of its rows matched loosely: "pass" is no short "passengers")
	if (table.isLoose && !isOfTableName(item.words, owner)) return false;
	return next.cands.some((c) => c.target.kind === 'column' && c.target.column.table === owner);
}

/** "fuel" of Fuel log, "read" of Reading log: a word said begins a word of the table's name. */
function isOfTableName(words: string, table: TableInfo): boolean {
	const names = splitName(table.humanName).map(normalizeWord);
	const said = words.toLowerCase().split(/\s+/).map(normalizeWord);
	return said.some((w) => w.length >= 3 && names.some((n) => n.startsWith(w) || w.startsWith(n)));
}

/** "population" of `POP_1980`: the words begin with one of the column's words, or it with them. */
function isShortFor(words: string, cand: Candidate): boolean {
	const typed = normalizeWord(words);
	const column = cand.target.kind === 'column' ? cand.target.column : undefined;
	return !!column?.words.some((w) => w.length >= 2 && (typed.startsWith(w) || w.startsWith(typed)));
}

/**
 * "origin state", "destination cities", "origin airport name": a relation key followed by a
 * column of the table it links to means that column, reached through that key. Returns the
 * column, the key and the index of the last item used, or undefined.
 */
export function relationVia(
	state: ParseState,
	i: number
): { column: ColumnInfo; key: ColumnInfo; end: number } | undefined {
	const item = state.items[i];
	if (item?.type !== 'ref') return undefined;
	for (const cand of item.cands) {
		if (cand.target.kind !== 'column') continue;
		const key = cand.target.column;
		const linked = linkedTables(state, key);
		if (linked.length === 0) continue;
		let j = i + 1;
		const next = state.items[j];
		if (next?.type !== 'ref') continue;
		const tableCand = next.cands.find(
			(c) => c.target.kind === 'table' && linked.includes(c.target.table)
		);
		const after = state.items[j + 1];
		const columnIn = (x: Item | undefined) =>
			x?.type === 'ref'
				? x.cands
						.map(columnOf)
						.find((c) => c !== undefined && c.kind !== 'other' && linked.includes(c.table))
				: undefined;
		let column = columnIn(next);
		if (tableCand && columnIn(after)) {
			column = columnIn(after);
			j += 1;
		}
		if (!column && tableCand?.target.kind === 'table') {
			const label = tableCand.target.table.columns.find(
				(c) => c.kind === 'text' && c.words.includes('name')
			);
			column = label;
		}
		if (column && column !== key) return { column, key, end: j };
	}
	return undefined;
}

function linkedTables(state: ParseState, key: ColumnInfo): TableInfo[] {
	const out: TableInfo[] = [];
	for (const r of state.prepared.context.relations) {
		const sides = [r.left, r.right];
		const own = sides.findIndex((s) => s.table === key.table.quotedName && s.column === key.name);
		if (own < 0) continue;
		const other = state.prepared.tableByName.get(sides[1 - own].table);
		if (other && other !== key.table) out.push(other);
	}
	return out;
}

/** Numeric columns to suggest when a word named no number. */
export function numericSuggestions(state: ParseState): string[] {
	const tables =
		state.preferredTables.size > 0 ? [...state.preferredTables] : state.prepared.tables;
	const names = tables
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'number')
		.slice(0, 5)
		.map((c) => c.name);
	return names.length > 0 ? [`Try one of: ${names.join(', ')}.`] : [];
}

/** Groups the answer by `column` (once), noting the words that asked for it. */
export function addGroup(state: ParseState, column: ColumnInfo, words: string): void {
	if (state.intent.groups.some((g) => g.column === column)) return;
	// ("each volunteer" of a number `Volunteers`: how many there were, not which one)
	const one = words.trim().toLowerCase();
	if (column.kind === 'number' && [`${one}s`, `${one}es`].includes(column.name.toLowerCase())) {
		state.intent.unknown.push({ words, penalty: UNPLACED_WORD_PENALTY });
		return;
	}
	state.intent.groups.push({ column, words });
	note(state, words, 'group', `group by "${column.name}"`);
}

/** "by origin state": a group reached through a relation key (relationVia). */
export function groupViaRelation(state: ParseState, i: number): boolean {
	const via = relationVia(state, i);
	if (!via) return false;
	for (let k = i; k <= via.end; k++) state.used[k] = true;
	state.intent.joinVia.push(via.key);
	const after = state.items[via.end + 1];
	if (!(after?.type === 'ref' || (after?.type === 'kw' && after.kw === 'and'))) state.role = 'none';
	const words = state.items
		.slice(i, via.end + 1)
		.map((x) => x.words)
		.join(' ');
	addGroup(state, via.column, words);
	return true;
}

/** "times" after a number ("more than 3 times"): the number counts rows. */
export function isTimesWord(item: Item | undefined): boolean {
	return item?.type === 'word' && item.norm === 'time';
}
