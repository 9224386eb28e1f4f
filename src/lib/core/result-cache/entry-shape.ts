/**
 * Stored results are read back from IndexedDB, which another tab, an older release or a hand
 * edit may have written: check the shape before a result is served (pure).
 */
import type { CatalogColumn } from '$lib/core/catalog/types';

type ColumnInfo = Pick<CatalogColumn, 'name' | 'type'>;

export interface ResultEntryShape {
	key: string;
	sql: string;
	readKey: string;
	tablesRead: string[];
	arrow: Uint8Array;
	columns: ColumnInfo[];
	rows: number;
	truncated: boolean;
	engineMs: number;
	datasetIds: string[];
	createdAt: number;
	expiresAt: number;
	lastUsedAt: number;
	hits: number;
	bytes: number;
}

const NUMBERS = ['rows', 'engineMs', 'createdAt', 'expiresAt', 'lastUsedAt', 'hits', 'bytes'];

/** True when `value` has every field a cached result needs, with the right types. */
export function isResultEntry(value: unknown): value is ResultEntryShape {
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
