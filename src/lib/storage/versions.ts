/**
 * Every schema version Quarry has shipped, oldest first. Never edit or remove a shipped entry:
 * a change is a NEW entry with the full `stores` of the new version and an `upgrade` that
 * rewrites old records, and a case in versions.spec.ts that opens the previous version with data.
 */
import type { Dexie, Transaction } from 'dexie';

export interface SchemaVersion {
	version: number;
	/** Dexie store specs: primary key first, then indexes (`&` unique, `*` multi-entry). */
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
	{
		version: 1,
		stores: {
			datasets: 'id, &tableName, createdAt, lastUsedAt',
			datasetFiles: 'datasetId',
			queries: 'id, startedAt, savedName, *datasetIds',
			charts: 'id, createdAt, *datasetIds',
			contexts: 'id, name',
			resultCache: 'key, expiresAt, *datasetIds',
			askCache: 'key, expiresAt',
			activity: 'id, at, kind, refId',
			settings: 'key',
			outbox: 'id, at, [table+recordId]'
		}
	},
	{
		// The gallery sorts by title and by last change; v1 charts gain a description, the
		// fingerprints and the names of the datasets they read (empty: unknown when saved).
		version: 2,
		stores: {
			datasets: 'id, &tableName, createdAt, lastUsedAt',
			datasetFiles: 'datasetId',
			queries: 'id, startedAt, savedName, *datasetIds',
			charts: 'id, createdAt, updatedAt, title, *datasetIds',
			contexts: 'id, name',
			resultCache: 'key, expiresAt, *datasetIds',
			askCache: 'key, expiresAt',
			activity: 'id, at, kind, refId',
			settings: 'key',
			outbox: 'id, at, [table+recordId]'
		},
		async upgrade(tx) {
			await tx
				.table('charts')
				.toCollection()
				.modify((chart: Record<string, unknown>) => {
					if (typeof chart.description !== 'string') chart.description = '';
					if (!isObject(chart.datasetFingerprints)) chart.datasetFingerprints = {};
					if (!isObject(chart.datasetRefs)) chart.datasetRefs = {};
					if (typeof chart.updatedAt !== 'number') chart.updatedAt = chart.createdAt;
				});
		}
	},
	{
		// The answer cache gains LRU and per-dataset invalidation (it held nothing before v3).
		// Column profiles take the catalog's shape (null share, top values, histograms): profiles
		// of the old shape are removed, and the workspace computes them again on first use.
		version: 3,
		stores: {
			datasets: 'id, &tableName, createdAt, lastUsedAt',
			datasetFiles: 'datasetId',
			queries: 'id, startedAt, savedName, *datasetIds',
			charts: 'id, createdAt, updatedAt, title, *datasetIds',
			contexts: 'id, name',
			resultCache: 'key, expiresAt, *datasetIds',
			askCache: 'key, expiresAt, lastUsedAt, *datasetIds',
			activity: 'id, at, kind, refId',
			settings: 'key',
			outbox: 'id, at, [table+recordId]'
		},
		async upgrade(tx) {
			await tx.table('askCache').clear();
			await tx
				.table('datasets')
				.toCollection()
				.modify((dataset: { columns?: unknown }) => {
					if (!Array.isArray(dataset.columns)) return;
					for (const column of dataset.columns as Array<Record<string, unknown>>) {
						if ('profile' in column && !isCurrentProfile(column.profile)) delete column.profile;
					}
				});
		}
	},
	{
		// Contexts gain descriptions and synonyms, and metrics name their dataset by id. The
		// result cache gains LRU eviction (it held nothing before v4); measurements behind a
		// context's suggestions and validation get their own cache.
		version: 4,
		stores: {
			datasets: 'id, &tableName, createdAt, lastUsedAt',
			datasetFiles: 'datasetId',
			queries: 'id, startedAt, savedName, *datasetIds',
			charts: 'id, createdAt, updatedAt, title, *datasetIds',
			contexts: 'id, name',
			resultCache: 'key, expiresAt, lastUsedAt, readKey, *datasetIds',
			askCache: 'key, expiresAt, lastUsedAt, *datasetIds',
			contextCache: 'key, expiresAt, contextId, *datasetIds',
			activity: 'id, at, kind, refId',
			settings: 'key',
			outbox: 'id, at, [table+recordId]'
		},
		async upgrade(tx) {
			await tx.table('resultCache').clear();
			await tx
				.table('contexts')
				.toCollection()
				.modify((context: Record<string, unknown>) => {
					if (!Array.isArray(context.descriptions)) context.descriptions = [];
					if (!Array.isArray(context.synonyms)) context.synonyms = [];
					if (typeof context.notes !== 'string') context.notes = '';
					if (!Array.isArray(context.metrics)) context.metrics = [];
					for (const metric of context.metrics as Array<Record<string, unknown>>) {
						// v3 metrics named their table by quoted SQL name, which a rename breaks.
						delete metric.table;
					}
				});
		}
	},
	{
		// Sync: the outbox holds one pending change per record (with its change id and the
		// device's counter), syncRecords the server version each record is based on, syncMeta
		// the device, the pull cursor and the account. v1–v4 never wrote the outbox.
		version: 5,
		stores: {
			datasets: 'id, &tableName, createdAt, lastUsedAt',
			datasetFiles: 'datasetId',
			queries: 'id, startedAt, savedName, *datasetIds',
			charts: 'id, createdAt, updatedAt, title, *datasetIds',
			contexts: 'id, name',
			resultCache: 'key, expiresAt, lastUsedAt, readKey, *datasetIds',
			askCache: 'key, expiresAt, lastUsedAt, *datasetIds',
			contextCache: 'key, expiresAt, contextId, *datasetIds',
			activity: 'id, at, kind, refId',
			settings: 'key',
			outbox: 'id, deviceSeq',
			syncRecords: 'id',
			syncMeta: 'key'
		},
		async upgrade(tx) {
			await tx.table('outbox').clear();
		}
	}
];

/** A profile of the catalog's shape (core/catalog ColumnProfile), as v3 stores it. */
function isCurrentProfile(profile: unknown): boolean {
	if (!isObject(profile)) return false;
	const p = profile as Record<string, unknown>;
	return (
		typeof p.distinctCount === 'number' &&
		typeof p.nullShare === 'number' &&
		Array.isArray(p.topValues)
	);
}

function isObject(value: unknown): boolean {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** Declare every version up to `upTo` on `db` (tests open older versions this way). */
export function declareVersions(db: Dexie, upTo: number = CURRENT_VERSION): void {
	for (const entry of SCHEMA_VERSIONS) {
		if (entry.version > upTo) break;
		const version = db.version(entry.version).stores(entry.stores);
		if (entry.upgrade) version.upgrade(entry.upgrade);
	}
}
