import { describe, expect, it } from 'vitest';
import { StatementReads } from './result-cache-reads';

/** StatementReads over a stored map of read key → tables, counting storage reads and parses. */
function statementReads(stored: Record<string, string[]>) {
	const calls = { stored: 0, parsed: 0, keys: [] as string[] };
	const statements = new StatementReads({
		tablesReadFor: async (readKey) => {
			calls.stored += 1;
			calls.keys.push(readKey);
			return stored[readKey];
		},
		readKeyOf: async (normalised) => `key:${normalised}`,
		viewsFingerprint: () => ''
	});
	const parse = async () => {
		calls.parsed += 1;
		return { ok: true as const, value: { tables: ['parsed_table'] } };
	};
	return { statements, parse, calls };
}

describe('the tables a statement reads', () => {
	it('are parsed once a session, the same statement written another way included', async () => {
		const { statements, parse, calls } = statementReads({});
		await statements.readsOf('SELECT * FROM sales', parse);
		await statements.readsOf('select *  from sales;', parse);
		expect(calls.parsed).toBe(1);
		expect(calls.stored).toBe(1);
	});
	it('come from a stored result without the parser, read from storage once', async () => {
		const sql = 'SELECT region FROM sales';
		const probe = statementReads({});
		await probe.statements.readsOf(sql, probe.parse);
		const { statements, parse, calls } = statementReads({ [probe.calls.keys[0]]: ['sales'] });
		const first = await statements.readsOf(sql, parse);
		const again = await statements.readsOf(sql, parse);
		expect(first).toEqual({ ok: true, value: { tables: ['sales'] } });
		expect(again).toEqual(first);
		expect(calls).toMatchObject({ stored: 1, parsed: 0 });
	});
});
