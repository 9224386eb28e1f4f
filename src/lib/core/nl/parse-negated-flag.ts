/**
 * A yes/no column said the other way: "unmarried workers" of `married`, "inactive users" of
 * `is_active`, "non-union workers" of `union`. The rows where the column does not hold, or
 * where the date of it is empty ("unpaid" of `paidDate`).
 */
import { FLAG_PREFIXES } from './column-entries';
import { flagTrue, type ColumnInfo } from './lexicon';
import { addFilter } from './parse-filters';
import { tablesInView, type ParseState } from './parse-state';

const NEGATING_PREFIXES = ['non', 'un', 'in', 'im', 'dis'];

/** Words that say a yes/no column's opposite, by the column's word ("failed" of `Passed`). */
const OPPOSITES: Record<string, string> = {
	fail: 'passed',
	failed: 'passed',
	fails: 'passed',
	failure: 'passed',
	lost: 'won',
	rejected: 'accepted',
	absent: 'present',
	closed: 'open'
};

/** What a yes/no column says: `is_active` → "active", `married` → "married". */
function flagWords(column: ColumnInfo): string {
	const words = FLAG_PREFIXES.has(column.words[0]) ? column.words.slice(1) : column.words;
	return words.join(' ');
}

/** The one yes/no column of the tables in play whose name says `word`. */
function flagNamed(state: ParseState, word: string): ColumnInfo | undefined {
	const tables = tablesInView(state);
	const flags = tables
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'boolean' && flagWords(c) === word);
	if (flags.length > 0) return flags.length === 1 ? flags[0] : undefined;
	// "unverified" of `Verified Purchase`: the word the flag's name starts with
	const led = tables
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'boolean' && flagWords(c).split(' ')[0] === word);
	return led.length === 1 ? led[0] : undefined;
}

/** Reads a negated yes/no word at i ("unmarried", "non union"). Returns true when it did. */
const EXCEPT_WORDS = new Set(['except', 'excluding', 'not counting', 'other than', 'apart from']);

/** How many words at i say a wait ("awaiting", "pending", "waiting for"); 0 for none. */
function waitingWords(state: ParseState, i: number): number {
	const word = state.items[i].words.toLowerCase();
	if (word === 'awaiting' || word === 'pending') return 1;
	const next = state.items[i + 1]?.words.toLowerCase();
	return word === 'waiting' && next === 'for' ? 2 : 0;
}

export function parseNegatedFlag(state: ParseState, i: number): boolean {
	const item = state.items[i];
	// ("not counting cancelled ones", "excluding cancelled": the yes/no column left out)
	const isExcept =
		item.type === 'kw' && item.kw === 'not' && EXCEPT_WORDS.has(item.words.toLowerCase());
	const isNon =
		(item.type === 'word' && item.norm === 'non') ||
		(item.type === 'kw' && item.kw === 'not' && item.words.toLowerCase() === 'non') ||
		isExcept;
	if (item.type !== 'word' && !isNon) return false;
	// "waiting for approval", "awaiting approval" of `Approved`: what has not happened yet
	const wait = item.type === 'word' ? waitingWords(state, i) : 0;
	const next = state.items[i + Math.max(wait, 1)];
	let column: ColumnInfo | undefined;
	let end = i + 1;
	if ((isNon || wait > 0) && next?.type === 'ref') {
		const top = next.cands[0].target;
		if (top.kind === 'column' && top.column.kind === 'boolean') column = top.column;
		end = i + Math.max(wait, 1) + 1;
	} else if (item.type === 'word' && Object.hasOwn(OPPOSITES, item.norm)) {
		// "how many samples failed" of a `Passed` yes/no: the flag's opposite
		column = flagNamed(state, OPPOSITES[item.norm]);
		end = i + 1;
	} else if (item.type === 'word') {
		for (const prefix of NEGATING_PREFIXES) {
			const rest = item.norm.slice(prefix.length).replace(/^-/, '');
			if (!item.norm.startsWith(prefix) || rest.length < 4) continue;
			column = flagNamed(state, rest) ?? dateNamed(state, rest);
			if (column) break;
		}
	}
	if (!column) return false;
	const words = state.items
		.slice(i, end)
		.map((x) => x.words)
		.join(' ');
	for (let k = i; k < end; k++) state.used[k] = true;
	if (column.kind === 'date') addFilter(state, { column, op: 'is_null', values: [], words });
	else addFilter(state, { column, op: 'neq', values: [flagTrue(column)], words });
	return true;
}

/**
 * "unpaid subs" of `paidDate`, "unsold items" of `Date Sold`: with no yes/no column, the one date
 * named by the word that some rows leave empty says when it happened, and those rows had not.
 */
function dateNamed(state: ParseState, word: string): ColumnInfo | undefined {
	const dates = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'date' && c.words.includes(word) && (c.profile?.nullShare ?? 0) > 0);
	return dates.length === 1 ? dates[0] : undefined;
}
