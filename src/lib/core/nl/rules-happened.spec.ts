/**
 * "actually": the rows that happened, not those a yes/no column marks as called off; the verb
 * after it is read with it. Where no column says whether a row happened, the word stays unplaced.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';
import { BOAT_SAILINGS, TUNER_VISITS } from '$test/nl/service-tables';
import { isRefusal } from './types';

describe('rows that actually happened', () => {
	it('"how many sailings actually went out" leaves the cancelled ones out', () => {
		const result = answer('how many sailings actually went out in 2024', catalogOf(BOAT_SAILINGS));
		expect(result.sql).toContain(`"Cancelled" <> 'true'`);
		expect(result.interpretation.map((x) => x.words)).toContain('actually went out');
	});

	it('a table that cannot tell whether a row happened does not answer it', () => {
		expect(isRefusal(ask('how many visits did I actually do', catalogOf(TUNER_VISITS)))).toBe(true);
	});
});
