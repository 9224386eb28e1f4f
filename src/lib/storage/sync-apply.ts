/**
 * Writing one server record into the local tables (inside the caller's transaction, which
 * covers the synced tables, the stored copies and the caches). What the server sends is
 * checked first: a record of the wrong shape, or a setting that does not roam, is skipped.
 */
import { ROAMING_SETTINGS, type SyncRecord } from '$lib/core/sync/protocol';
import { deriveTableNameFromLabel, isValidTableName } from '$lib/core/sql/table-name';
import type { QuarryDB } from './db';
import type { DatasetRecord } from './records';

/** Apply `record` locally; false when it was skipped as malformed. */
export async function writeRecord(db: QuarryDB, record: SyncRecord): Promise<boolean> {
	const { table, recordId } = record;
	if (table === 'settings') {
		if (!(ROAMING_SETTINGS as readonly string[]).includes(recordId)) return false;
		if (record.deleted) {
			await db.settings.delete(recordId);
			return true;
		}
		if (!isObject(record.data) || record.data.key !== recordId) return false;
		await db.settings.put({ key: recordId, value: record.data.value });
		return true;
	}
	if (record.deleted) {
		if (table === 'datasets') await removeDataset(db, recordId);
		else await db.table(table).delete(recordId);
		return true;
	}
	if (!isObject(record.data) || record.data.id !== recordId) return false;
	if (table === 'datasets') return putDataset(db, record.data);
	await db.table(table).put(record.data);
	return true;
}

async function removeDataset(db: QuarryDB, id: string): Promise<void> {
	await db.datasets.delete(id);
	await db.datasetFiles.delete(id);
	await dropCaches(db, id);
}

/**
 * A pulled dataset: its use counts stay this device's; a stored copy of other data is dropped
 * (downloaded again on first use); a table name another local dataset has gets a free one.
 */
async function putDataset(db: QuarryDB, data: Record<string, unknown>): Promise<boolean> {
	if (!isDataset(data)) return false;
	const local = await db.datasets.get(data.id);
	const tableName = await freeTableName(db, data.id, data.tableName);
	const record: DatasetRecord = {
		...data,
		tableName,
		lastUsedAt: local?.lastUsedAt ?? data.lastUsedAt,
		useCount: local?.useCount ?? data.useCount
	};
	if (local && local.fingerprint !== record.fingerprint) await db.datasetFiles.delete(data.id);
	await dropCaches(db, data.id);
	await db.datasets.put(record);
	return true;
}

/** `wanted`, or a free variant of it when another local dataset has it (ignoring case). */
async function freeTableName(db: QuarryDB, id: string, wanted: string): Promise<string> {
	const others = await db.datasets.filter((d) => d.id !== id).toArray();
	return deriveTableNameFromLabel(
		wanted,
		others.map((d) => d.tableName)
	);
}

async function dropCaches(db: QuarryDB, datasetId: string): Promise<void> {
	await db.resultCache.where('datasetIds').equals(datasetId).delete();
	await db.askCache.where('datasetIds').equals(datasetId).delete();
	await db.contextCache.where('datasetIds').equals(datasetId).delete();
}

function isDataset(data: Record<string, unknown>): data is Record<string, unknown> & DatasetRecord {
	return (
		typeof data.id === 'string' &&
		typeof data.name === 'string' &&
		typeof data.tableName === 'string' &&
		isValidTableName(data.tableName) &&
		typeof data.fingerprint === 'string' &&
		/^[0-9a-f]{64}$/.test(data.fingerprint) &&
		typeof data.storedFormat === 'string' &&
		Array.isArray(data.columns) &&
		typeof data.createdAt === 'number' &&
		typeof data.lastUsedAt === 'number' &&
		typeof data.useCount === 'number'
	);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
