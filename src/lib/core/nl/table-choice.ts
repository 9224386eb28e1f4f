/**
 * Choosing the table: with several unrelated tables (scopes), the scopes that account for the
 * question best (scope.ts) are asked one by one, and the best answer wins.
 * Two answers that fit equally well make the engine ask which table was meant, with one
 * suggestion per table; a word that names another table's rows and is left out of the answer
 * makes it refuse rather than answer a different question (left-out-words.ts).
 */
import { CONFIDENCE_THRESHOLD } from './explain';
import { prepareCatalog } from './lexicon';
import { matchItems, type Item } from './matcher';
import { answerIn, refuse, type Attempt } from './pipeline';
import { isKnownEmpty } from './known-empty';
import { namesEachRow } from './planner-helpers';
import { scopeFit, scopesOf, tableOf } from './scope';
import { withNamedTables, withOtherWords } from './left-out-words';
import { isSingularWords, normalizeWord, splitName, tokenize } from './text';
import { HARMLESS } from './vocabulary';
import type { Catalog, InterpretationItem, NlContext } from './types';
import { isRefusal } from './types';

/** Scopes tried per question: the best fits by their words, the rest are not plausible. */
const MAX_SCOPES = 5;
/** Scopes tried when none of the best fits answers: fits often tie, and order cut the rest. */
const MORE_SCOPES = 16;
/**
 * Scopes tried when more than MAX_SCOPES tie for the best fit ("total sales in 2023" over many
 * tables with money and dates): catalog order must not pick the few asked.
 */
const TIED_SCOPES = 12;
/** Past the usual scopes, a fit at least this share of the best still counts as close. */
const NEAR_FIT = 0.8;
/** Fits closer than this are equal: a word read a little less exactly decides no table. */
const SAME_FIT = 0.06;
/** Confidences closer than this are equal (one short form read costs 0.05): the fit decides. */
const SAME_CONFIDENCE = 0.06;

export interface Ranked {
	attempt: Attempt;
	/** Confident answers from other scopes. */
	others: Attempt[];
}

export function chooseScope(question: string, catalog: Catalog, context: NlContext): Ranked {
	const scopes = scopesOf(catalog, context);
	if (scopes.length <= 1) return { attempt: answerIn(question, catalog, context), others: [] };
	const named = tableNamedAtEnd(question, scopes);
	const asked = named && askedOf(named, context);
	if (named && asked && !isUnsure(asked)) {
		// The other tables' answers to the rest of the question stay on offer as other readings.
		const rest = rankScopes(named.question, catalog, context, scopes) ?? [];
		return { attempt: asked, others: otherAnswers(asked, rest) };
	}
	// Each scope is asked once per question, in the first round or the wider second one, and
	// the question's words are matched over the whole catalog once
	const answered = new Map<Catalog, Attempt>();
	const prepared = prepareCatalog(catalog, context);
	const matched = matchItems(tokenize(question), prepared, { perTable: true });
	let attempts = rankScopes(question, catalog, context, scopes, { answered, matched });
	if (!attempts || isRefusal(attempts[0].result)) {
		// No scope answers: words inside a longer reading may still name another table's columns,
		// and scopes that tied with the best-fitting ones may answer
		const wider = { answered, matched, withInnerWords: true, maxScopes: MORE_SCOPES };
		const inner = rankScopes(question, catalog, context, scopes, wider);
		if (inner && !isRefusal(inner[0].result)) attempts = inner;
	}
	if (!attempts || isRefusal(attempts[0].result)) {
		// Still none: a word many tables hold ("price") may have drowned the few that read the
		// rarer words ("closing")
		const rarer = { answered, matched, withoutCommonWords: true };
		const found = rankScopes(question, catalog, context, scopes, rarer);
		if (found && !isRefusal(found[0].result)) attempts = found;
	}
	if (!attempts || isRefusal(attempts[0].result)) {
		// No scope answers alone: the whole catalog says why (e.g. no relation links the tables).
		return { attempt: answerIn(question, catalog, context), others: [] };
	}
	const [first] = attempts;
	const tied = attempts.filter(
		(a) => !isUnsure(a) && compareAttempts(first, a, ownNameWords(catalog)) === 0
	);
	if (tied.length > 1) {
		return { attempt: { ...first, result: whichTable(question, tied) }, others: [] };
	}
	if (isKnownEmpty(first) && !isUnsure(first)) {
		// every table that answers holds no row for it: the question is likely of other data
		const reason = `No table holds rows for this question: "${first.tables.join(' and ')}" comes closest, and its data cannot meet its conditions.`;
		return {
			attempt: { ...first, result: refuse(reason, [`Closest reading: ${explained(first)}`]) },
			others: []
		};
	}
	return { attempt: first, others: otherAnswers(first, attempts.slice(1)) };
}

function explained(a: Attempt): string {
	return isRefusal(a.result) ? a.result.reason : a.result.explanation;
}

interface RankOptions {
	/** Count words inside a longer reading toward the scopes holding them (scopeFit). */
	withInnerWords?: boolean;
	/** Scopes asked at most (the first MAX_SCOPES, then only close fits). */
	maxScopes?: number;
	/** Attempts already made for this question, by scope. */
	answered?: Map<Catalog, Attempt>;
	/** The question's words matched over the whole catalog, when already done. */
	matched?: Item[];
	/** Leave out of the fit the words that more than COMMON_WORD tables read exactly. */
	withoutCommonWords?: boolean;
}

/** A word read exactly by more tables than this says little about which one is meant. */
const COMMON_WORD = 4;

function withoutCommon(items: Item[]): Item[] {
	return items.filter((item) => {
		if (item.type !== 'ref') return true;
		const tables = new Set(
			item.cands
				.filter((c) => !c.isLoose && c.score >= 0.9)
				.map((c) => tableOf(c.target)?.quotedName)
		);
		return tables.size <= COMMON_WORD;
	});
}

/** The question answered in the scopes its words fit best, best answer first. */
function rankScopes(
	question: string,
	catalog: Catalog,
	context: NlContext,
	scopes: Catalog[],
	options: RankOptions = {}
): Attempt[] | undefined {
	const { withInnerWords = false, maxScopes = MAX_SCOPES, answered } = options;
	const prepared = prepareCatalog(catalog, context);
	const items = options.matched ?? matchItems(tokenize(question), prepared, { perTable: true });
	const fitting = options.withoutCommonWords ? withoutCommon(items) : items;
	const fitOf = (scope: Catalog) => scopeFit(fitting, prepared, scope, withInnerWords);
	const ranked = scopes
		.map((scope, index) => ({ scope, index, fit: fitOf(scope) }))
		.filter((s) => s.fit > 0)
		.sort((a, b) => b.fit - a.fit || a.index - b.index);
	// Past the usual few, only scopes that fit as well as the last of them or nearly as well
	// as the best
	const cut = Math.min(ranked[MAX_SCOPES - 1]?.fit ?? 0, NEAR_FIT * (ranked[0]?.fit ?? 0));
	const best = ranked[0]?.fit ?? 0;
	const fits = ranked.filter(
		(s, k) =>
			k < MAX_SCOPES ||
			(k < maxScopes && s.fit >= cut - SAME_FIT) ||
			(k < TIED_SCOPES && s.fit >= best - SAME_FIT)
	);
	if (fits.length === 0) return undefined;
	const answer = (scope: Catalog) => {
		const known = answered?.get(scope);
		if (known) return known;
		const attempt = withOtherWords(
			withNamedTables(answerIn(question, scope, context), items),
			items
		);
		answered?.set(scope, attempt);
		return attempt;
	};
	return fits
		.map((s) => answer(s.scope))
		.map((attempt, order) => ({ attempt, order }))
		.sort(
			(a, b) => compareAttempts(a.attempt, b.attempt, ownNameWords(catalog)) || a.order - b.order
		)
		.map((a) => a.attempt);
}

/** Confident answers of other scopes that differ from the chosen one and are not known-empty. */
function otherAnswers(chosen: Attempt, attempts: Attempt[]): Attempt[] {
	const sqlOf = (a: Attempt) => (isRefusal(a.result) ? undefined : a.result.sql);
	return attempts.filter((a) => {
		const sql = sqlOf(a);
		return (
			a.catalog !== chosen.catalog &&
			sql !== undefined &&
			sql !== sqlOf(chosen) &&
			!isUnsure(a) &&
			!isKnownEmpty(a)
		);
	});
}

/**
 * Tables that fit the question equally well: ask which one, naming every one of them. Each
 * suggestion is the question followed by "in <table>", which names the table (tableNamedAtEnd).
 */
function whichTable(question: string, attempts: Attempt[]) {
	const names = attempts.map((a) => `"${a.tables.join(' and ')}"`);
	const listed = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
	const asked = withoutEndPunctuation(question);
	return refuse(
		`The question fits ${listed} equally well.`,
		attempts.map((a) => `${asked} in ${a.tables[0]}`)
	);
}

/**
 * "how many days did it rain in Seattle weather": a question that ends with "in" or "from" and
 * a table's name is asked of that table (its scope), without those words. The longest name
 * wins ("in Seattle weather" over "weather"). When that table cannot answer, the words may mean
 * something else ("airports in Chicago" beside a table named Chicago) and the question goes
 * through the usual choice.
 */
interface NamedTable {
	/** The question without the words that name the table. */
	question: string;
	scope: Catalog;
	/** Those words, as typed ("in Weather"). */
	words: string;
	/** The table's human name. */
	table: string;
}

function tableNamedAtEnd(question: string, scopes: Catalog[]): NamedTable | undefined {
	const asked = withoutEndPunctuation(question);
	const lower = asked.toLowerCase();
	let found: { question: string; scope: Catalog; length: number; table: string } | undefined;
	for (const scope of scopes) {
		for (const table of scope.tables) {
			const names = [table.humanName, table.quotedName.replace(/^"|"$/g, '').replace(/""/g, '"')];
			for (const name of names) {
				for (const word of [' in ', ' from ']) {
					const tail = `${word}${name.trim().toLowerCase()}`;
					if (!lower.endsWith(tail) || (found && found.length >= tail.length)) continue;
					const rest = asked.slice(0, asked.length - tail.length).trim();
					if (rest.length === 0) continue;
					found = { question: rest, scope, length: tail.length, table: table.humanName };
				}
			}
		}
	}
	return (
		found && {
			question: found.question,
			scope: found.scope,
			words: asked.slice(asked.length - found.length).trim(),
			table: found.table
		}
	);
}

/** The question asked of the table it names at its end; the reading shows those words too. */
function askedOf(named: NamedTable, context: NlContext): Attempt {
	const attempt = answerIn(named.question, named.scope, context);
	if (isRefusal(attempt.result)) return attempt;
	const item: InterpretationItem = {
		words: named.words,
		kind: 'table',
		meaning: `the table ${named.table}`
	};
	const interpretation = [item, ...attempt.result.interpretation];
	return { ...attempt, result: { ...attempt.result, interpretation } };
}

function withoutEndPunctuation(question: string): string {
	return question.replace(/[\s?.!]+$/, '');
}

function isUnsure(a: Attempt): boolean {
	return isRefusal(a.result) || a.result.confidence < CONFIDENCE_THRESHOLD;
}

/**
 * "population of Brazil", "capital of Texas": a question that looks a value up (rows picked by
 * equality, nothing counted, grouped or ranked) is best answered where each
 * picked value names one row — a table of countries, not of cities that repeat the country.
 * Undefined when the attempt is no such lookup.
 */
function namesOneRow(a: Attempt): boolean | undefined {
	const intent = a.intent;
	if (isRefusal(a.result) || !intent || intent.mode !== 'rows') return undefined;
	if (intent.measures.length > 0 || intent.groups.length > 0 || intent.order) return undefined;
	if (intent.filters.length === 0 || namesPluralRows(a)) return undefined;
	return intent.filters.every((f) => {
		const column = f.column;
		if (!column || f.op !== 'eq' || f.values.length !== 1 || f.part) return false;
		return namesEachRow(column);
	});
}

/** "cities in Peru": the question lists rows named by a plural noun, it looks nothing up. */
function namesPluralRows(a: Attempt): boolean {
	return a.items.some(
		(item) =>
			item.type === 'ref' && item.cands[0]?.target.kind === 'table' && !isSingularWords(item.words)
	);
}

/** Two lookups: the one whose values name single rows first. */
function lookupOrder(a: Attempt, b: Attempt): number {
	const one = namesOneRow(a);
	const other = namesOneRow(b);
	if (one === undefined || other === undefined) return 0;
	return Number(other) - Number(one);
}

/**
 * Answers before refusals, then the one that places more of the question's words, then the
 * more confident (a word read loosely is a reason), then the lookup whose values name single
 * rows, then the one that accounts for the words better.
 */
function compareAttempts(a: Attempt, b: Attempt, own: ReadonlySet<string>): number {
	const rank = (x: Attempt) => (isRefusal(x.result) ? 0 : isKnownEmpty(x) ? 1 : 2);
	const unplaced = (x: Attempt) => x.intent?.unknown.length ?? 0;
	const confidence = (x: Attempt) => (isRefusal(x.result) ? 0 : x.result.confidence);
	const fit = Math.abs(b.fit - a.fit) < SAME_FIT ? 0 : b.fit - a.fit;
	const sure = confidence(b) - confidence(a);
	return (
		rank(b) - rank(a) ||
		unplaced(a) - unplaced(b) ||
		(Math.abs(sure) < SAME_CONFIDENCE ? 0 : sure) ||
		lookupOrder(a, b) ||
		fit ||
		namedWords(b, own) - namedWords(a, own)
	);
}

/**
 * "absences by year group" of "Pupil absences" beside exam results, "events per month" of
 * "Library events" beside donations to events: whether the question says the noun that ends the
 * name of the answer's table, its rows, when only that table's name says it ("bookings" of many
 * tables picks none of them). Decides only between answers that are otherwise equal.
 */
function namedWords(a: Attempt, own: ReadonlySet<string>): number {
	const named = new Set(a.tables.flatMap((t) => nameWords(t).slice(-1)).filter((w) => own.has(w)));
	// ("number of countries per region": the groups, not the rows)
	const said = a.items.filter((x, k) => !GROUPING.test(a.items[k - 1]?.words ?? ''));
	const words = new Set(said.flatMap((x) => x.words.split(/\s+/)).map(normalizeWord));
	return [...words].filter((w) => named.has(w)).length;
}

const GROUPING = /^(per|by|each|every)$/i;

function nameWords(name: string): string[] {
	return splitName(name)
		.map(normalizeWord)
		.filter((w) => w.length > 2 && !HARMLESS.has(w));
}

const ownWords = new WeakMap<Catalog, ReadonlySet<string>>();

/** Words of table names that no other table's name of the catalog says. */
function ownNameWords(catalog: Catalog): ReadonlySet<string> {
	const known = ownWords.get(catalog);
	if (known) return known;
	const tablesOf = new Map<string, number>();
	for (const table of catalog.tables) {
		for (const w of new Set(nameWords(table.humanName)))
			tablesOf.set(w, (tablesOf.get(w) ?? 0) + 1);
	}
	const own = new Set([...tablesOf].filter(([, n]) => n === 1).map(([w]) => w));
	ownWords.set(catalog, own);
	return own;
}
