/**
 * The sync protocol between a Quarry client and a Quarry server: one definition, imported by
 * both sides (src/lib/sync on the client, src/lib/server/sync on the server).
 *
 * The server keeps, per account, the current version of every synced record and a sequence
 * number it assigns itself on every accepted write. Clients push changes from their outbox and
 * pull every record whose sequence number is above their cursor; client clocks are never used
 * for ordering (docs/sync.md).
 */

/** The local tables whose records roam between devices. */
export const SYNC_TABLES = ['datasets', 'queries', 'charts', 'contexts', 'settings'] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

/** Settings keys that roam (others — server URL, LLM endpoint and key — stay on the device). */
export const ROAMING_SETTINGS = [
	'theme',
	'resultCacheTtlMs',
	'resultCacheMaxBytes',
	'resultCacheMaxEntryBytes',
	'contextCacheTtlMs',
	'askCacheTtlMs',
	'askCacheMaxEntries',
	'askCacheMaxBytes'
] as const;

/** Limits the server enforces on a push (and the client respects when it batches). */
export const SYNC_LIMITS = {
	/** Changes in one push request. */
	maxChangesPerPush: 200,
	/** Serialized JSON size of one record's `data`. */
	maxRecordBytes: 1_000_000,
	/** Whole push request body. */
	maxPushBytes: 8_000_000,
	/** Records in one pull page. */
	maxPullLimit: 500,
	/** Length of ids (record ids, change ids, device ids). */
	maxIdLength: 128
} as const;

/** One local change, as pushed. `data` is the whole record (not a diff); null when deleted. */
export interface SyncChange {
	/** Random id chosen by the client once per change; a change pushed twice is applied once. */
	changeId: string;
	table: SyncTable;
	recordId: string;
	/** The server version this change was made on (0: the client never saw the record). */
	baseVersion: number;
	deleted: boolean;
	data: unknown;
	/** Counts up per device for every change it makes; older changes from a device lose. */
	deviceSeq: number;
}

export interface PushRequest {
	/** Random id of the device (one per browser profile), chosen on first sign-in. */
	deviceId: string;
	changes: SyncChange[];
}

/** A record as the server holds it. */
export interface SyncRecord {
	table: SyncTable;
	recordId: string;
	/** 1 on the first write, +1 on every accepted write. */
	version: number;
	/** Server-assigned, strictly increasing per account over all its writes. */
	seq: number;
	deleted: boolean;
	/** The record (null for a tombstone). */
	data: unknown;
	/** Server time of the write (ms since 1970), for display only. */
	updatedAt: number;
	/** The device that wrote this version. */
	deviceId: string;
}

/**
 * What happened to one pushed change:
 * - `applied`: it is now the current version (`record`);
 * - `conflict`: it is now the current version, and the version it overwrote without having
 *   seen it was kept as a conflict copy (`conflictId`) that the user can restore;
 * - `duplicate`: this change id was applied before; `record` is the current version;
 * - `stale`: a later change from the same device was already applied; `record` is current.
 */
export type PushOutcome = 'applied' | 'conflict' | 'duplicate' | 'stale';

export interface PushResult {
	changeId: string;
	outcome: PushOutcome;
	record: SyncRecord;
	conflictId?: string;
}

export interface PushResponse {
	results: PushResult[];
}

export interface PullResponse {
	/** Records with seq > the cursor asked for, in seq order. */
	records: SyncRecord[];
	/** Pass as `since` next time: the highest seq returned (or the one asked for). */
	cursor: number;
	/** More records wait above `cursor`. */
	hasMore: boolean;
	/**
	 * The account's highest seq on the server. A client whose cursor is above it talks to a
	 * server restored from an earlier backup: it pulls from 0 again and pushes its records.
	 */
	latestSeq: number;
}

/** A version that lost a conflict, kept so that the user can restore it. */
export interface ConflictCopy {
	id: string;
	table: SyncTable;
	recordId: string;
	/** The version number it had when it was overwritten. */
	version: number;
	deleted: boolean;
	data: unknown;
	deviceId: string;
	/** Server time it was kept. */
	keptAt: number;
}

export interface AccountInfo {
	userId: string;
	username: string;
	createdAt: number;
	/** Bytes of dataset files stored for this account, and its quota. */
	storedBytes: number;
	quotaBytes: number;
}

/** Errors from every API route: HTTP status plus this body. */
export interface ApiError {
	error: { code: string; message: string; field?: string };
}

export function isSyncTable(value: unknown): value is SyncTable {
	return typeof value === 'string' && (SYNC_TABLES as readonly string[]).includes(value);
}
