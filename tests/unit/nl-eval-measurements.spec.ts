import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NlRequest, NlResult } from '../../src/lib/core/nl/types';
import { allContexts, MEASUREMENTS } from '../nl/eval-sets';
import { formatMeasurements } from '../nl/harness/measurements';
import { runEvaluation, runReference, type RunOptions } from '../nl/harness/run-eval';
import { openEvalDatabase, type EvalDatabase } from '../nl/harness/setup';
import { EVAL_TABLE_SOURCES, sourcesFor } from '../nl/harness/sources';
import { timing } from '../nl/harness/summarize';
import { TABLE_SOURCES, type TableSource } from '../nl/harness/tables';
import { ALL_QUESTIONS } from '../nl/questions';
import type { EvalQuestion } from '../nl/harness/types';
import { HELDOUT_QUESTIONS } from '../nl/heldout/questions';
import { HELDOUT_TABLE_SOURCES } from '../nl/heldout/sources';
import { HELDOUT_B_QUESTIONS } from '../nl/heldout-b/questions';
import { HELDOUT_B_TABLE_SOURCES } from '../nl/heldout-b/sources';
import { HELDOUT_C_QUESTIONS } from '../nl/heldout-c/questions';
import { HELDOUT_C_TABLE_SOURCES } from '../nl/heldout-c/sources';
import { HELDOUT_D_QUESTIONS } from '../nl/heldout-d/questions';
import { HELDOUT_D_TABLE_SOURCES } from '../nl/heldout-d/sources';

const QUESTIONS: EvalQuestion[] = [
	{
		id: 'm-riots',
		question: 'how many victims',
		tables: ['la_riots'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM la_riots'
	},
	{
		id: 'm-riots-again',
		question: 'number of victims',
		tables: ['la_riots'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM la_riots'
	},
	{
		id: 'm-crimea',
		question: 'deaths by year',
		context: 'crimea',
		tags: ['metric'],
		sql: 'SELECT year(date), SUM(disease + wounds + other) FROM crimea GROUP BY 1'
	},
	{
		id: 'm-refuse',
		question: 'humidity',
		tables: ['driving'],
		tags: ['refuse'],
		shouldRefuse: true
	}
];

const refusal: NlResult = { notUnderstood: true, reason: 'no such column', suggestions: [] };

let evalDb: EvalDatabase;
let setBDb: EvalDatabase;
let setCDb: EvalDatabase;
let setDDb: EvalDatabase;

beforeAll(async () => {
	evalDb = await openEvalDatabase(HELDOUT_TABLE_SOURCES);
	setBDb = await openEvalDatabase(HELDOUT_B_TABLE_SOURCES);
	setCDb = await openEvalDatabase(HELDOUT_C_TABLE_SOURCES);
	setDDb = await openEvalDatabase(HELDOUT_D_TABLE_SOURCES);
});

afterAll(() => {
	evalDb?.close();
	setBDb?.close();
	setCDb?.close();
	setDDb?.close();
});

/** Ids of answerable questions whose reference SQL returns no rows (or only NULLs). */
function emptyReferences(questions: EvalQuestion[], db: EvalDatabase): string[] {
	return questions
		.filter((q) => !q.shouldRefuse)
		.filter((q) => {
			const rows = runReference(q, db.execute);
			return rows.length === 0 || rows.every((row) => row.every((cell) => cell === null));
		})
		.map((q) => q.id);
}

/** The file a source reads, with the package it comes from. */
function fileOf(source: TableSource): string {
	return `${source.dataPackage ?? 'vega-datasets'}/${source.file}`;
}

function refusalShare(questions: EvalQuestion[]): number {
	return questions.filter((q) => q.shouldRefuse).length / questions.length;
}

function capture(scope: RunOptions['scope'], clock?: () => number) {
	const requests: NlRequest[] = [];
	const report = runEvaluation({
		questions: QUESTIONS,
		catalog: evalDb.catalog,
		contexts: allContexts(),
		answer: (request) => {
			requests.push(request);
			return refusal;
		},
		execute: evalDb.execute,
		threshold: 0.5,
		scope,
		now: clock
	});
	return { requests, report };
}

describe('the held-out set', () => {
	it('asks at least 70 questions over at least 7 tables the tuning set does not use', () => {
		const tuning = new Set(TABLE_SOURCES.map((s) => s.name));
		const used = sourcesFor(HELDOUT_QUESTIONS, allContexts());
		expect(HELDOUT_QUESTIONS.length).toBeGreaterThanOrEqual(70);
		expect(used.length).toBeGreaterThanOrEqual(7);
		expect(used.filter((s) => tuning.has(s.name))).toEqual([]);
		expect(refusalShare(HELDOUT_QUESTIONS)).toBeGreaterThanOrEqual(0.1);
		expect(refusalShare(HELDOUT_QUESTIONS)).toBeLessThanOrEqual(0.15);
	});

	it('runs every reference SQL and gets rows back', () => {
		expect(emptyReferences(HELDOUT_QUESTIONS, evalDb)).toEqual([]);
	});

	it('shares no question id with the tuning set, so both can run in one workspace', () => {
		const workspace = MEASUREMENTS.find((m) => m.name === 'workspace')?.questions ?? [];
		expect(new Set(workspace.map((q) => q.id)).size).toBe(workspace.length);
		expect(EVAL_TABLE_SOURCES.length).toBe(new Set(EVAL_TABLE_SOURCES.map((s) => s.name)).size);
	});
});

describe('held-out set B', () => {
	it('asks at least 70 questions over at least 7 tables no other set uses', () => {
		const used = sourcesFor(HELDOUT_B_QUESTIONS, allContexts());
		const usedNames = new Set(used.map((s) => s.name));
		const others = sourcesFor([...ALL_QUESTIONS, ...HELDOUT_QUESTIONS], allContexts());
		expect(HELDOUT_B_QUESTIONS.length).toBeGreaterThanOrEqual(70);
		expect(used.length).toBeGreaterThanOrEqual(7);
		expect(used).toEqual(HELDOUT_B_TABLE_SOURCES);
		expect(others.filter((s) => usedNames.has(s.name))).toEqual([]);
		expect(
			[...TABLE_SOURCES, ...HELDOUT_TABLE_SOURCES].filter((s) => usedNames.has(s.name))
		).toEqual([]);
		expect(refusalShare(HELDOUT_B_QUESTIONS)).toBeGreaterThanOrEqual(0.1);
		expect(refusalShare(HELDOUT_B_QUESTIONS)).toBeLessThanOrEqual(0.15);
	});

	it('runs every reference SQL and gets rows back', () => {
		expect(emptyReferences(HELDOUT_B_QUESTIONS, setBDb)).toEqual([]);
	});

	it('is measured on its own and inside workspace mode', () => {
		const setB = MEASUREMENTS.find((m) => m.name === 'heldout-b');
		expect(setB?.label).toBe('held-out set B (tests/nl/heldout-b)');
		expect(setB?.questions).toBe(HELDOUT_B_QUESTIONS);
		expect(setB?.target).toBe(0.85);
		const workspace = new Set(MEASUREMENTS.find((m) => m.name === 'workspace')?.questions);
		expect(HELDOUT_B_QUESTIONS.filter((q) => !workspace.has(q))).toEqual([]);
		expect(EVAL_TABLE_SOURCES).toEqual(expect.arrayContaining(HELDOUT_B_TABLE_SOURCES));
	});
});

describe('held-out set C', () => {
	it('asks at least 72 questions over at least 7 tables no other set uses', () => {
		const used = sourcesFor(HELDOUT_C_QUESTIONS, allContexts());
		const usedNames = new Set(used.map((s) => s.name));
		const usedFiles = new Set(used.map((s) => s.file));
		const others = [...TABLE_SOURCES, ...HELDOUT_TABLE_SOURCES, ...HELDOUT_B_TABLE_SOURCES];
		const otherQuestions = [...ALL_QUESTIONS, ...HELDOUT_QUESTIONS, ...HELDOUT_B_QUESTIONS];
		expect(HELDOUT_C_QUESTIONS.length).toBeGreaterThanOrEqual(72);
		expect(used.length).toBeGreaterThanOrEqual(7);
		expect(used).toEqual(HELDOUT_C_TABLE_SOURCES);
		expect(sourcesFor(otherQuestions, allContexts()).filter((s) => usedNames.has(s.name))).toEqual(
			[]
		);
		expect(others.filter((s) => usedNames.has(s.name) || usedFiles.has(s.file))).toEqual([]);
		expect(refusalShare(HELDOUT_C_QUESTIONS)).toBeGreaterThanOrEqual(0.1);
		expect(refusalShare(HELDOUT_C_QUESTIONS)).toBeLessThanOrEqual(0.15);
	});

	it('runs every reference SQL and gets rows back', () => {
		expect(emptyReferences(HELDOUT_C_QUESTIONS, setCDb)).toEqual([]);
	});

	it('is measured on its own and inside workspace mode', () => {
		const setC = MEASUREMENTS.find((m) => m.name === 'heldout-c');
		expect(setC?.label).toBe('held-out set C (tests/nl/heldout-c)');
		expect(setC?.questions).toBe(HELDOUT_C_QUESTIONS);
		expect(setC?.target).toBe(0.85);
		const workspace = MEASUREMENTS.find((m) => m.name === 'workspace');
		expect(workspace?.label).toBe('workspace mode (all five sets, every table in one catalog)');
		const asked = new Set(workspace?.questions);
		expect(HELDOUT_C_QUESTIONS.filter((q) => !asked.has(q))).toEqual([]);
		expect(EVAL_TABLE_SOURCES).toEqual(expect.arrayContaining(HELDOUT_C_TABLE_SOURCES));
	});
});

describe('held-out set D', () => {
	it('asks at least 80 questions over at least 7 tables no other set uses', () => {
		const used = sourcesFor(HELDOUT_D_QUESTIONS, allContexts());
		const usedNames = new Set(used.map((s) => s.name));
		const usedFiles = new Set(used.map(fileOf));
		const others = [
			...TABLE_SOURCES,
			...HELDOUT_TABLE_SOURCES,
			...HELDOUT_B_TABLE_SOURCES,
			...HELDOUT_C_TABLE_SOURCES
		];
		const otherQuestions = [
			...ALL_QUESTIONS,
			...HELDOUT_QUESTIONS,
			...HELDOUT_B_QUESTIONS,
			...HELDOUT_C_QUESTIONS
		];
		expect(HELDOUT_D_QUESTIONS.length).toBeGreaterThanOrEqual(80);
		expect(used.length).toBeGreaterThanOrEqual(7);
		expect(used).toEqual(HELDOUT_D_TABLE_SOURCES);
		expect(usedFiles.size).toBe(used.length);
		expect(sourcesFor(otherQuestions, allContexts()).filter((s) => usedNames.has(s.name))).toEqual(
			[]
		);
		expect(others.filter((s) => usedNames.has(s.name) || usedFiles.has(fileOf(s)))).toEqual([]);
		expect(refusalShare(HELDOUT_D_QUESTIONS)).toBeGreaterThanOrEqual(0.1);
		expect(refusalShare(HELDOUT_D_QUESTIONS)).toBeLessThanOrEqual(0.15);
	});

	it('loads files from other npm packages under the names a user would save them as', () => {
		const tables = setDDb.catalog.tables.map((t) => [t.quotedName, t.rowCount]);
		expect(tables).toEqual([
			['"cps_wages_1985"', 534],
			['"us_births_1969_1988"', 7305],
			['"boston_house_prices"', 506],
			['"crimean_war_deaths"', 24],
			['"army"', 48],
			['"cities"', 20],
			['"temperature"', 9],
			['"anscombe"', 44],
			['"london_centroids"', 33]
		]);
		expect(setDDb.execute('SELECT MIN(date), MAX(date) FROM crimean_war_deaths')).toEqual([
			['1854-04-01', '1856-03-01']
		]);
	});

	it('runs every reference SQL and gets rows back', () => {
		expect(emptyReferences(HELDOUT_D_QUESTIONS, setDDb)).toEqual([]);
	});

	it('is measured on its own and inside workspace mode', () => {
		const setD = MEASUREMENTS.find((m) => m.name === 'heldout-d');
		expect(setD?.label).toBe('held-out set D (tests/nl/heldout-d)');
		expect(setD?.questions).toBe(HELDOUT_D_QUESTIONS);
		expect(setD?.target).toBe(0.85);
		const asked = new Set(MEASUREMENTS.find((m) => m.name === 'workspace')?.questions);
		expect(HELDOUT_D_QUESTIONS.filter((q) => !asked.has(q))).toEqual([]);
		expect(EVAL_TABLE_SOURCES).toEqual(expect.arrayContaining(HELDOUT_D_TABLE_SOURCES));
	});
});

describe('measuring per question and in workspace mode', () => {
	it('gives each question its own tables, the same catalog object for the same tables', () => {
		const { requests } = capture('question');
		expect(requests.map((r) => r.catalog.tables.map((t) => t.quotedName))).toEqual([
			['"la_riots"'],
			['"la_riots"'],
			['"crimea"'],
			['"driving"']
		]);
		expect(requests[1].catalog).toBe(requests[0].catalog);
		expect(requests[2].context?.metrics[0].name).toBe('deaths');
	});

	it('in workspace mode gives every question every table, keeping a context question its layer', () => {
		const { requests } = capture('workspace');
		for (const request of requests) {
			expect(request.catalog).toBe(evalDb.catalog);
			expect(request.catalog.tables).toHaveLength(HELDOUT_TABLE_SOURCES.length);
		}
		expect(requests[2].context?.metrics[0].name).toBe('deaths');
		expect(requests[0].context).toBeUndefined();
	});

	it('reports refused answerable questions and the time spent answering', () => {
		let tick = 0;
		const { report } = capture('question', () => (tick += 2));
		expect(report.refused).toBe(3);
		expect(report.outcomes.map((o) => o.ms)).toEqual([2, 2, 2, 2]);
		expect(report.timing).toEqual({ meanMs: 2, p95Ms: 2 });
		const text = formatMeasurements([{ label: 'held-out set', target: 0.85, report }]);
		expect(text).toContain(
			'questions 4   right 1   refused 3   confident-wrong 0 (0 wrong results, 0 answered instead of refused; must be 0)'
		);
		expect(text).toContain('accuracy     25.0% (1/4)   target ≥ 85%: NOT met');
		expect(text).toContain('refusal set  100.0% (1/1)');
	});

	it('takes the mean and the nearest-rank 95th percentile of answer times', () => {
		const times = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(timing(times)).toEqual({ meanMs: 10.5, p95Ms: 19 });
		expect(timing([])).toEqual({ meanMs: 0, p95Ms: 0 });
	});
});
