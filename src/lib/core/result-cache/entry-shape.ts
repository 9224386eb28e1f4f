/**
 * Stored results are read back from IndexedDB, which another tab, an older release or a hand
 * edit may have written: check the shape before a result is served (pure).
 */
import type { CatalogColumn } from '$lib/core/catalog/types';

type ColumnInfo = Pick<CatalogColumn, 'name' | 'type'>;

/** A cached query result as stored in IndexedDB (storage ResultCacheRecord). */
export interface ResultEntry {
	/**
	 * resultCacheKey(normalised SQL, the stored tables DuckDB's parser says it reads with their
	 * fingerprints): a changed dataset can never produce the same key.
	 */
	key: string;
	/** The SQL as normalised for the key (shown in lists). */
	sql: string;
	/**
	 * SHA-256 of the normalised SQL and the context views' fingerprint: the same text read the
	 * same tables, so a fresh page finds `tablesRead` here without asking DuckDB's parser.
	 */
	readKey: string;
	/** The stored tables the SQL reads (DuckDB's parse, context views expanded). */
	tablesRead: string[];
	/** Arrow IPC stream bytes of the result, as the engine returned them. */
	arrow: Uint8Array;
	columns: ColumnInfo[];
	rows: number;
	truncated: boolean;
	/** Milliseconds the engine took when the result was computed. */
	engineMs: number;
	/** Datasets the SQL reads: a change to or deletion of any drops the entry. */
	datasetIds: string[];
	createdAt: number;
	expiresAt: number;
	/** For LRU eviction. */
	lastUsedAt: number;
	hits: number;
	/** Size of the entry (the Arrow bytes), for the size cap. */
	bytes: number;
}

const NUMBERS = ['rows', 'engineMs', 'createdAt', 'expiresAt', 'lastUsedAt', 'hits', 'bytes'];

/** True when `value` has every field a cached result needs, with the right types. */
export function isResultEntry(value: unknown): value is ResultEntry {
	if (!isRecord(value)) return false;
	const v = value;
	return (
		typeof v.key === 'string' &&
		typeof v.sql === 'string' &&
		typeof v.readKey === 'string' &&
		Array.isArray(v.tablesRead) &&
		v.tablesRead.every((name) => typeof name === 'string') &&
		v.arrow instanceof Uint8Array &&
		typeof v.truncated === 'boolean' &&
		Array.isArray(v.datasetIds) &&
		v.datasetIds.every((id) => typeof id === 'string') &&
		Array.isArray(v.columns) &&
		v.columns.every(isColumn) &&
		NUMBERS.every((name) => typeof v[name] === 'number' && Number.isFinite(v[name]))
	);
}

function isColumn(value: unknown): value is ColumnInfo {
	if (typeof value !== 'object' || value === null) return false;
	return (
		'name' in value &&
		typeof value.name === 'string' &&
		'type' in value &&
		typeof value.type === 'string'
	);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
