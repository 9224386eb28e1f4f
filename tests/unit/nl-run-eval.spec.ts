import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NlRequest, NlResult } from '../../src/lib/core/nl/types';
import { CONTEXTS } from '../nl/contexts';
import { HarnessError, runEvaluation, type RunOptions } from '../nl/harness/run-eval';
import { openEvalDatabase, type EvalDatabase } from '../nl/harness/setup';
import { formatReport } from '../nl/harness/summarize';
import { TABLE_SOURCES } from '../nl/harness/tables';
import type { EvalQuestion } from '../nl/harness/types';

let evalDb: EvalDatabase;

const people = TABLE_SOURCES.filter((s) => s.name.startsWith('lookup_'));

const QUESTIONS: EvalQuestion[] = [
	{
		id: 'q-avg',
		question: 'average age',
		tables: ['lookup_people'],
		tags: ['avg'],
		sql: 'SELECT AVG(age) FROM lookup_people'
	},
	{
		id: 'q-count',
		question: 'how many people',
		tables: ['lookup_people'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM lookup_people'
	},
	{
		id: 'q-join',
		question: 'average age per group',
		context: 'people',
		tags: ['join', 'avg'],
		sql: 'SELECT g."group", AVG(p.age) FROM lookup_groups g JOIN lookup_people p ON g.person = p.name GROUP BY 1'
	},
	{
		id: 'q-refuse',
		question: "Alan's salary",
		tables: ['lookup_people'],
		tags: ['refuse'],
		shouldRefuse: true
	}
];

function answer(sql: string, confidence = 0.9): NlResult {
	return { sql, explanation: '', confidence, interpretation: [] };
}

const refusal: NlResult = { notUnderstood: true, reason: 'no such column', suggestions: [] };

function run(engine: (q: string) => NlResult, questions = QUESTIONS) {
	const options: RunOptions = {
		questions,
		catalog: evalDb.catalog,
		contexts: CONTEXTS,
		answer: (request: NlRequest) => engine(request.question),
		execute: evalDb.execute,
		threshold: 0.5
	};
	return runEvaluation(options);
}

beforeAll(async () => {
	evalDb = await openEvalDatabase(people);
});

afterAll(() => evalDb?.close());

describe('running the NL evaluation', () => {
	it('scores right answers and correct refusals as correct', () => {
		const report = run((q) => {
			if (q === 'average age')
				return answer('SELECT ROUND(SUM(age) * 1.0 / COUNT(*), 10) FROM lookup_people');
			if (q === 'how many people') return answer('SELECT COUNT(name) AS n FROM lookup_people');
			if (q === 'average age per group') {
				return answer(
					`SELECT AVG(age) AS a, "group" FROM lookup_people JOIN lookup_groups ON name = person GROUP BY ALL`
				);
			}
			return refusal;
		});
		expect(report.byKind).toEqual({ correct: 3, 'correct-refusal': 1 });
		expect(report.accuracy).toBe(1);
		expect(report.refuseSet).toMatchObject({ total: 1, correct: 1, confidentWrong: 0 });
	});

	it('gives the engine only the tables of the question, or of its context with its layer', () => {
		const captured: NlRequest[] = [];
		const options: RunOptions = {
			questions: QUESTIONS,
			catalog: evalDb.catalog,
			contexts: CONTEXTS,
			answer: (request) => {
				captured.push(request);
				return refusal;
			},
			execute: evalDb.execute,
			threshold: 0.5
		};
		runEvaluation(options);
		const single = captured.find((r) => r.question === 'average age');
		const joined = captured.find((r) => r.question === 'average age per group');
		expect(single?.catalog.tables.map((t) => t.quotedName)).toEqual(['"lookup_people"']);
		expect(single?.context).toBeUndefined();
		expect(joined?.catalog.tables.map((t) => t.quotedName)).toEqual([
			'"lookup_people"',
			'"lookup_groups"'
		]);
		expect(joined?.context?.relations).toHaveLength(1);
		const ageColumn = single?.catalog.tables[0].columns.find((c) => c.name === 'age');
		expect(ageColumn?.profile).toMatchObject({ distinctCount: 9, nullShare: 0, min: 21, max: 63 });
	});

	it('tells wrong results, SQL errors, refusals, engine crashes and confident wrong answers apart', () => {
		const report = run((q) => {
			if (q === 'average age') return answer('SELECT MAX(age) FROM lookup_people');
			if (q === 'how many people') return answer('SELECT COUNT(*) FROM nowhere');
			if (q === 'average age per group') throw new Error('boom');
			return answer('SELECT 1', 0.8);
		});
		const kinds = Object.fromEntries(report.outcomes.map((o) => [o.id, o.kind]));
		expect(kinds).toEqual({
			'q-avg': 'wrong-result',
			'q-count': 'sql-error',
			'q-join': 'engine-error',
			'q-refuse': 'confident-wrong'
		});
		expect(report.correct).toBe(0);
		expect(report.refuseSet.confidentWrong).toBe(1);
		// A wrong result and failing SQL were given with confidence too.
		expect(report.confidentWrong).toBe(3);
		const text = formatReport(report);
		expect(text).toContain('overall      0.0% (0/4)');
		expect(text).toContain('[q-count] sql-error: how many people');
		expect(text).toContain('sql: SELECT COUNT(*) FROM nowhere');
	});

	it('does not count an unsure answer to an unanswerable question as confident', () => {
		const report = run(() => answer('SELECT 1', 0.2), [QUESTIONS[3]]);
		expect(report.outcomes[0].kind).toBe('unsure-answer');
		expect(report.refuseSet.confidentWrong).toBe(0);
	});

	it('counts refusing an answerable question as a miss and scores each feature', () => {
		const report = run((q) =>
			q === 'average age' ? answer('SELECT AVG(age) FROM lookup_people') : refusal
		);
		expect(report.outcomes.find((o) => o.id === 'q-count')?.kind).toBe('refused');
		expect(report.byTag.avg).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
		expect(report.byTag['aggregate-count']).toEqual({ total: 1, correct: 0, accuracy: 0 });
		expect(report.answerable).toEqual({ total: 3, correct: 1, accuracy: 1 / 3 });
	});

	it('fails loudly on defects in the question set', () => {
		const broken: EvalQuestion = {
			...QUESTIONS[0],
			id: 'bad',
			sql: 'SELECT nope FROM lookup_people'
		};
		expect(() => run(() => refusal, [broken])).toThrow(HarnessError);
		expect(() => run(() => refusal, [{ ...QUESTIONS[0], tables: ['cars'] }])).toThrow(/not loaded/);
		expect(() => run(() => refusal, [QUESTIONS[0], QUESTIONS[0]])).toThrow(/duplicate/);
		expect(() => run(() => refusal, [{ ...QUESTIONS[1], context: 'nope' }])).toThrow(
			/unknown context/
		);
	});
});
