/**
 * Text filters (contains / starts with / ends with), missing values, and names the profile
 * does not list ("Japan" when only some countries are known).
 */
import { HAVE_WORDS } from './vocabulary';
import { addFilter, subjectBefore, takeNegation } from './parse-filters';
import { columnOf, isColumnCand, nextIndex, note, pick, type ParseState } from './parse-state';
import { isSingularWords } from './text';
import type { FilterOp } from './intent';
import { isIdentifierColumn, labelColumn } from './planner-helpers';
import { flagTrue, type ColumnInfo } from './lexicon';

/** "name contains 'ford'", "titles starting with Star", "not containing x". */
export function parseTextMatch(state: ParseState, i: number): boolean {
	const kwItem = state.items[i];
	if (kwItem.type !== 'kw') return false;
	// "mention a refund": the article is not the text
	let j = i + 1;
	while (state.items[j]?.type === 'word' && ARTICLES.has((state.items[j] as { norm: string }).norm))
		j++;
	const next = state.items[j];
	if (!next || next.type === 'kw') return false;
	const text = next.type === 'text' ? next.text : next.words;
	let column = subjectBefore(state, i, false);
	const asked = column && askedColumn(state, column);
	if (column && !mayHold(column, text)) {
		// "the time zone that includes Tokyo" where only the zone's description lists Tokyo
		column = columnHolding(column.table.columns, text) ?? column;
	}
	// "calling code starts with 9": digits of a number column are its text
	const isDigitsOfNumber = column?.kind === 'number' && /^\d+$/.test(text);
	if (!column || (column.kind !== 'text' && !isDigitsOfNumber)) {
		const table = [...state.preferredTables][0] ?? state.prepared.tables[0];
		// the one column whose listed values hold the text, else the column that names the rows;
		// what a row "mentions" is in its written notes
		const isMention = /^mention/.test(kwItem.words.toLowerCase());
		const label = table && (isMention ? proseColumn(table.columns) : labelColumn(table));
		column = table ? (columnHolding(table.columns, text) ?? label) : undefined;
		// ("tickets that mention a refund": no text column of the rows says it)
		if (!column || isIdentifierColumn(column)) return false;
		state.intent.factors.push({ reason: `text match applied to "${column.name}"`, factor: 0.9 });
	}
	const op = takeNegation(
		state,
		kwItem.kw === 'contains' ? 'contains' : kwItem.kw === 'starts' ? 'starts' : 'ends'
	);
	state.used[i] = true;
	state.used[j] = true;
	addFilter(state, { column, op, values: [text], words: `${kwItem.words} ${next.words}` });
	if (asked?.column === column && !state.intent.select.includes(column)) {
		state.intent.select.push(column);
		note(state, asked.words, 'column', `show "${column.name}"`);
	}
	return true;
}

/**
 * "currency codes that start with X": the plural noun the question opens with names the column
 * it filters, so the answer lists that column's values (not whole rows). "Whose name starts
 * with S" asks for the rows.
 */
function askedColumn(
	state: ParseState,
	column: ColumnInfo
): { column: ColumnInfo; words: string } | undefined {
	const first = state.items.findIndex((x) => x.type !== 'word' && x.type !== 'kw');
	const ref = state.items[first];
	if (ref?.type !== 'ref' || isSingularWords(ref.words)) return undefined;
	const before = state.items.slice(0, first);
	const isOpening = before.every(
		(x) => (x.type === 'word' && LIST_WORDS.has(x.norm)) || (x.type === 'kw' && x.kw === 'rows')
	);
	const names = ref.cands.some((c) => c.target.kind === 'column' && c.target.column === column);
	return isOpening && names ? { column, words: ref.words } : undefined;
}

const LIST_WORDS = new Set(['show', 'me', 'all', 'the', 'which', 'what', 'give', 'find', 'get']);

const RECORD_WORDS = new Set([
	'figure',
	'recorded',
	'value',
	'data',
	'given',
	'listed',
	'known',
	'entry'
]);

/** "no population figure", "no speed recorded": the word after the column at j asks for a record. */
function isRecordWord(state: ParseState, j: number): boolean {
	const [named, after] = [state.items[j], state.items[j + 1]];
	const last = named.words.toLowerCase().split(/\s+/).at(-1) ?? '';
	return RECORD_WORDS.has(last) || (after?.type === 'word' && RECORD_WORDS.has(after.norm));
}

/**
 * "where director is missing", "with no director", "rating is not null". "With no injured" on
 * a numeric column that is never missing, or holds zeros, means none of them: the number is 0.
 * ("No speed recorded" on a column with gaps stays "missing".)
 */
export function parseMissing(state: ParseState, i: number): boolean {
	const kwItem = state.items[i];
	if (kwItem.type !== 'kw') return false;
	if (kwItem.kw === 'without') {
		const j = nextIndex(state, i + 1);
		const next = state.items[j];
		if (next?.type !== 'ref') return false;
		if (next.cands[0].target.kind === 'value') return false;
		const cand = pick(state, next, isColumnCand);
		if (!cand || cand === 'ambiguous') return false;
		const column = columnOf(cand)!;
		state.used[i] = true;
		state.used[j] = true;
		const none = column.profile?.topValues.find(
			(t) => typeof t.value === 'string' && /^(none|no)$/i.test(t.value)
		);
		if (column.kind === 'boolean') {
			// "houses without a pool": the rows where the yes/no column says no
			addFilter(state, {
				column,
				op: takeNegation(state, 'neq'),
				values: [flagTrue(column)],
				words: `${kwItem.words} ${next.words}`
			});
		} else if (
			column.kind === 'number' &&
			(column.profile?.nullShare === 0 || (column.profile?.min === 0 && !isRecordWord(state, j)))
		) {
			// "countries with no coastline": none is zero where the data has zeros; "no coastline
			// figure", "no speed recorded" ask where the data has a gap
			addFilter(state, {
				column,
				op: takeNegation(state, 'eq'),
				values: [0],
				words: `${kwItem.words} ${next.words}`
			});
		} else if (none && typeof none.value === 'string') {
			addFilter(state, {
				column,
				op: takeNegation(state, 'eq'),
				values: [none.value],
				words: `${kwItem.words} ${next.words}`
			});
		} else {
			addFilter(state, {
				column,
				op: takeNegation(state, 'is_null'),
				values: [],
				words: `${kwItem.words} ${next.words}`
			});
		}
		// "no reason given": the participle only says it is not on record
		const said = state.items[j + 1];
		if (said?.type === 'word' && RECORD_WORDS.has(said.norm)) state.used[j + 1] = true;
		return true;
	}
	// "countries missing a life expectancy figure": the column after the word is the missing one
	const j = nextIndex(state, i + 1);
	const next = state.items[j];
	const after =
		next?.type === 'ref' &&
		next.cands[0].target.kind !== 'value' &&
		next.cands.some((c) => c.target.kind === 'column')
			? pick(state, next, isColumnCand)
			: undefined;
	let column = after && after !== 'ambiguous' ? columnOf(after) : undefined;
	if (column) state.used[j] = true;
	column ??= subjectBefore(state, i, false);
	if (!column) {
		const cand = next?.type === 'ref' ? pick(state, next, isColumnCand) : undefined;
		if (!cand || cand === 'ambiguous') return false;
		column = columnOf(cand);
		state.used[j] = true;
	}
	if (!column) return false;
	state.used[i] = true;
	const op: FilterOp = kwItem.kw === 'missing' ? 'is_null' : 'not_null';
	addFilter(state, {
		column,
		op: takeNegation(state, op),
		values: [],
		words: `${column.name} ${kwItem.words}`
	});
	return true;
}

const POSSESSIVE_FILLERS = new Set(['the', 'their', 'its', 'his', 'her', 'a']);
/** Words of a column of names or free text, which a word may be part of. */
const NAMING_WORDS = ['name', 'title', 'label', 'description', 'desc', 'note', 'comment', 'text'];

/**
 * "cars with toyota in the name", "countries that have 'land' in their name": a word or
 * quoted text followed by "in the <text column>" is a substring condition on that column.
 * Runs before the left-to-right walk, which would otherwise read the word on its own.
 */
export function parseInColumn(state: ParseState): void {
	for (let k = 1; k < state.items.length; k++) {
		const kw = state.items[k];
		// ("english lit for students": "for" is no "in the name")
		if (kw.type !== 'kw' || kw.kw !== 'in' || kw.words.toLowerCase() !== 'in') continue;
		let j = k + 1;
		while (
			state.items[j]?.type === 'word' &&
			POSSESSIVE_FILLERS.has(state.items[j].words.toLowerCase())
		)
			j += 1;
		const ref = state.items[j];
		const column = ref ? namedTextColumn(state, j) : undefined;
		const what = state.items[k - 1];
		if (what.type === 'ref' && what.cands.some((c) => c.target.kind !== 'value')) continue;
		if (state.items[j + 1]?.type === 'word') continue; // "in the city of …" names a value
		if (!column || state.used[k - 1]) continue;
		const text =
			what.type === 'text'
				? what.text
				: what.type === 'word' || what.type === 'ref' || what.type === 'num'
					? what.words
					: '';
		if (text === '' || (what.type === 'word' && isFiller(what.norm))) continue;
		// an unquoted word is a fragment of a name or free text ("toyota in the name"), not of a
		// category ("absences in their class" asks something else)
		const isNamesText =
			NAMING_WORDS.some((w) => ref.words.toLowerCase().includes(w)) ||
			labelColumn(column.table) === column;
		if (what.type !== 'text' && !isNamesText) continue;
		// ("paid in membership fees": an unquoted word is in "the" name, "their" title)
		if (what.type !== 'text' && j === k + 1) continue;
		for (let u = k - 1; u <= j; u++) state.used[u] = true;
		const prev = state.items[k - 2];
		if (prev?.type === 'kw' && prev.kw === 'not') state.isNegated = true;
		addFilter(state, {
			column,
			op: takeNegation(state, 'contains'),
			values: [text],
			words: `${what.words} ${kw.words} … ${ref.words}`
		});
	}
}

/** The text column at j: a column reference, or "name"/"title" meaning the subject's label. */
function namedTextColumn(state: ParseState, j: number): ColumnInfo | undefined {
	const item = state.items[j];
	const said = item.words.toLowerCase();
	// "in their name" of cities beside an `admin_name`: the cities' own name, not a partial match
	const isOwnName =
		['name', 'title', 'label'].includes(said) &&
		(item.type === 'word' || (item.type === 'ref' && item.cands[0]?.isLoose));
	// "government types with 'republic' in them": the thing just named
	if (isOwnName || said === 'them' || said === 'it') return subjectTextColumn(state, j);
	if (item.type === 'ref') {
		const cand = pick(
			state,
			item,
			(c) => c.target.kind === 'column' && c.target.column.kind === 'text'
		);
		return cand && cand !== 'ambiguous' ? columnOf(cand) : undefined;
	}
	return undefined;
}

/** "countries with 'land' in their name": the text column of the thing named before j. */
function subjectTextColumn(state: ParseState, j: number): ColumnInfo | undefined {
	for (let k = j - 1; k >= 0; k--) {
		const before = state.items[k];
		if (before.type !== 'ref') continue;
		const c = before.cands.find(
			(x) => x.target.kind === 'column' && x.target.column.kind === 'text'
		);
		if (c) return columnOf(c);
		const t = before.cands.find((x) => x.target.kind === 'table');
		if (t?.target.kind === 'table') return labelColumn(t.target.table);
	}
	return undefined;
}

function isFiller(norm: string): boolean {
	return ['it', 'them', 'that', 'this', 'which', 'what'].includes(norm);
}

/**
 * "languages that have a bibliographic code", "countries without an IOC code" said as "don't
 * have an IOC code": a column with gaps, named after "have a", keeps the rows where it is
 * present (or, negated, missing). Returns true when it read the column so.
 */
export function settleHaveColumn(
	state: ParseState,
	loose: { index: number; column: ColumnInfo; words: string }
): boolean {
	const { index, column, words } = loose;
	const article = state.items[index - 1];
	const verb = state.items[index - 2];
	if (column.kind === 'boolean' || !(column.profile && column.profile.nullShare > 0)) return false;
	if (article?.type !== 'word' || !['a', 'an'].includes(article.norm)) return false;
	const isHave =
		(verb?.type === 'word' && HAVE_WORDS.has(verb.norm)) ||
		(verb?.type === 'kw' && verb.kw === 'with');
	if (!isHave) return false;
	addFilter(state, {
		column,
		op: takeNegation(state, 'not_null'),
		values: [],
		words: `${verb.words} ${article.words} ${words}`
	});
	return true;
}

/** False when the column lists every value and none contains `text`. */
function mayHold(column: ColumnInfo, text: string): boolean {
	const values = column.profile?.values;
	if (column.kind !== 'text' || !Array.isArray(values)) return true;
	const needle = text.toLowerCase();
	return values.some((v) => typeof v === 'string' && v.toLowerCase().includes(needle));
}

const ARTICLES = new Set(['a', 'an', 'the', 'any']);

/** Words a value has on average, of those the profile shows. */
function wordsPerValue(column: ColumnInfo): number {
	const shown = column.profile?.values ?? column.profile?.topValues.map((t) => t.value) ?? [];
	const texts = shown.filter((v): v is string => typeof v === 'string');
	if (texts.length === 0) return 0;
	return texts.reduce((n, v) => n + v.trim().split(/\s+/).length, 0) / texts.length;
}

/** Names of columns people write in. */
const WRITTEN = new Set([
	'note',
	'notes',
	'comment',
	'comments',
	'description',
	'remarks',
	'text',
	'review',
	'title',
	'feedback',
	'summary',
	'details',
	'message',
	'body'
]);

/**
 * The text column of written notes: one named for what people write ("notes", "comments"),
 * else the wordiest, four words a value or more.
 */
function proseColumn(columns: ColumnInfo[]): ColumnInfo | undefined {
	const text = columns.filter((c) => c.kind === 'text' && !isIdentifierColumn(c));
	const named = text.find((c) => c.words.some((w) => WRITTEN.has(w.toLowerCase())));
	if (named) return named;
	const wordy = text.filter((c) => wordsPerValue(c) >= 4);
	return wordy.sort((a, b) => wordsPerValue(b) - wordsPerValue(a))[0];
}

/** The one text column whose listed values contain `text` (case aside). */
function columnHolding(columns: ColumnInfo[], text: string): ColumnInfo | undefined {
	const needle = text.toLowerCase();
	const holding = columns.filter(
		(c) =>
			c.kind === 'text' &&
			Array.isArray(c.profile?.values) &&
			c.profile.values.some((v) => typeof v === 'string' && v.toLowerCase().includes(needle))
	);
	return holding.length === 1 ? holding[0] : undefined;
}
