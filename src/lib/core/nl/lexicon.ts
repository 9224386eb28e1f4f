/**
 * The per-catalog lexicon: every table, column, top value, metric and synonym as a word
 * sequence, indexed by word, plus a length-bucketed vocabulary for typo matching.
 * Built once per (catalog, context) pair and cached.
 */
import { addDerivedColumns } from './derived-columns';
import { isFlagColumn } from './flag-values';
import { addColumnEntries } from './column-entries';
import type { DateParts } from './date-parts-column';
import { pairMemo } from './pair-memo';
import { classifyColumn, type ColumnKind, type DateParse } from './column-kind';
import type { Catalog, CatalogTable, ColumnProfile, ContextMetric, NlContext } from './types';
import { splitName, valueWords } from './text';
import { NAME_NOISE, periodWordsAtEnd, TRAILING_UNITS } from './vocabulary';
import {
	addCategoryEntries,
	addMoneyEntries,
	addPersonEntries,
	namedFact,
	namedMeasure
} from './table-shape-entries';
import {
	eventNouns,
	entityNouns,
	gerundNouns,
	rowSynonyms,
	EVENT_NOUNS,
	nounsOfClass,
	nounClassesOf,
	personNouns,
	type NounClass
} from './noun-classes';

export interface TableInfo {
	index: number;
	quotedName: string;
	humanName: string;
	rowCount?: number;
	columns: ColumnInfo[];
}

export interface ColumnInfo {
	/** Position in PreparedCatalog.columns. */
	id: number;
	table: TableInfo;
	name: string;
	type: string;
	kind: ColumnKind;
	dateParse?: DateParse;
	/** Years stored as text: compared as TRY_CAST(column AS INTEGER). */
	isTextYear?: boolean;
	profile?: ColumnProfile;
	/** All words of the name, and the words people say (units and fillers dropped). */
	words: string[];
	content: string[];
	/** A column Quarry derives, not stored: the length of a span of years (end − start). */
	span?: { start: ColumnInfo; end: ColumnInfo };
	/** A column Quarry derives: the hours (or days) from one date column to another. */
	between?: {
		start: ColumnInfo;
		end: ColumnInfo;
		unit: 'minute' | 'hour' | 'day' | 'week';
		verb: string;
	};
	/** A column Quarry derives: what a row sells for, quantity × unit price (less a discount %). */
	amount?: { quantity: ColumnInfo; price: ColumnInfo; discount?: ColumnInfo };
	/** A column Quarry derives: what is still owed of a row's charge, due − paid. */
	owed?: { due: ColumnInfo; paid: ColumnInfo; isFlag: boolean };
	/** Derived: parts added up (home + away goals; cash + card takings, each times its scale). */
	sumOf?: Array<{ column: ColumnInfo; scale: number }>;
	/** A date Quarry derives from whole-number year, month and day columns. */
	parts?: DateParts;
	/** A column Quarry derives: how many comma-separated items the cells of `items` list. */
	items?: ColumnInfo;
}

/** A table read by a noun for its rows (isRowNoun), which its own name may give (isOwnNoun). */
export type Target =
	| {
			kind: 'table';
			table: TableInfo;
			isRowNoun?: boolean;
			isOwnNoun?: boolean;
			nounClass?: NounClass;
	  }
	| { kind: 'column'; column: ColumnInfo }
	| { kind: 'value'; column: ColumnInfo; value: string }
	| { kind: 'metric'; metric: ContextMetric; table?: TableInfo };

export interface Entry {
	words: string[];
	target: Target;
	/** Score of a complete match, 0..1. */
	base: number;
	/** Whether the words must appear in this order. */
	isOrdered: boolean;
	/** Whether a match on only some of the words is allowed. */
	isPartialAllowed: boolean;
	/** Short codes ("TX", "R") match only when typed with the same capitals. */
	isCaseSensitive: boolean;
	/** Matched only by the words themselves: never by typo or abbreviation (value lists). */
	isExactOnly?: boolean;
	raw: string;
}

export interface PreparedCatalog {
	tables: TableInfo[];
	columns: ColumnInfo[];
	entries: Entry[];
	/** word → entries that contain it. */
	byWord: Map<string, Entry[]>;
	/** vocabulary words by length, for typo matching. */
	vocabByLength: Map<number, string[]>;
	/** Words of table names (matched also by their last part: "strikes" → birdstrikes). */
	tableWords: Set<string>;
	/** How many column entries contain each word (to weigh partial matches). */
	columnWordFreq: Map<string, number>;
	context: NlContext;
	/** relations keyed by table, for join planning. */
	tableByName: Map<string, TableInfo>;
}

export { flagTrue } from './flag-values';

export const EMPTY_CONTEXT: NlContext = { relations: [], metrics: [], synonyms: [] };

const preparedLexicon = pairMemo(buildLexicon);

/** Prepare (or fetch from cache) the lexicon for a catalog and context. */
export function prepareCatalog(
	catalog: Catalog,
	context: NlContext = EMPTY_CONTEXT
): PreparedCatalog {
	return preparedLexicon(catalog, context);
}

function buildLexicon(catalog: Catalog, context: NlContext): PreparedCatalog {
	const tables: TableInfo[] = [];
	const columns: ColumnInfo[] = [];
	const entries: Entry[] = [];
	const tableByName = new Map<string, TableInfo>();
	catalog.tables.forEach((t, index) => {
		const table = makeTable(t, index, columns, context);
		tables.push(table);
		tableByName.set(t.quotedName, table);
		addTableEntries(table, entries);
		addRouteEntries(table, entries);
		addRowNounEntries(table, entries);
		addCategoryEntries(table, entries);
		addMoneyEntries(table, entries);
		addPersonEntries(table, entries);
		for (const column of table.columns) addColumnEntries(column, entries);
	});
	addContextEntries(context, tableByName, entries);
	const tableWords = new Set(
		entries.filter((e) => e.target.kind === 'table').flatMap((e) => e.words)
	);
	return { ...indexEntries(entries), tables, columns, entries, context, tableByName, tableWords };
}

function makeTable(
	t: CatalogTable,
	index: number,
	columns: ColumnInfo[],
	context: NlContext = EMPTY_CONTEXT
): TableInfo {
	const table: TableInfo = {
		index,
		quotedName: t.quotedName,
		humanName: t.humanName,
		rowCount: t.rowCount,
		columns: []
	};
	for (const c of t.columns) {
		const typing = classifyColumn(c);
		const words = splitName(c.name);
		const content = words.filter((w) => !NAME_NOISE.has(w));
		// ("temp_min" keeps its min; "dur_min" is a duration in minutes)
		// (`Turnaround (hrs)`, `Labour (hrs)`: a unit in brackets only says what the number is in)
		const isBracketed = /\(\s*[a-z]+\s*\)\s*$/i.test(c.name);
		const isTimed = content.length === 2 && (DURATION_HEADS.has(content[0]) || isBracketed);
		if ((content.length > 2 || isTimed) && TRAILING_UNITS.has(content[content.length - 1]))
			content.pop();
		// `downloads_30d`, `visits_ytd`: the period after a count only says over how long
		content.splice(content.length - periodWordsAtEnd(content));
		// "Price per L", "cost per kg": the unit after "per" only says what the price is of
		if (words.at(-2) === 'per' && PER_UNITS.has(words.at(-1) ?? '') && content.length > 1)
			content.pop();
		const column: ColumnInfo = {
			id: columns.length,
			table,
			name: c.name,
			type: c.type,
			kind: isFlagColumn(typing.kind, c) ? 'boolean' : typing.kind,
			dateParse: typing.dateParse,
			...(typing.isTextYear ? { isTextYear: true } : {}),
			profile: c.profile,
			words,
			content: content.length > 0 ? content : words
		};
		columns.push(column);
		table.columns.push(column);
	}
	addDerivedColumns(table, columns, context.metrics);
	return table;
}

export function entry(
	words: string[],
	target: Target,
	raw: string,
	options: Partial<
		Pick<Entry, 'base' | 'isOrdered' | 'isPartialAllowed' | 'isCaseSensitive' | 'isExactOnly'>
	> = {}
): Entry {
	return {
		...(options.isExactOnly ? { isExactOnly: true } : {}),
		words,
		target,
		raw,
		base: options.base ?? 1,
		isOrdered: options.isOrdered ?? false,
		isPartialAllowed: options.isPartialAllowed ?? false,
		isCaseSensitive: options.isCaseSensitive ?? false
	};
}

function addTableEntries(table: TableInfo, entries: Entry[]): void {
	const target: Target = { kind: 'table', table };
	const seen = new Set<string>();
	for (const name of [table.humanName, table.quotedName.replace(/^"|"$/g, '')]) {
		const words = splitName(name);
		const key = words.join(' ');
		if (words.length === 0 || seen.has(key)) continue;
		seen.add(key);
		// "flights_5k", "orders_2023", "sales_final": the name without its size, year or version
		const core = splitName(
			name
				.split(/[\s_\-.]+/)
				.filter((part) => !TABLE_NAME_NOISE.test(part))
				.join(' ')
		);
		// "the data" is no part of "Country data": only the core's words match alone
		const isPartialAllowed = words.length > 1 && core.length === words.length;
		const fact = namedFact(table, core);
		// a table named for the one fact it holds of each row: its name reads first as that fact
		entries.push(entry(words, target, name, { isPartialAllowed, base: fact ? 0.8 : 1 }));
		if (fact) {
			const column: Target = { kind: 'column', column: fact };
			entries.push(entry(core, column, name, { isPartialAllowed: core.length > 1 }));
			// "regions" of "Regions of the world": each noun of the name names the fact alone
			const nouns = core.filter((w) => w.length > 2 && !NAME_FILLERS.has(w));
			for (const word of core.length > 1 ? nouns : []) {
				entries.push(entry([word], column, word, { base: 0.95 }));
			}
		}
		const measure = !fact && namedMeasure(table, words);
		if (measure) {
			const column: Target = { kind: 'column', column: measure };
			entries.push(entry(words, column, name, { isPartialAllowed }));
		}
		const coreKey = core.join(' ');
		if (core.length > 0 && core.length < words.length && !seen.has(coreKey)) {
			seen.add(coreKey);
			entries.push(entry(core, target, name, { base: 0.97, isPartialAllowed: core.length > 1 }));
		}
	}
}

/** Words of a table's name that name nothing alone ("Regions of the world"). */
const NAME_FILLERS = new Set(['the', 'and', 'for', 'per', 'world', 'all', 'list', 'each', 'every']);

/** Words a file name carries that say nothing of its rows: sizes, years, versions, copies. */
const TABLE_NAME_NOISE =
	/^(\d+[kmb]?|v\d+|\d{4}|data|dataset|table|export|final|clean|cleaned|raw|copy|new|old|latest|sample|full)$/i;

const FROM_WORDS = new Set(['origin', 'source', 'from', 'departure', 'start', 'sender']);
const TO_WORDS = new Set(['destination', 'dest', 'to', 'arrival', 'target', 'receiver']);
const ROUTE_WORDS = ['route', 'connection', 'link', 'pair'];

/**
 * "how many incidents", "victims by town": generic nouns name a table's rows. They score below
 * the table's own name, so a real column or table called so wins.
 */
function addRowNounEntries(table: TableInfo, entries: Entry[]): void {
	const target: Target = { kind: 'table', table, isRowNoun: true };
	const holdsPeople = table.columns.some(
		(c) =>
			c.kind === 'number' && /^(INT|BIGINT|SMALLINT|TINYINT|HUGEINT|UINT|UBIGINT)/i.test(c.type)
	);
	const nameWords = splitName(table.humanName);
	const nouns = holdsPeople ? EVENT_NOUNS : [...EVENT_NOUNS, ...personNouns(table, nameWords)];
	const own: Target = { ...target, isOwnNoun: true };
	// ("visits" of Vet visits: a generic noun that is the table's own head noun is its own)
	for (const word of nouns) {
		const isHead = word === nameWords.at(-1);
		entries.push(entry([word], isHead ? own : target, word, { base: 0.9, isExactOnly: true }));
	}
	const seen = new Set(nouns);
	const synonyms = rowSynonyms(table, nameWords.slice(-1), nameWords);
	for (const word of [
		...eventNouns(table),
		...entityNouns(table),
		...gerundNouns(table),
		...synonyms
	]) {
		if (seen.has(word)) continue;
		seen.add(word);
		const isSynonym = synonyms.includes(word); // ("riders" is no typo of "rides")
		const isOwn = isSynonym || word === nameWords.at(-1);
		entries.push(
			entry(word.split(' '), isOwn ? own : target, word, {
				base: isSynonym ? 0.95 : 0.99,
				isExactOnly: isSynonym
			})
		);
	}
	for (const nounClass of nounClassesOf(table)) {
		const classTarget: Target = { kind: 'table', table, isRowNoun: true, nounClass };
		for (const word of nounsOfClass(table, nounClass, nameWords)) {
			if (seen.has(word)) continue;
			seen.add(word);
			entries.push(entry([word], classTarget, word, { base: 0.88 }));
		}
	}
}

/** First words of a two-word name whose last word is then a unit of time (`dur_min`). */
const DURATION_HEADS = new Set(['dur', 'duration', 'time', 'length', 'wait', 'delay', 'elapsed']);

/** Short units a name can end with after "per" ("Price per L"). */
const PER_UNITS = new Set('l kg km mi lb gal g oz m h hr unit item'.split(' '));

/** A table whose rows go from an origin to a destination is a table of routes. */
function addRouteEntries(table: TableInfo, entries: Entry[]): void {
	const hasFrom = table.columns.some((c) => c.words.some((w) => FROM_WORDS.has(w)));
	const hasTo = table.columns.some((c) => c.words.some((w) => TO_WORDS.has(w)));
	if (!hasFrom || !hasTo) return;
	const target: Target = { kind: 'table', table, isRowNoun: true };
	for (const word of ROUTE_WORDS) entries.push(entry([word], target, word, { base: 0.95 }));
}

function addContextEntries(
	context: NlContext,
	tableByName: Map<string, TableInfo>,
	entries: Entry[]
): void {
	for (const metric of context.metrics) {
		const table = metric.table ? tableByName.get(metric.table) : undefined;
		if (metric.table && !table) continue; // its table is not in this catalog
		const words = splitName(metric.name);
		if (words.length > 0) {
			entries.push(entry(words, { kind: 'metric', metric, table }, metric.name, { base: 1.02 }));
		}
	}
	for (const synonym of context.synonyms) {
		const words = valueWords(synonym.term);
		const target = synonymTarget(synonym.target, tableByName);
		if (words.length === 0 || !target) continue;
		entries.push(entry(words, target, synonym.term, { base: 1.01, isOrdered: true }));
	}
}

function synonymTarget(
	target: NlContext['synonyms'][number]['target'],
	tableByName: Map<string, TableInfo>
): Target | undefined {
	const table = tableByName.get(target.table);
	if (!table) return undefined;
	if (target.kind === 'table') return { kind: 'table', table };
	const column = table.columns.find((c) => c.name === target.column);
	if (!column) return undefined;
	if (target.kind === 'column') return { kind: 'column', column };
	return { kind: 'value', column, value: target.value };
}

function indexEntries(
	entries: Entry[]
): Pick<PreparedCatalog, 'byWord' | 'vocabByLength' | 'columnWordFreq'> {
	const byWord = new Map<string, Entry[]>();
	const columnWordFreq = new Map<string, number>();
	for (const e of entries) {
		for (const w of new Set(e.words)) {
			const list = byWord.get(w);
			if (list) list.push(e);
			else byWord.set(w, [e]);
		}
		if (e.target.kind === 'column' && e.isPartialAllowed) {
			for (const w of new Set(e.words)) columnWordFreq.set(w, (columnWordFreq.get(w) ?? 0) + 1);
		}
	}
	const vocabByLength = new Map<number, string[]>();
	for (const [w, withWord] of byWord) {
		if (withWord.every((e) => e.isExactOnly)) continue;
		const list = vocabByLength.get(w.length);
		if (list) list.push(w);
		else vocabByLength.set(w.length, [w]);
	}
	return { byWord, vocabByLength, columnWordFreq };
}
