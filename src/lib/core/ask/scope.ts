/**
 * What a question is asked over: the whole workspace, or one saved context's datasets with its
 * relations and metrics translated into the question engine's terms (quoted table names).
 */
import type { ContextMetric, ContextRelation, NlContext } from '../catalog/types';
import { quoteIdent } from '../sql/quote';
import type { AskScope } from './types';

/** The parts of a stored dataset a scope needs (structural: core does not import storage). */
export interface ScopeDataset {
	id: string;
	tableName: string;
	fingerprint: string;
}

/** The parts of a stored context a scope needs. */
export interface ScopeContext {
	id: string;
	version: number;
	datasetIds: readonly string[];
	relations: ReadonlyArray<{
		left: { datasetId: string; column: string };
		right: { datasetId: string; column: string };
		kind?: ContextRelation['kind'];
	}>;
	metrics: ReadonlyArray<ContextMetric>;
}

/** The datasets a question may read: all of them, or only the context's (in workspace order). */
export function datasetsInScope<T extends ScopeDataset>(
	datasets: readonly T[],
	context?: Pick<ScopeContext, 'datasetIds'>
): T[] {
	if (!context) return [...datasets];
	const ids = new Set(context.datasetIds);
	return datasets.filter((dataset) => ids.has(dataset.id));
}

/**
 * The context as the question engine reads it. Relations that name a dataset which no longer
 * exists are left out; metrics keep their SQL expression as written.
 */
export function nlContextOf(context: ScopeContext, datasets: readonly ScopeDataset[]): NlContext {
	const tableOf = new Map(datasets.map((d) => [d.id, quoteIdent(d.tableName)]));
	const relations: ContextRelation[] = [];
	for (const relation of context.relations) {
		const left = tableOf.get(relation.left.datasetId);
		const right = tableOf.get(relation.right.datasetId);
		if (left === undefined || right === undefined) continue;
		relations.push({
			left: { table: left, column: relation.left.column },
			right: { table: right, column: relation.right.column },
			...(relation.kind ? { kind: relation.kind } : {})
		});
	}
	const metrics = context.metrics
		.filter((metric) => metric.name.trim() !== '' && metric.expression.trim() !== '')
		.map((metric) => ({
			...metric,
			name: metric.name.trim(),
			expression: metric.expression.trim()
		}));
	return { relations, metrics, synonyms: [] };
}

/** The answer cache's view of a scope: the datasets offered with their fingerprints now. */
export function askScopeOf(datasets: readonly ScopeDataset[], context?: ScopeContext): AskScope {
	const offered = datasetsInScope(datasets, context).map(({ id, fingerprint }) => ({
		id,
		fingerprint
	}));
	return context
		? { datasets: offered, contextId: context.id, contextVersion: context.version }
		: { datasets: offered };
}

/** True for a context record whose parts a scope reads have the right shape. */
export function isScopeContext(value: unknown): value is ScopeContext & { name: string } {
	if (typeof value !== 'object' || value === null) return false;
	const context = value as Record<string, unknown>;
	return (
		typeof context.id === 'string' &&
		typeof context.name === 'string' &&
		typeof context.version === 'number' &&
		Array.isArray(context.datasetIds) &&
		context.datasetIds.every((id) => typeof id === 'string') &&
		Array.isArray(context.relations) &&
		context.relations.every(isRelation) &&
		Array.isArray(context.metrics) &&
		context.metrics.every(
			(m: unknown) =>
				typeof m === 'object' &&
				m !== null &&
				typeof (m as Record<string, unknown>).name === 'string' &&
				typeof (m as Record<string, unknown>).expression === 'string'
		)
	);
}

function isRelation(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	const { left, right } = value as Record<string, unknown>;
	return isEnd(left) && isEnd(right);
}

function isEnd(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	const end = value as Record<string, unknown>;
	return typeof end.datasetId === 'string' && typeof end.column === 'string';
}
