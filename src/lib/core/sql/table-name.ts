/**
 * Table names for datasets.
 *
 * Quarry always quotes identifiers (see quote.ts), so any string would work inside DuckDB. These
 * rules are about names people can read and type in the SQL editor:
 * - lower-case ASCII letters, digits and `_`; accents are stripped (`Café` → `cafe`) and a few
 *   letters are spelled out (`ß` → `ss`, `æ` → `ae`); letters with no ASCII form (Cyrillic,
 *   CJK, …) are kept, lower-cased; everything else (spaces, dashes, emoji) becomes `_`;
 * - runs of `_` collapse, and `_` is trimmed from both ends;
 * - never empty (`dataset`), never starting with a digit (`t_` prefix);
 * - a DuckDB reserved word gets a `_data` suffix (`select.csv` → `select_data`), so it reads
 *   as a name and still works if someone forgets the quotes;
 * - at most 63 characters, and unique ignoring case against names already taken (`sales_2`,
 *   `sales_3`, …) because DuckDB resolves table names case-insensitively.
 */

export const MAX_TABLE_NAME_LENGTH = 63;

const FALLBACK_NAME = 'dataset';
const KEYWORD_SUFFIX = '_data';

/** DuckDB's reserved keywords (`duckdb_keywords()` with category `reserved`, DuckDB 1.4). */
const RESERVED_WORDS: ReadonlySet<string> = new Set([
	'all',
	'analyse',
	'analyze',
	'and',
	'any',
	'array',
	'as',
	'asc',
	'asymmetric',
	'both',
	'case',
	'cast',
	'check',
	'collate',
	'column',
	'constraint',
	'create',
	'default',
	'deferrable',
	'desc',
	'describe',
	'distinct',
	'do',
	'else',
	'end',
	'except',
	'false',
	'fetch',
	'for',
	'foreign',
	'from',
	'group',
	'having',
	'in',
	'initially',
	'intersect',
	'into',
	'lambda',
	'lateral',
	'leading',
	'limit',
	'not',
	'null',
	'offset',
	'on',
	'only',
	'or',
	'order',
	'pivot',
	'pivot_longer',
	'pivot_wider',
	'placing',
	'primary',
	'qualify',
	'references',
	'returning',
	'select',
	'show',
	'some',
	'summarize',
	'symmetric',
	'table',
	'then',
	'to',
	'trailing',
	'true',
	'union',
	'unique',
	'unpivot',
	'using',
	'variadic',
	'when',
	'where',
	'window',
	'with'
]);

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};

/** Whether `name` is a table name Quarry would produce (see the rules above). */
export function isValidTableName(name: string): boolean {
	return name !== '' && readableName(name) === name;
}

/** Whether `word` is a DuckDB reserved keyword (case-insensitive). */
export function isReservedWord(word: string): boolean {
	return RESERVED_WORDS.has(word.toLowerCase());
}

/** A table name for an imported file: its name without folders and extension, made readable. */
export function deriveTableName(fileName: string, taken: Iterable<string>): string {
	const base = fileName.split(/[\\/]/).pop() ?? '';
	const dot = base.lastIndexOf('.');
	const stem = dot > 0 ? base.slice(0, dot) : base;
	return deriveTableNameFromLabel(stem, taken);
}

/** A table name for a free-text label, such as a dataset's display name (no extension stripped). */
export function deriveTableNameFromLabel(label: string, taken: Iterable<string>): string {
	const base = readableName(label);
	const takenLower = new Set<string>();
	for (const name of taken) takenLower.add(name.toLowerCase());
	if (!takenLower.has(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `_${n}`;
		const candidate =
			trimUnderscores(truncate(base, MAX_TABLE_NAME_LENGTH - suffix.length)) + suffix;
		if (!takenLower.has(candidate)) return candidate;
	}
}

function readableName(label: string): string {
	let name = trimUnderscores(
		stripLatinAccents(label)
			.replace(/[^\p{Ll}\p{Lm}\p{Lo}\p{M}a-z0-9_]/gu, '_')
			.replace(/_+/g, '_')
	).normalize('NFC');
	if (name === '') name = FALLBACK_NAME;
	if (/^[0-9]/.test(name)) name = `t_${name}`;
	if (RESERVED_WORDS.has(name)) name += KEYWORD_SUFFIX;
	return trimUnderscores(truncate(name, MAX_TABLE_NAME_LENGTH));
}

/** `Café Ørsted` → `cafe orsted`; marks on non-Latin letters (e.g. kana, Devanagari) are kept. */
function stripLatinAccents(label: string): string {
	let out = '';
	let isAfterLatin = false;
	for (const ch of label.normalize('NFKD').toLowerCase()) {
		if (/\p{M}/u.test(ch)) {
			if (!isAfterLatin) out += ch;
			continue;
		}
		const spelled = SPELLED_OUT[ch] ?? ch;
		isAfterLatin = /^[a-z]+$/.test(spelled);
		out += spelled;
	}
	return out;
}

function truncate(name: string, max: number): string {
	const chars = [...name];
	return chars.length <= max ? name : chars.slice(0, max).join('');
}

function trimUnderscores(name: string): string {
	return name.replace(/^_+|_+$/g, '');
}

/**
 * Which of `tableNames` the SQL text mentions, as bare or quoted identifiers (case-insensitive;
 * comments and string literals ignored). A cheap approximation of "the datasets a query reads":
 * a column or alias with a table's name also counts.
 */
export function referencedTableNames(sql: string, tableNames: Iterable<string>): string[] {
	const mentioned = new Set<string>();
	const tokens =
		/--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^']|'')*'?|"((?:[^"]|"")*)"?|([\p{L}_][\p{L}\p{M}\p{N}_$]*)/gu;
	for (const match of sql.matchAll(tokens)) {
		const identifier = match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2];
		if (identifier !== undefined) mentioned.add(identifier.toLowerCase());
	}
	return [...tableNames].filter((name) => mentioned.has(name.toLowerCase()));
}
