/**
 * A dataset's first rows, as its page shows them: through the result cache when there is one,
 * so that a page opened again, or after a reload, shows its rows from the stored result.
 */
import { quoteIdent } from '$lib/core/sql/quote';
import type { Result } from '$lib/engine/engine-api';
import type { DatasetRecord } from '$lib/storage/db';
import type { EnginePort } from './engine-port';
import { queryThroughCache, type CachedQueryResult } from './result-cache-query';
import type { ResultCache } from './result-cache.svelte';

export const PREVIEW_ROWS = 100;

/** The statement a dataset's preview runs (also offered as "open in the editor"). */
export function previewSql(tableName: string): string {
	return `SELECT * FROM ${quoteIdent(tableName)} LIMIT ${PREVIEW_ROWS}`;
}

export function previewRows(
	engine: Pick<EnginePort, 'query' | 'reads'>,
	cache: ResultCache | undefined,
	dataset: DatasetRecord,
	datasets: () => readonly DatasetRecord[]
): Promise<Result<CachedQueryResult>> {
	const request = { queryId: crypto.randomUUID(), sql: previewSql(dataset.tableName) };
	if (!cache) return engine.query(request);
	const deps = { cache, datasets: async () => datasets() };
	// Counted as a dataset page's lookup, shown apart from the query runners' and charts'.
	return queryThroughCache(engine, deps, request, { source: 'dataset' });
}
