/**
 * The full evaluation (`npm run eval:nl`). Prints the report and writes
 * tests/nl/results/report.json. Accuracy is measured, not asserted; question-set defects throw.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { answerQuestion, CONFIDENCE_THRESHOLD } from '../../src/lib/core/nl/index';
import { CONTEXTS } from './contexts';
import { runEvaluation } from './harness/run-eval';
import { openEvalDatabase } from './harness/setup';
import { formatReport } from './harness/summarize';
import { ALL_QUESTIONS } from './questions';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results');

it('evaluates every question of the NL set', async () => {
	const evalDb = await openEvalDatabase();
	try {
		const report = runEvaluation({
			questions: ALL_QUESTIONS,
			catalog: evalDb.catalog,
			contexts: CONTEXTS,
			answer: answerQuestion,
			execute: evalDb.execute,
			threshold: CONFIDENCE_THRESHOLD
		});
		mkdirSync(RESULTS, { recursive: true });
		writeFileSync(join(RESULTS, 'report.json'), JSON.stringify(report, null, '\t'));
		console.log(`\n${formatReport(report)}\n\nreport written to tests/nl/results/report.json`);
		expect(report.total).toBe(ALL_QUESTIONS.length);
	} finally {
		evalDb.close();
	}
});
