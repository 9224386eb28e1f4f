/**
 * The SQL text a result cache key is built from (pure). Two statements with the same
 * normalised text give the same result on the same data:
 * - comments go, and every run of whitespace or comments becomes one space (DuckDB names an
 *   expression's result column by printing the parsed expression, not from the text);
 * - DuckDB's reserved keywords are lower-cased, except after `AS` or `.` where any word may be
 *   a name, and `BY` after GROUP, ORDER or PARTITION; other words keep their case, because a result column named by an alias or an
 *   expression keeps the case it was written in (`SELECT 1 AS Total` gives a column `Total`);
 * - literals and quoted names are kept byte for byte; trailing semicolons are dropped.
 * See docs/decisions/0012-result-cache-keys.md.
 */
import { tokenize, type SqlToken } from './sql-tokens';

/**
 * DuckDB 1.4's reserved keywords (`duckdb_keywords()`), less the ones a result column name
 * may print as written (true, false, null, array).
 */
const RESERVED = new Set(
	(
		'all analyse analyze and any as asc asymmetric both case cast check collate column ' +
		'constraint create default deferrable desc describe distinct do else end except fetch for ' +
		'foreign from group having in initially intersect into lambda lateral leading limit not ' +
		'offset on only or order pivot pivot_longer pivot_wider placing primary qualify references ' +
		'returning select show some summarize symmetric table then to trailing union unique unpivot ' +
		'using variadic when where window with'
	).split(' ')
);

/** The normalised text, or null when a literal, quoted name or comment is not closed. */
export function normaliseSql(sql: string): string | null {
	const tokens = tokenize(sql);
	if (tokens === null) return null;
	return renderTokens(withoutTrailingSemicolons(tokens));
}

/** `tokens` without the semicolons (statement ends) at the end. */
export function withoutTrailingSemicolons(tokens: readonly SqlToken[]): SqlToken[] {
	let end = tokens.length;
	while (end > 0 && tokens[end - 1].kind === 'symbol' && tokens[end - 1].text === ';') end -= 1;
	return tokens.slice(0, end);
}

function renderTokens(tokens: readonly SqlToken[]): string {
	let out = '';
	for (const [i, token] of tokens.entries()) {
		if (i > 0 && token.isSpaced) out += ' ';
		out += isFoldable(token, tokens[i - 1]) ? token.text.toLowerCase() : token.text;
	}
	return out;
}

/** Words that make `BY` a keyword when it follows them. */
const BEFORE_BY = new Set(['group', 'order', 'partition']);

function isFoldable(token: SqlToken, previous: SqlToken | undefined): boolean {
	if (token.kind !== 'word') return false;
	const word = token.text.toLowerCase();
	if (word === 'by') {
		return previous?.kind === 'word' && BEFORE_BY.has(previous.text.toLowerCase());
	}
	if (!RESERVED.has(word)) return false;
	if (previous?.kind === 'symbol' && previous.text === '.') return false;
	return !(previous?.kind === 'word' && previous.text.toLowerCase() === 'as');
}
