/**
 * Whether a user's SQL can be used as a subquery (`WITH q AS (<body>) …`), and the body to use.
 * The scan knows string literals (also `E'…'` and `$tag$…$tag$`), quoted identifiers and both
 * comment forms, so a `;` or `--` inside them is not mistaken for the end of the statement.
 */

/** First words of statements that return rows and may stand in a subquery. */
const QUERY_WORDS = new Set(['select', 'with', 'values', 'from', 'table', 'pivot', 'unpivot']);

interface Token {
	start: number;
	end: number;
	/** Lower-cased word, or the character for punctuation; '' for literals and identifiers. */
	text: string;
}

function skipQuoted(sql: string, i: number, quote: string, hasBackslash: boolean): number {
	let j = i + 1;
	while (j < sql.length) {
		if (hasBackslash && sql[j] === '\\') j += 2;
		else if (sql[j] === quote && sql[j + 1] === quote) j += 2;
		else if (sql[j] === quote) return j + 1;
		else j++;
	}
	return sql.length;
}

/** The significant tokens of `sql` (comments and whitespace left out). */
function tokens(sql: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const char = sql[i];
		const next = sql[i + 1];
		if (/\s/.test(char)) {
			i++;
		} else if (char === '-' && next === '-') {
			while (i < sql.length && sql[i] !== '\n') i++;
		} else if (char === '/' && next === '*') {
			const end = sql.indexOf('*/', i + 2);
			i = end < 0 ? sql.length : end + 2;
		} else if (char === "'" || char === '"') {
			const end = skipQuoted(sql, i, char, false);
			out.push({ start: i, end, text: '' });
			i = end;
		} else if ((char === 'e' || char === 'E') && next === "'") {
			const end = skipQuoted(sql, i + 1, "'", true);
			out.push({ start: i, end, text: '' });
			i = end;
		} else if (char === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i, i + 64))) {
			const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i, i + 64))![0];
			const close = sql.indexOf(tag, i + tag.length);
			const end = close < 0 ? sql.length : close + tag.length;
			out.push({ start: i, end, text: '' });
			i = end;
		} else if (/[A-Za-z_]/.test(char)) {
			let j = i + 1;
			while (j < sql.length && /[\w$]/.test(sql[j])) j++;
			out.push({ start: i, end: j, text: sql.slice(i, j).toLowerCase() });
			i = j;
		} else {
			out.push({ start: i, end: i + 1, text: char });
			i++;
		}
	}
	return out;
}

/**
 * `sql` as the body of a subquery, or null when it is not exactly one row-returning query.
 * Leading and trailing comments, whitespace and semicolons are dropped, so the body can be put
 * between parentheses as it is.
 */
export function wrapSql(sql: string): string | null {
	const all = tokens(sql);
	const statements: Token[][] = [[]];
	for (const token of all) {
		if (token.text === ';') statements.push([]);
		else statements[statements.length - 1].push(token);
	}
	const nonEmpty = statements.filter((s) => s.length > 0);
	if (nonEmpty.length !== 1) return null;
	const statement = nonEmpty[0];
	const first = statement.find((t) => t.text !== '(');
	if (!first || !QUERY_WORDS.has(first.text)) return null;
	const body = sql.slice(statement[0].start, statement[statement.length - 1].end);
	return body.trim().length > 0 ? body : null;
}
