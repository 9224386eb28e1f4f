import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, CONFIDENCE_THRESHOLD } from '../../src/lib/core/nl/index';
import { CONTEXTS } from '../nl/contexts';
import { runEvaluation } from '../nl/harness/run-eval';
import { openEvalDatabase, type EvalDatabase } from '../nl/harness/setup';
import { sourcesFor } from '../nl/harness/sources';
import { subsetQuestions } from '../nl/harness/subset';
import { formatReport } from '../nl/harness/summarize';

/**
 * Correct answers the engine gives on this subset: all 31 since the rules for head nouns,
 * unlisted values, joins through named keys and same-named group columns. Any drop is a
 * regression; keep it at the achieved count.
 */
const CORRECT_FLOOR = 31;

const questions = subsetQuestions();
let evalDb: EvalDatabase;

beforeAll(async () => {
	evalDb = await openEvalDatabase(sourcesFor(questions, CONTEXTS));
});

afterAll(() => evalDb?.close());

describe('plain-English answers on the fixed subset', () => {
	it('keeps its accuracy and never answers an unanswerable question with confidence', () => {
		const report = runEvaluation({
			questions,
			catalog: evalDb.catalog,
			contexts: CONTEXTS,
			answer: answerQuestion,
			execute: evalDb.execute,
			threshold: CONFIDENCE_THRESHOLD
		});
		const misses = formatReport(report).split('\nmisses')[1] ?? '';
		expect(report.refuseSet.confidentWrong, misses).toBe(0);
		expect(report.correct, misses).toBeGreaterThanOrEqual(CORRECT_FLOOR);
	});
});
