/**
 * References that qualify rather than name what is asked: a yes/no column said of the rows
 * ("were commonwealth"), and a span's noun before its own end or start ("reign end").
 */
import type { ColumnInfo } from './lexicon';
import { ARTICLES, COPULAS, HAVE_WORDS, NEGATED_AUXILIARY } from './vocabulary';
import { columnOf, isTableCand, type ParseState, type RefItem } from './parse-state';
import { flagTrue, noValueOf } from './flag-values';
import { addFilter, takeNegation } from './parse-filters';
import { labelColumn } from './planner-helpers';
import { isSingularWords } from './text';

/** "anne's reign end", "reign start": the span's noun only says whose end or start is meant. */
export function isSpanModifier(state: ParseState, i: number): boolean {
	const span =
		state.items[i].type === 'ref'
			? columnOf((state.items[i] as RefItem).cands[0])?.span
			: undefined;
	const next = state.items[i + 1];
	if (!span || next?.type !== 'ref') return false;
	return next.cands.some(
		(c) =>
			c.target.kind === 'column' && (c.target.column === span.start || c.target.column === span.end)
	);
}

/**
 * "which monarchs were commonwealth", "commonwealth monarchs": a yes/no column said of the
 * rows (after is/are, or as an adjective before the rows' noun) keeps the rows where it holds.
 */
export function isFlagCondition(state: ParseState, i: number, column: ColumnInfo): boolean {
	if (column.kind !== 'boolean' || state.role !== 'none') return false;
	// "on time rate": the condition whose rate is asked
	const after = state.items[i + 1];
	if (after?.type === 'kw' && after.kw === 'share' && /\brate$/i.test(after.words)) return true;
	// "billable %": the condition whose percentage is asked
	if (after?.type === 'kw' && after.kw === 'percent') return true;
	if (isPartOfShare(state, i) && state.pendingShare) {
		state.pendingShare.part = state.items[i].words;
		return true;
	}
	// ("what percentage attended" of a `Present` flag: the verb it records is the part)
	// (the whole flag: "needed" is only part of `Follow Up Needed`)
	const isVerbOfFlag =
		/^[a-z]{3,}ed$/i.test(state.items[i].words) && column.words.length === 1 && !state.pendingAgg;
	if (isVerbOfFlag && state.pendingShare && !state.pendingShare.part) {
		state.pendingShare.part = state.items[i].words;
		return true;
	}
	// "breakdowns by vehicle", "list 2024 breakdowns": the plural of a one-word yes/no column,
	// said as the rows' noun before anything else, names the rows where it holds
	const isRowsNoun =
		column.words.length === 1 &&
		!isSingularWords(state.items[i].words) &&
		state.items.slice(0, i).every((x) => x.type !== 'ref');
	if (isRowsNoun) return true;
	let p = i - 1;
	const negation = state.items[p]?.type === 'kw' && state.isNegated ? state.items[p] : undefined;
	if (negation) p -= 1;
	const prev = state.items[p];
	if (prev?.type === 'word' && COPULAS.has(prev.norm) && !state.pendingAgg) return true;
	// "returns that weren't restocked": the copula and its "not" in one word
	if (negation && NEGATED_AUXILIARY.test(negation.words) && !state.pendingAgg) return true;
	// "sessions are by members": who the rows are of
	const copula = state.items[p - 1];
	const isDoneBy = prev?.type === 'kw' && prev.kw === 'by' && copula?.type === 'word';
	if (isDoneBy && COPULAS.has(copula.norm)) return true;
	// "workers in a union", "houses in the south": the flag after "in (a|the)"
	const before = state.items[i - 1];
	const inWord = before?.type === 'word' && ARTICLES.has(before.norm) ? state.items[i - 2] : before;
	if (inWord?.type === 'kw' && inWord.words.toLowerCase() === 'in') return true;
	// "houses that have a pool", "with a pool"
	const verb = inWord?.words.toLowerCase() ?? '';
	if (column.words.length > 1 && HAVE_WORDS.has(verb) && HAVE_WORDS.has(column.words[0]))
		return true;
	// "employees who work remotely", "people living alone": the yes/no word after a verb
	const isVerbBefore =
		(before?.type === 'word' && /^[a-z]{3,}$/.test(before.norm) && !ARTICLES.has(before.norm)) ||
		(before?.type === 'ref' && before.cands.every((c) => c.isRelated || c.isLoose));
	if (isVerbBefore) {
		const isLast = i === state.items.length - 1 || state.items[i + 1]?.type === 'kw';
		if (isLast && !state.pendingAgg) {
			// the verb only introduces the condition
			const verb = before?.words;
			state.intent.unknown = state.intent.unknown.filter((u) => u.words !== verb);
			return true;
		}
	}
	// "shifts claimed mileage", "returns not restocked": a yes/no said as what the rows did (or
	// did not), right after them
	const subject = negation ? prev : before;
	const rows = subject?.type === 'ref' ? subject.cands[0]?.target : undefined;
	const said = (state.items[i] as RefItem).cands[0];
	const isDeed =
		rows?.kind === 'table' && rows.table === column.table && !said.isLoose && said.score >= 0.95;
	if (isDeed && /[a-z]ed\b/i.test(state.items[i].words)) return true;
	const next = state.items[i + 1];
	// "average humidity indoors": the yes/no word closing a question whose measure is named
	const isClosing = !next || next.type === 'kw';
	if (isClosing && !state.pendingAgg && measuresOnly(state, column)) return true;
	if (next?.type !== 'ref') return false;
	// "married workers", "married women": before the rows' noun or a value naming people
	const target = next.cands[0].target;
	// ("landlocked countries" where `country` labels the rows of the flag's table)
	const isRowLabel =
		target.kind === 'column' &&
		target.column.table === column.table &&
		labelColumn(column.table) === target.column;
	// "billable hours", "paid leave days": before an amount of the flag's own rows, named in
	// full ("damage rate" of `Daily Rate` is no rate of daily money)
	const isOwnAmount =
		target.kind === 'column' &&
		target.column.table === column.table &&
		target.column.kind === 'number' &&
		!next.cands[0].isLoose &&
		target.column.content.every((w) => next.words.toLowerCase().includes(w));
	return (
		target.kind === 'table' ||
		isRowLabel ||
		isOwnAmount ||
		(target.kind === 'value' && target.column !== column)
	);
}

/**
 * "what share of customers take the extra cover", "what % of reviewers would recommend": a
 * yes/no column closing a share question, after the rows the share is of, is the part.
 */
function isPartOfShare(state: ParseState, i: number): boolean {
	if (!state.pendingShare || state.pendingShare.isRate) return false;
	const at = state.items.findIndex(
		(x) => x.type === 'kw' && (x.kw === 'share' || x.kw === 'percent')
	);
	if (at < 0 || at > i) return false;
	// (the rows: the table's noun, or a column naming each row read as them)
	const isRows = (words: string) =>
		state.intent.interpretation.some((x) => x.kind === 'table' && x.words === words);
	const before = state.items.slice(at + 1, i);
	const isClosing = state.items.slice(i + 1).every((x) => x.type !== 'ref');
	return isClosing && before.some((x) => x.type === 'ref' && isRows(x.words));
}

/** A measure is named, and every measure reads the flag's table. */
function measuresOnly(state: ParseState, column: ColumnInfo): boolean {
	const measures = state.intent.measures;
	return (
		measures.length > 0 && measures.every((m) => (m.column?.table ?? m.table) === column.table)
	);
}

/**
 * "LTS releases", "how many LTS releases" of an `lts` holding 'false' or a codename: said before
 * the rows' noun, or of them ("releases that were not LTS"), the column keeps the rows that have
 * a name in it (or, negated, those that do not).
 */
export function isLabelledFlag(state: ParseState, i: number): boolean {
	const item = state.items[i] as RefItem;
	const column = columnOf(item.cands[0]);
	const no = column && item.cands[0].target.kind === 'column' ? noValueOf(column) : undefined;
	if (!column || no === undefined || state.role !== 'none') return false;
	const next = state.items[i + 1];
	const isBeforeRows = next?.type === 'ref' && isTableCand(next.cands[0]);
	// ("releases that were not LTS")
	const before = state.items[state.items[i - 1]?.type === 'kw' && state.isNegated ? i - 2 : i - 1];
	const isSaidOfRows = before?.type === 'word' && COPULAS.has(before.norm) && !state.pendingAgg;
	if (!isBeforeRows && !isSaidOfRows) return false;
	addFilter(state, { column, op: takeNegation(state, 'neq'), values: [no], words: item.words });
	return true;
}

/**
 * "jobs done under warranty", "items sold under offer": "under" before a yes/no column is no
 * comparison, it says the rows where the column holds. True when read so.
 */
export function parseUnderFlag(state: ParseState, i: number): boolean {
	const kwItem = state.items[i];
	const next = state.items[i + 1];
	if (kwItem.words.toLowerCase() !== 'under' || next?.type !== 'ref') return false;
	const column = columnOf(next.cands[0]);
	if (column?.kind !== 'boolean') return false;
	state.used[i] = true;
	state.used[i + 1] = true;
	const words = `${kwItem.words} ${next.words}`;
	addFilter(state, { column, op: takeNegation(state, 'eq'), values: [flagTrue(column)], words });
	return true;
}
