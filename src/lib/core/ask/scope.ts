/**
 * What a question is asked over: the whole workspace, or one saved context's datasets with its
 * relations, metrics, synonyms and descriptions translated into the question engine's terms
 * (quoted table names instead of dataset ids).
 */
import type { ContextMetric, ContextRelation, NlContext, Synonym } from '../catalog/types';
import type { ContextDescription, ContextMetricDef, ContextSynonym } from '../contexts/types';
import { quoteIdent } from '../sql/quote';
import type { AskScope } from './types';

/** The parts of a stored dataset a scope needs (structural: core does not import storage). */
export interface ScopeDataset {
	id: string;
	tableName: string;
	fingerprint: string;
	/** When given, synonyms and descriptions naming a column the dataset lacks are left out. */
	columns?: ReadonlyArray<{ name: string }>;
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
	metrics: ReadonlyArray<ContextMetric | ContextMetricDef>;
	synonyms?: ReadonlyArray<ContextSynonym>;
	descriptions?: ReadonlyArray<ContextDescription>;
	/** Free notes about the whole context. */
	notes?: string;
}

/** The key under which the context's own notes reach the question engine. */
export const CONTEXT_NOTE_KEY = 'context';

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
 * The context as the question engine reads it. Relations, metrics, synonyms and descriptions
 * that name a dataset (or column) which no longer exists are left out; metrics keep their SQL
 * expression as written and get their dataset's table; descriptions become notes keyed by the
 * quoted table (`"flights"`) or column (`"flights"."origin"`), the context's own notes by
 * CONTEXT_NOTE_KEY.
 */
export function nlContextOf(context: ScopeContext, datasets: readonly ScopeDataset[]): NlContext {
	const byId = new Map(datasets.map((d) => [d.id, d]));
	const tableOf = (id: string): string | undefined => {
		const dataset = byId.get(id);
		return dataset ? quoteIdent(dataset.tableName) : undefined;
	};
	const hasColumn = (id: string, column: string): boolean => {
		const columns = byId.get(id)?.columns;
		return columns === undefined || columns.some((c) => c.name === column);
	};
	const relations: ContextRelation[] = [];
	for (const relation of context.relations) {
		const left = tableOf(relation.left.datasetId);
		const right = tableOf(relation.right.datasetId);
		if (left === undefined || right === undefined) continue;
		relations.push({
			left: { table: left, column: relation.left.column },
			right: { table: right, column: relation.right.column },
			...(relation.kind ? { kind: relation.kind } : {})
		});
	}
	const metrics: ContextMetric[] = [];
	for (const metric of context.metrics) {
		const name = metric.name.trim();
		const expression = metric.expression.trim();
		if (name === '' || expression === '') continue;
		const datasetId = 'datasetId' in metric ? metric.datasetId : undefined;
		const table =
			datasetId !== undefined ? tableOf(datasetId) : 'table' in metric ? metric.table : undefined;
		if (datasetId !== undefined && table === undefined) continue;
		metrics.push({
			name,
			expression,
			...(table ? { table } : {}),
			...(metric.description?.trim() ? { description: metric.description.trim() } : {})
		});
	}
	const synonyms: Synonym[] = [];
	for (const synonym of context.synonyms ?? []) {
		const term = synonym.term.trim();
		const target = synonym.target;
		const table = tableOf(target.datasetId);
		if (term === '' || table === undefined) continue;
		if (target.kind === 'table') {
			synonyms.push({ term, target: { kind: 'table', table } });
			continue;
		}
		if (!hasColumn(target.datasetId, target.column)) continue;
		synonyms.push({
			term,
			target:
				target.kind === 'column'
					? { kind: 'column', table, column: target.column }
					: { kind: 'value', table, column: target.column, value: target.value }
		});
	}
	const notes: Record<string, string> = {};
	for (const description of context.descriptions ?? []) {
		const table = tableOf(description.datasetId);
		const text = description.text.trim();
		if (table === undefined || text === '') continue;
		if (description.column === undefined) notes[table] = text;
		else if (hasColumn(description.datasetId, description.column)) {
			notes[`${table}.${quoteIdent(description.column)}`] = text;
		}
	}
	if (context.notes?.trim()) notes[CONTEXT_NOTE_KEY] = context.notes.trim();
	return {
		relations,
		metrics,
		synonyms,
		...(Object.keys(notes).length > 0 ? { notes } : {})
	};
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
				typeof (m as Record<string, unknown>).expression === 'string' &&
				isOptional((m as Record<string, unknown>).description, 'string') &&
				isOptional((m as Record<string, unknown>).datasetId, 'string')
		) &&
		isOptionalList(context.synonyms, isSynonym) &&
		isOptionalList(context.descriptions, isDescription) &&
		isOptional(context.notes, 'string')
	);
}

function isOptional(value: unknown, type: 'string'): boolean {
	return value === undefined || typeof value === type;
}

function isOptionalList(value: unknown, isItem: (item: unknown) => boolean): boolean {
	return value === undefined || (Array.isArray(value) && value.every(isItem));
}

function isSynonym(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	const { term, target } = value as Record<string, unknown>;
	if (typeof term !== 'string' || typeof target !== 'object' || target === null) return false;
	const t = target as Record<string, unknown>;
	if (typeof t.datasetId !== 'string') return false;
	if (t.kind === 'table') return true;
	if (typeof t.column !== 'string') return false;
	return t.kind === 'column' || (t.kind === 'value' && typeof t.value === 'string');
}

function isDescription(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return false;
	const d = value as Record<string, unknown>;
	return (
		typeof d.datasetId === 'string' && typeof d.text === 'string' && isOptional(d.column, 'string')
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
