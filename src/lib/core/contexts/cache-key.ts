/**
 * The context cache's key (pure): a canonical string the caller hashes. It names the kind of
 * report, the context and its version, and every measured dataset with its fingerprint, table
 * name and columns (with their profiled distinct counts) — so a re-imported dataset, a rename,
 * new profiles or an edited context are measured again.
 */
import type { ContextRelationDef, MeasureDataset } from './types';

/** Bumped when the key's format or the reports' shape changes: old entries stop matching. */
export const CONTEXT_CACHE_FORMAT = 'quarry-context-v1';

/** 24 hours: the context cache's default time to live. */
export const DEFAULT_CONTEXT_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

export interface ContextCacheKeyInput {
	kind: 'suggestions' | 'validation';
	contextId: string;
	/** The context's version (validation); suggestions pass the relations they leave out instead. */
	version?: number;
	existing?: readonly ContextRelationDef[];
	datasets: readonly MeasureDataset[];
}

export function contextCacheKey(input: ContextCacheKeyInput): string {
	const datasets = [...input.datasets]
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((d) => [
			d.id,
			d.fingerprint,
			d.tableName,
			d.name,
			// Profiles choose the pairs measured: a report made before they existed is not reused.
			d.columns.map((c) => [c.name, c.type, c.profile?.distinctCount ?? null])
		]);
	const existing = (input.existing ?? []).map((r) => [
		r.left.datasetId,
		r.left.column,
		r.right.datasetId,
		r.right.column
	]);
	return JSON.stringify([
		CONTEXT_CACHE_FORMAT,
		input.kind,
		input.contextId,
		input.version ?? null,
		existing,
		datasets
	]);
}
