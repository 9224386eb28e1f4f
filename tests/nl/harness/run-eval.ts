/**
 * Asks every question, runs the engine's SQL and the reference SQL, and scores the answers.
 * The engine is passed in, so the harness can be exercised with simple stand-ins.
 */
import type {
	Catalog,
	CatalogTable,
	NlContext,
	NlRequest,
	NlResult
} from '../../../src/lib/core/nl/types';
import { isRefusal } from '../../../src/lib/core/nl/types';
import { quoteIdent } from '../../../src/lib/core/sql/quote';
import { compareResults } from './compare';
import type { EvalQuestion, EvalReport, QuestionOutcome, ResultRows } from './types';
import { summarize } from './summarize';

export interface EvalContext {
	tables: string[];
	context: NlContext;
}

export interface RunOptions {
	questions: EvalQuestion[];
	catalog: Catalog;
	contexts: Record<string, EvalContext>;
	answer: (request: NlRequest) => NlResult;
	/** Runs SQL and returns normalised rows; throws on SQL errors. */
	execute: (sql: string) => ResultRows;
	/** Answers at or above this confidence count as confident. */
	threshold: number;
	/**
	 * 'question' (default): each question sees only its own tables (or its context's).
	 * 'workspace': every question sees the whole catalog, as the question box does; a question
	 * tied to a context keeps that context's semantic layer.
	 */
	scope?: 'question' | 'workspace';
	/** Clock for the time spent in `answer`, in milliseconds. */
	now?: () => number;
}

/** A defect in the question set or the harness, not in the engine. */
export class HarnessError extends Error {}

export interface RequestOptions {
	scope?: RunOptions['scope'];
	/**
	 * Catalogs already handed to the engine, by table list: a question over the same tables gets
	 * the same catalog object, as it would in the app, so the engine may reuse what it prepared.
	 */
	catalogs?: Map<string, Catalog>;
}

export function buildRequest(
	question: EvalQuestion,
	catalog: Catalog,
	contexts: Record<string, EvalContext>,
	options: RequestOptions = {}
): NlRequest {
	const named = question.context ? contexts[question.context] : undefined;
	if (question.context && !named) {
		throw new HarnessError(`${question.id}: unknown context "${question.context}"`);
	}
	const tableNames = named?.tables ?? question.tables ?? [];
	if (tableNames.length === 0) throw new HarnessError(`${question.id}: names no table`);
	const tables = tableNames.map((name) => {
		const table = catalog.tables.find((t) => t.quotedName === quoteIdent(name));
		if (!table) throw new HarnessError(`${question.id}: table "${name}" is not loaded`);
		return table;
	});
	const requestCatalog =
		options.scope === 'workspace' ? catalog : sharedCatalog(tables, options.catalogs);
	return { question: question.question, catalog: requestCatalog, context: named?.context };
}

function sharedCatalog(tables: CatalogTable[], catalogs?: Map<string, Catalog>): Catalog {
	if (!catalogs) return { tables };
	const key = tables.map((t) => t.quotedName).join('\u0000');
	const known = catalogs.get(key);
	if (known) return known;
	const made = { tables };
	catalogs.set(key, made);
	return made;
}

export function runReference(question: EvalQuestion, execute: RunOptions['execute']): ResultRows {
	if (!question.sql) throw new HarnessError(`${question.id}: answerable question without SQL`);
	try {
		return execute(question.sql);
	} catch (error) {
		throw new HarnessError(`${question.id}: reference SQL fails: ${messageOf(error)}`);
	}
}

export function evaluateQuestion(
	question: EvalQuestion,
	options: RunOptions,
	catalogs = new Map<string, Catalog>()
): QuestionOutcome {
	const inWorkspace = options.scope === 'workspace' && question.workspaceSql !== undefined;
	const shouldRefuse = question.shouldRefuse === true && !inWorkspace;
	const asked = { id: question.id, question: question.question, tags: question.tags, shouldRefuse };
	const reference = inWorkspace ? { ...question, sql: question.workspaceSql } : question;
	const expected = shouldRefuse ? null : runReference(reference, options.execute);
	const request = buildRequest(question, options.catalog, options.contexts, {
		scope: options.scope,
		catalogs
	});
	const now = options.now ?? (() => performance.now());
	const started = now();
	let result: NlResult;
	try {
		result = options.answer(request);
	} catch (error) {
		const ms = now() - started;
		return { ...asked, ms, kind: 'engine-error', isCorrect: false, reason: messageOf(error) };
	}
	const base = { ...asked, ms: now() - started };
	if (isRefusal(result)) {
		return shouldRefuse
			? { ...base, kind: 'correct-refusal', isCorrect: true }
			: { ...base, kind: 'refused', isCorrect: false, reason: result.reason };
	}
	const answered = { ...base, sql: result.sql, confidence: result.confidence };
	if (shouldRefuse) {
		const isConfident = result.confidence >= options.threshold;
		return {
			...answered,
			kind: isConfident ? 'confident-wrong' : 'unsure-answer',
			isCorrect: false,
			reason: `answered a question that should be refused (confidence ${result.confidence})`
		};
	}
	let actual: ResultRows;
	try {
		actual = options.execute(result.sql);
	} catch (error) {
		return { ...answered, kind: 'sql-error', isCorrect: false, reason: messageOf(error) };
	}
	const comparison = compareResults(actual, expected ?? [], {
		isOrdered: question.isOrdered,
		allowPercentScale: question.isShare
	});
	return comparison.isMatch
		? { ...answered, kind: 'correct', isCorrect: true }
		: { ...answered, kind: 'wrong-result', isCorrect: false, reason: comparison.reason };
}

export function runEvaluation(options: RunOptions): EvalReport {
	const ids = new Set<string>();
	for (const q of options.questions) {
		if (ids.has(q.id)) throw new HarnessError(`duplicate question id ${q.id}`);
		ids.add(q.id);
	}
	const catalogs = new Map<string, Catalog>();
	return summarize(options.questions.map((q) => evaluateQuestion(q, options, catalogs)));
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
