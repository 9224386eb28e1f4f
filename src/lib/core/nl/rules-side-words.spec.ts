/**
 * A word two columns of a before-and-after pair share ("pain" of `Pain Before` and
 * `pain_after`) is the one whose side the question says ("at the start", "at the end"); said
 * with no side, Quarry asks which. "Score" after a number column is that column's noun. A
 * clinic's `DNA` is those who "did not attend", the "no shows".
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** Physio sessions: a body area and a pain score from 0 to 10 before and after. */
const SESSIONS: TableSpec = {
	name: 'physio_sessions',
	humanName: 'Physio sessions',
	columns: [
		['Body Area', 'VARCHAR'],
		['Pain Before', 'BIGINT'],
		['pain_after', 'BIGINT']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		['Knee', 'Lower Back', 'Shoulder'][i % 3],
		3 + (i % 7),
		1 + (i % 5)
	])
};

describe('one side of a before-and-after pair', () => {
	const sessions = catalogOf(SESSIONS);
	it('is the side the question says', () => {
		expect(answer('average pain score at the start of a session', sessions).sql).toContain(
			'avg("Pain Before")'
		);
		expect(answer('average pain at the end of a session', sessions).sql).toContain(
			'avg("pain_after")'
		);
	});
	it('is asked for when no side is said', () => {
		expect(isRefusal(ask('average pain', sessions))).toBe(true);
	});
});

describe("a clinic's yes/no `DNA`", () => {
	const sessions = catalogOf({
		...SESSIONS,
		columns: [...SESSIONS.columns, ['DNA', 'BOOLEAN']],
		rows: SESSIONS.rows.map((row, i) => [...row, i % 6 === 0])
	});
	it('is said "no shows" and "did not attend"', () => {
		expect(answer('how many no shows have we had', sessions).sql).toContain(`"DNA" = 'true'`);
		expect(answer('did not attend rate by body area', sessions).sql).toContain(
			`FILTER (WHERE "DNA" = 'true')`
		);
	});
});
