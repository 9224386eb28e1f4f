import { describe, expect, it } from 'vitest';
import { countStatements, extractSql, isLockRefusalMessage, readChatCompletion } from './llm-reply';

describe('readChatCompletion', () => {
	it('reads the first choice’s message', () => {
		const body = JSON.stringify({
			choices: [{ message: { role: 'assistant', content: 'SELECT 1' } }]
		});
		expect(readChatCompletion(body)).toEqual({ ok: true, content: 'SELECT 1' });
	});

	it.each([
		['<html>502</html>', 'bad-reply', /not answer with JSON/],
		['[1,2]', 'bad-reply', /not a chat-completions/],
		['{"object":"list"}', 'bad-reply', /no choices/],
		['{"error":{"message":"model not found"}}', 'bad-reply', /model not found/],
		['{"choices":[]}', 'empty', /no answer/],
		['{"choices":[{"message":{"content":""}}]}', 'empty', /empty/],
		['{"choices":[{"message":{"content":null}}]}', 'empty', /empty/],
		['{"choices":[{"message":{"content":[1]}}]}', 'bad-reply', /not text/]
	])('reports %s clearly', (body, code, message) => {
		const result = readChatCompletion(body);
		expect(result).toMatchObject({ ok: false, code });
		if (!result.ok) expect(result.message).toMatch(message);
	});
});

describe('extractSql', () => {
	it('takes the fenced block and the text around it as the explanation', () => {
		expect(extractSql('Here:\n```sql\nSELECT "a"\nFROM "t";\n```\nCounts a per t.')).toEqual({
			ok: true,
			sql: 'SELECT "a"\nFROM "t"',
			explanation: 'Here: Counts a per t.'
		});
	});

	it('takes plain SQL, WITH and FROM-first forms', () => {
		expect(extractSql('SELECT 1;')).toMatchObject({ ok: true, sql: 'SELECT 1' });
		expect(extractSql('WITH x AS (SELECT 1) SELECT * FROM x')).toMatchObject({ ok: true });
		expect(extractSql('-- top\nFROM "t" SELECT "a"')).toMatchObject({ ok: true });
	});

	it('allows words like DELETE inside quotes', () => {
		expect(extractSql(`SELECT "delete", 'drop; table' FROM "update"`)).toMatchObject({ ok: true });
	});

	it.each([
		['```sql\n\n```', 'empty'],
		['SELECT 1; SELECT 2', 'not-one-select'],
		['DROP TABLE "t"', 'not-one-select'],
		['WITH x AS (SELECT 1) DELETE FROM "t"', 'not-one-select'],
		["COPY (SELECT 1) TO 'x.csv'", 'not-one-select'],
		["SELECT 1; ATTACH 'x.db'", 'not-one-select']
	])('refuses %j', (content, code) => {
		expect(extractSql(content)).toMatchObject({ ok: false, code });
	});
});

describe('countStatements', () => {
	it('ignores semicolons in strings, identifiers, comments and dollar quotes', () => {
		expect(countStatements(`SELECT ';', "a;b" -- ;\n/* ; */ FROM t`)).toBe(1);
		expect(countStatements('SELECT $$;$$')).toBe(1);
		expect(countStatements('SELECT 1;; ;SELECT 2;')).toBe(2);
		expect(countStatements("SELECT 'it''s;'")).toBe(1);
	});
});

describe('isLockRefusalMessage', () => {
	it('tells the lock’s refusals from SQL mistakes', () => {
		expect(isLockRefusalMessage('Quarry works offline and never reaches the network')).toBe(true);
		expect(isLockRefusalMessage('Permission Error: Cannot access file "http://x"')).toBe(true);
		expect(isLockRefusalMessage('Binder Error: column "x" not found')).toBe(false);
	});
});
