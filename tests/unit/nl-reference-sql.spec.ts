import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXTS } from '../nl/contexts';
import { buildRequest, runReference } from '../nl/harness/run-eval';
import { openEvalDatabase, type EvalDatabase } from '../nl/harness/setup';
import { ALL_QUESTIONS } from '../nl/questions';

let evalDb: EvalDatabase;

beforeAll(async () => {
	evalDb = await openEvalDatabase();
});

afterAll(() => evalDb?.close());

describe('the NL evaluation set', () => {
	it('is big enough and covers refusals', () => {
		expect(ALL_QUESTIONS.length).toBeGreaterThanOrEqual(120);
		expect(ALL_QUESTIONS.filter((q) => q.shouldRefuse).length).toBeGreaterThanOrEqual(20);
		expect(new Set(ALL_QUESTIONS.map((q) => q.id)).size).toBe(ALL_QUESTIONS.length);
	});

	it('runs every reference SQL without error and gets rows back', () => {
		const empty: string[] = [];
		for (const q of ALL_QUESTIONS.filter((q) => !q.shouldRefuse)) {
			const rows = runReference(q, evalDb.execute);
			if (rows.length === 0 || rows.every((row) => row.every((cell) => cell === null))) {
				empty.push(q.id);
			}
		}
		expect(empty).toEqual([]);
	});

	it('gives every question its tables or context, and refusals no SQL', () => {
		for (const q of ALL_QUESTIONS) {
			const request = buildRequest(q, evalDb.catalog, CONTEXTS);
			expect(request.catalog.tables.length).toBeGreaterThan(0);
			expect(q.shouldRefuse ? q.sql : q.sql?.length).toBe(
				q.shouldRefuse ? undefined : q.sql?.length
			);
		}
	});
});
