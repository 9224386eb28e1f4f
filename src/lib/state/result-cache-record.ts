/** What the result cache stores for one run: its plan, the computed result, and the record. */
import type { ColumnInfo } from '$lib/engine/engine-api';
import type { ResultCacheRecord } from '$lib/storage/db';

/** Where a cacheable statement's result is stored, and the datasets it reads. */
export interface CachePlan {
	key: string;
	sql: string;
	/** See ResultCacheRecord.readKey. */
	readKey: string;
	tablesRead: string[];
	datasetIds: string[];
}

/** What the runner stores after a run. */
export interface ComputedResult {
	arrow: Uint8Array;
	columns: ColumnInfo[];
	rows: number;
	truncated: boolean;
	engineMs: number;
}

/** The stored record of `result` under `plan`, made `now` and fresh for `ttlMs`. */
export function cacheRecord(
	plan: CachePlan,
	result: ComputedResult,
	now: number,
	ttlMs: number
): ResultCacheRecord {
	return {
		key: plan.key,
		sql: plan.sql,
		readKey: plan.readKey,
		tablesRead: plan.tablesRead,
		arrow: result.arrow,
		columns: result.columns,
		rows: result.rows,
		truncated: result.truncated,
		engineMs: result.engineMs,
		datasetIds: plan.datasetIds,
		createdAt: now,
		expiresAt: now + ttlMs,
		lastUsedAt: now,
		hits: 0,
		bytes: result.arrow.byteLength
	};
}
