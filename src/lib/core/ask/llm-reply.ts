/**
 * Reading an LLM endpoint's reply (hostile until checked): the chat-completions JSON, then the
 * SQL in its message — a fenced block or plain text — which must be exactly one read-only
 * statement. Pure.
 */

export type ReplyResult =
	{ ok: true; content: string } | { ok: false; code: 'bad-reply' | 'empty'; message: string };

export type SqlResult =
	| { ok: true; sql: string; explanation: string }
	| { ok: false; code: 'empty' | 'not-one-select'; message: string };

const MAX_SQL_LENGTH = 20_000;
const MAX_EXPLANATION_LENGTH = 500;

/** The message text of a chat-completions response body. */
export function readChatCompletion(body: string): ReplyResult {
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		return badReply('The endpoint did not answer with JSON. Is the URL an OpenAI-compatible API?');
	}
	if (!isObject(json)) return badReply('The endpoint’s answer is not a chat-completions reply.');
	const choices = json.choices;
	if (!Array.isArray(choices)) {
		const detail = isObject(json.error) && typeof json.error.message === 'string';
		return badReply(
			detail
				? `The endpoint answered with an error: ${String((json.error as { message: string }).message).slice(0, 300)}`
				: 'The endpoint’s answer has no choices: it is not a chat-completions reply.'
		);
	}
	if (choices.length === 0) {
		return { ok: false, code: 'empty', message: 'The model returned no answer (no choices).' };
	}
	const first: unknown = choices[0];
	const message = isObject(first) ? first.message : undefined;
	const content = isObject(message) ? message.content : undefined;
	if (content !== undefined && content !== null && typeof content !== 'string') {
		return badReply('The model’s message is not text.');
	}
	if (typeof content !== 'string' || content.trim() === '') {
		return { ok: false, code: 'empty', message: 'The model returned an empty answer.' };
	}
	return { ok: true, content };
}

/** The SQL (and a one-line explanation) in the model's message. */
export function extractSql(content: string): SqlResult {
	const fenced = /```[ \t]*([a-zA-Z]*)[ \t]*\r?\n([\s\S]*?)```/.exec(content);
	let sql: string;
	let rest: string;
	if (fenced) {
		sql = fenced[2];
		rest = content.slice(0, fenced.index) + content.slice(fenced.index + fenced[0].length);
	} else {
		sql = content;
		rest = '';
	}
	sql = sql.trim().replace(/;\s*$/, '').trim();
	if (sql === '') return { ok: false, code: 'empty', message: 'The model’s answer holds no SQL.' };
	if (sql.length > MAX_SQL_LENGTH) {
		return { ok: false, code: 'not-one-select', message: 'The SQL is too long.' };
	}
	const statements = countStatements(sql);
	if (statements !== 1) {
		return {
			ok: false,
			code: 'not-one-select',
			message: `The answer holds ${statements} SQL statements; exactly one SELECT is needed.`
		};
	}
	const bare = maskQuoted(stripComments(sql));
	if (!/^\(*\s*(SELECT|WITH|FROM|VALUES)\b/i.test(bare) || WRITES.test(bare)) {
		return {
			ok: false,
			code: 'not-one-select',
			message: 'The answer is not a SELECT statement; only reading queries are allowed.'
		};
	}
	const explanation = rest.replace(/\s+/g, ' ').trim().slice(0, MAX_EXPLANATION_LENGTH);
	return { ok: true, sql, explanation };
}

/**
 * Whether an engine error is the network lock's refusal (the locked runtime's own words, or
 * DuckDB's permission errors from the locked settings), as opposed to a mistake in the SQL.
 */
export function isLockRefusalMessage(message: string): boolean {
	return (
		/Quarry (?:works offline|reads only|refused)/.test(message) || /Permission Error/i.test(message)
	);
}

/** Statements in `sql`: semicolons outside quotes and comments split it (empty parts ignored). */
export function countStatements(sql: string): number {
	let count = 0;
	let hasText = false;
	let i = 0;
	while (i < sql.length) {
		const ch = sql[i];
		const next = sql[i + 1];
		if (ch === "'" || ch === '"') {
			i = skipQuoted(sql, i, ch);
			hasText = true;
		} else if (ch === '$' && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
			const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
			const end = sql.indexOf(tag, i + tag.length);
			i = end < 0 ? sql.length : end + tag.length;
			hasText = true;
		} else if (ch === '-' && next === '-') {
			const end = sql.indexOf('\n', i);
			i = end < 0 ? sql.length : end + 1;
		} else if (ch === '/' && next === '*') {
			const end = sql.indexOf('*/', i + 2);
			i = end < 0 ? sql.length : end + 2;
		} else if (ch === ';') {
			if (hasText) count++;
			hasText = false;
			i++;
		} else {
			if (!/\s/.test(ch)) hasText = true;
			i++;
		}
	}
	return hasText ? count + 1 : count;
}

function skipQuoted(sql: string, start: number, quote: string): number {
	let i = start + 1;
	while (i < sql.length) {
		if (sql[i] === quote) {
			if (sql[i + 1] === quote) i += 2;
			else return i + 1;
		} else i++;
	}
	return sql.length;
}

/** Words that only appear in statements that change something (outside quotes). */
const WRITES =
	/\b(INSERT|UPDATE|DELETE|MERGE|CREATE|DROP|ALTER|TRUNCATE|COPY|ATTACH|DETACH|INSTALL|LOAD|SET|RESET|PRAGMA|EXPORT|IMPORT|CALL|VACUUM|CHECKPOINT|USE)\b/i;

/** Quoted strings and identifiers replaced by placeholders, so their words are not read as SQL. */
function maskQuoted(sql: string): string {
	return sql.replace(/'(?:[^']|'')*'/g, "''").replace(/"(?:[^"]|"")*"/g, '""');
}

function stripComments(sql: string): string {
	return sql
		.replace(/--[^\n]*\n?/g, ' ')
		.replace(/\/\*[\s\S]*?\*\//g, ' ')
		.trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function badReply(message: string): ReplyResult {
	return { ok: false, code: 'bad-reply', message };
}
