/**
 * SQL reduced to its shape: string and number literals become `?`, comments go, whitespace
 * collapses to one space and unquoted words are lower-cased. Two queries with the same shape
 * differ only in their literals (`WHERE city = 'Oslo'` and `WHERE city = 'Bergen'`).
 * Quoted identifiers ("My Column") keep their text and case: they name different things.
 */

/** Characters that may continue an unquoted word (identifiers, keywords). */
const WORD_CHAR = /[\p{L}\p{N}_$]/u;
const DIGIT = /[0-9]/;

export function normaliseSql(sql: string): string {
	const out: string[] = [];
	let i = 0;
	const n = sql.length;
	const push = (token: string) => out.push(token);
	while (i < n) {
		const c = sql[i];
		const next = sql[i + 1];
		if (/\s/.test(c)) {
			i++;
			continue;
		}
		if (c === '-' && next === '-') {
			const end = sql.indexOf('\n', i);
			i = end === -1 ? n : end + 1;
			continue;
		}
		if (c === '/' && next === '*') {
			const end = sql.indexOf('*/', i + 2);
			i = end === -1 ? n : end + 2;
			continue;
		}
		if (c === "'" || ((c === 'E' || c === 'e') && next === "'" && !isWordBefore(sql, i))) {
			i = skipQuoted(sql, c === "'" ? i : i + 1, "'");
			push('?');
			continue;
		}
		if (c === '"') {
			const end = skipQuoted(sql, i, '"');
			push(sql.slice(i, end));
			i = end;
			continue;
		}
		if (c === '$') {
			const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
			if (tag) {
				const close = sql.indexOf(tag[0], i + tag[0].length);
				i = close === -1 ? n : close + tag[0].length;
				push('?');
				continue;
			}
		}
		if (DIGIT.test(c) || (c === '.' && next !== undefined && DIGIT.test(next))) {
			i = skipNumber(sql, i);
			push('?');
			continue;
		}
		if (WORD_CHAR.test(c)) {
			let end = i + 1;
			while (end < n && WORD_CHAR.test(sql[end])) end++;
			push(sql.slice(i, end).toLowerCase());
			i = end;
			continue;
		}
		push(c);
		i++;
	}
	return join(out);
}

/** Index just past a quoted run starting at `start` (doubled quotes stay inside). */
function skipQuoted(sql: string, start: number, quote: string): number {
	let i = start + 1;
	while (i < sql.length) {
		if (sql[i] === quote) {
			if (sql[i + 1] === quote) {
				i += 2;
				continue;
			}
			return i + 1;
		}
		// E'…' strings may escape a quote with a backslash; a backslash never ends a string.
		if (sql[i] === '\\' && quote === "'" && sql[start - 1]?.toLowerCase() === 'e') i++;
		i++;
	}
	return sql.length;
}

function skipNumber(sql: string, start: number): number {
	const match = /^(0x[0-9a-f_]+|(\d[\d_]*)?\.?\d[\d_]*(e[+-]?\d+)?)/i.exec(sql.slice(start));
	return start + (match ? match[0].length : 1);
}

function isWordBefore(sql: string, i: number): boolean {
	return i > 0 && WORD_CHAR.test(sql[i - 1]);
}

/** Tokens joined by single spaces, without spaces that only separate punctuation. */
function join(tokens: string[]): string {
	let text = '';
	for (const token of tokens) {
		if (text === '') text = token;
		else if (
			token === ',' ||
			token === ')' ||
			token === ';' ||
			token === '.' ||
			text.endsWith('(') ||
			text.endsWith('.')
		)
			text += token;
		else text += ` ${token}`;
	}
	return text.replace(/;$/, '');
}
