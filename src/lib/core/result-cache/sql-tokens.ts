/**
 * A small SQL tokenizer (pure) for the result cache: it knows where string literals, quoted
 * identifiers, dollar-quoted strings and comments begin and end, so that normalising and
 * checking a statement never looks inside a literal. It does not parse SQL; DuckDB does that.
 */

export type TokenKind = 'word' | 'number' | 'quoted' | 'string' | 'symbol';

export interface SqlToken {
	kind: TokenKind;
	/** The token exactly as written (quotes and escapes included). */
	text: string;
	/** True when whitespace or a comment separates it from the token before. */
	isSpaced: boolean;
}

/** The tokens of `sql`, or null when a literal, quoted name or comment is not closed. */
export function tokenize(sql: string): SqlToken[] | null {
	const tokens: SqlToken[] = [];
	let i = 0;
	let isSpaced = false;
	const push = (kind: TokenKind, end: number) => {
		tokens.push({ kind, text: sql.slice(i, end), isSpaced });
		isSpaced = false;
		i = end;
	};
	while (i < sql.length) {
		const ch = sql[i];
		const next = sql[i + 1] ?? '';
		if (/\s/.test(ch)) {
			isSpaced = true;
			i += 1;
		} else if (ch === '-' && next === '-') {
			const end = sql.indexOf('\n', i);
			i = end === -1 ? sql.length : end + 1;
			isSpaced = true;
		} else if (ch === '/' && next === '*') {
			const end = blockCommentEnd(sql, i);
			if (end === -1) return null;
			i = end;
			isSpaced = true;
		} else if (ch === "'") {
			const end = quotedEnd(sql, i, "'", isEscapePrefix(tokens, isSpaced));
			if (end === -1) return null;
			push('string', end);
		} else if (ch === '"') {
			const end = quotedEnd(sql, i, '"', false);
			if (end === -1) return null;
			push('quoted', end);
		} else if (ch === '$' && dollarTag(sql, i) !== null) {
			const tag = dollarTag(sql, i) ?? '';
			const close = sql.indexOf(tag, i + tag.length);
			if (close === -1) return null;
			push('string', close + tag.length);
		} else if (isWordStart(ch)) {
			let end = i + 1;
			while (end < sql.length && isWordPart(sql[end])) end += 1;
			push('word', end);
		} else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(next))) {
			let end = i + 1;
			while (end < sql.length && /[0-9A-Za-z_.]/.test(sql[end])) end += 1;
			push('number', end);
		} else {
			push('symbol', i + 1);
		}
	}
	return tokens;
}

function isWordStart(ch: string): boolean {
	return /[A-Za-z_]/.test(ch) || ch.charCodeAt(0) > 127;
}

function isWordPart(ch: string): boolean {
	return /[A-Za-z0-9_$]/.test(ch) || ch.charCodeAt(0) > 127;
}

/** An E'…' string (backslash escapes) when the quote directly follows a lone `e`. */
function isEscapePrefix(tokens: readonly SqlToken[], isSpaced: boolean): boolean {
	const last = tokens.at(-1);
	return !isSpaced && last?.kind === 'word' && last.text.toLowerCase() === 'e';
}

/** Index after the closing quote; a doubled quote is an escaped one. -1 when unclosed. */
function quotedEnd(
	sql: string,
	start: number,
	quote: string,
	hasBackslashEscapes: boolean
): number {
	let i = start + 1;
	while (i < sql.length) {
		const ch = sql[i];
		if (hasBackslashEscapes && ch === '\\') {
			i += 2;
		} else if (ch === quote) {
			if (sql[i + 1] === quote) i += 2;
			else return i + 1;
		} else {
			i += 1;
		}
	}
	return -1;
}

/** Index after a (nested) block comment that starts at `start`; -1 when unclosed. */
function blockCommentEnd(sql: string, start: number): number {
	let depth = 0;
	let i = start;
	while (i < sql.length) {
		if (sql[i] === '/' && sql[i + 1] === '*') {
			depth += 1;
			i += 2;
		} else if (sql[i] === '*' && sql[i + 1] === '/') {
			depth -= 1;
			i += 2;
			if (depth === 0) return i;
		} else {
			i += 1;
		}
	}
	return -1;
}

/** `$tag$` (or `$$`) opening a dollar-quoted string at `start`, else null (e.g. `$1`). */
function dollarTag(sql: string, start: number): string | null {
	const match = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(start, start + 66));
	return match ? match[0] : null;
}
