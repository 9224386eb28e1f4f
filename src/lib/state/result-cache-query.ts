/**
 * One engine query through the result cache, for work other than the query runners' (the
 * queries behind a chart): the same plan, key, TTL, invalidation and size limits as the
 * runners' results. A hit needs neither the engine nor its parser once the statement's tables
 * are stored with its result.
 *
 * Only whole results are stored and served here: a result cut at a row limit is neither, so a
 * chart never receives another caller's cut result, nor leaves one for a runner.
 */
import type { QueryOptions, QueryResult, Result } from '$lib/engine/engine-api';
import type { DatasetRecord } from '$lib/storage/db';
import type { EnginePort } from './engine-port';
import type { FindOptions, ResultCache } from './result-cache.svelte';

/** A query result, marked when it came from the cache. */
export interface CachedQueryResult extends QueryResult {
	cache?: { hit: true; ageMs: number };
}

export interface ResultCacheQueryDeps {
	cache: ResultCache;
	/** The stored datasets now (a statement is cached only when every table it reads is one). */
	datasets: () => Promise<readonly DatasetRecord[]>;
	now?: () => number;
	/** Run even when a fresh result is stored, and store the new one in its place. */
	bypass?: boolean;
}

/** Run `request` on `engine`, served from the result cache when a fresh whole result is stored. */
export async function queryThroughCache(
	engine: Pick<EnginePort, 'query' | 'reads'>,
	deps: ResultCacheQueryDeps,
	request: QueryOptions,
	lookup: FindOptions
): Promise<Result<CachedQueryResult>> {
	const { cache } = deps;
	const plan = await planFor(engine, deps, request.sql);
	if (plan && !deps.bypass) {
		const found = await cache.find(plan, lookup);
		if (found && !found.truncated && found.rows <= (request.maxRows ?? Infinity)) {
			const now = (deps.now ?? Date.now)();
			return {
				ok: true,
				value: {
					columns: found.columns,
					arrow: found.arrow,
					rows: found.rows,
					ms: 0,
					truncated: false,
					cache: { hit: true, ageMs: Math.max(0, now - found.createdAt) }
				}
			};
		}
	}
	const response = await engine.query(request);
	if (response.ok && plan && !response.value.truncated) {
		const { arrow, columns, rows, ms } = response.value;
		void cache.store(plan, { arrow, columns, rows, truncated: false, engineMs: ms });
	}
	return response;
}

async function planFor(
	engine: Pick<EnginePort, 'reads'>,
	deps: ResultCacheQueryDeps,
	sql: string
): ReturnType<ResultCache['plan']> {
	const { cache } = deps;
	try {
		const reads = await cache.readsOf(sql, (text) => engine.reads({ sql: text }));
		cache.noteRun(sql, reads.ok ? reads.value.tables : undefined);
		if (!reads.ok) return undefined;
		return await cache.plan(sql, reads.value.tables, await deps.datasets());
	} catch {
		cache.noteRun(sql, undefined);
		return undefined; // the cache is best effort: run as if it were not there
	}
}
