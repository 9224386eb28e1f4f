/**
 * The full evaluation (`npm run eval:nl`): six measurements — the tuning set, held-out sets A,
 * B, C and D, and workspace mode — over one DuckDB with every evaluation table loaded and profiled once.
 * Prints each measurement's details and a summary, and writes tests/nl/results/report.json.
 * Accuracy is measured, not asserted; question-set defects throw.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { answerQuestion, CONFIDENCE_THRESHOLD, loadWordNet } from '../../src/lib/core/nl/index';
import { allContexts, MEASUREMENTS } from './eval-sets';
import { formatMeasurements, type MeasuredReport } from './harness/measurements';
import { runEvaluation } from './harness/run-eval';
import { openEvalDatabase } from './harness/setup';
import { EVAL_TABLE_SOURCES } from './harness/sources';
import { formatReport } from './harness/summarize';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'results');

it('measures the engine on the tuning set, the four held-out sets and in workspace mode', async () => {
	const contexts = allContexts();
	await loadWordNet();
	const evalDb = await openEvalDatabase(EVAL_TABLE_SOURCES);
	try {
		const measured: (MeasuredReport & { name: string })[] = MEASUREMENTS.map((m) => ({
			name: m.name,
			label: m.label,
			target: m.target,
			report: runEvaluation({
				questions: m.questions,
				catalog: evalDb.catalog,
				contexts,
				answer: answerQuestion,
				execute: evalDb.execute,
				threshold: CONFIDENCE_THRESHOLD,
				scope: m.scope
			})
		}));
		for (const m of measured) {
			console.log(`\n=== ${m.label}\n${formatReport(m.report, m.target)}`);
		}
		mkdirSync(RESULTS, { recursive: true });
		const json = {
			tables: EVAL_TABLE_SOURCES.map((s) => s.name),
			measurements: measured.map((m) => ({ name: m.name, target: m.target, ...m.report }))
		};
		writeFileSync(join(RESULTS, 'report.json'), JSON.stringify(json, null, '\t'));
		console.log(
			`\n${formatMeasurements(measured)}\n\nreport written to tests/nl/results/report.json`
		);
		for (const [i, m] of MEASUREMENTS.entries()) {
			expect(measured[i].report.total).toBe(m.questions.length);
		}
	} finally {
		evalDb.close();
	}
});
