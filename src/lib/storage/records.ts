/**
 * The records Quarry keeps in IndexedDB (DESIGN.md §4). Times are epoch milliseconds.
 * These are the shapes of the CURRENT schema version; see versions.ts for how they evolved.
 */
import type { SourceFormat, StoredFormat } from '$lib/engine/engine-api';
import type { ChartDatasetRef, SavedChart } from '$lib/core/gallery/types';
import type { AskAnswer } from '$lib/core/ask/types';
import type { AccountInfo, SyncRecord, SyncTable } from '$lib/core/sync/protocol';
import type { ResultEntry } from '$lib/core/result-cache/entry-shape';
import type { CatalogColumn, ColumnProfile, ContextMetric } from '$lib/core/catalog/types';
import type {
	Context,
	ContextDescription,
	ContextMetricDef,
	ContextRelationDef,
	ContextSynonym
} from '$lib/core/contexts/types';

export type { SourceFormat, StoredFormat, ColumnProfile, ContextMetric };

/**
 * A column as stored: the catalog's column (name, DuckDB type, profile once computed after
 * import; see core/catalog). Records from before schema v3 had another profile shape, which
 * the v3 upgrade removed.
 */
export type DatasetColumn = CatalogColumn;

export interface DatasetRecord {
	id: string;
	/** Display name, free text. */
	name: string;
	/** Unquoted SQL table name (core/sql/table-name.ts); unique ignoring case. */
	tableName: string;
	/** Original file name (or URL). */
	source: string;
	format: SourceFormat;
	/** Size of the original file. */
	sourceBytes: number;
	/** Size of the durable copy in datasetFiles. */
	storedBytes: number;
	storedFormat: StoredFormat;
	rows: number;
	columns: DatasetColumn[];
	/** SHA-256 (hex) of the durable copy. */
	fingerprint: string;
	/** Bumped on every change, for sync. */
	version: number;
	createdAt: number;
	updatedAt: number;
	lastUsedAt: number;
	useCount: number;
}

export interface DatasetFileRecord {
	datasetId: string;
	blob: Blob;
	format: StoredFormat;
}

export type QuerySource = 'editor' | 'ask' | 'link';

export interface QueryRecord {
	id: string;
	sql: string;
	/** The plain-language question, for queries that came from Ask. */
	question?: string;
	/** Datasets the SQL reads. */
	datasetIds: string[];
	contextId?: string;
	source: QuerySource;
	startedAt: number;
	ms: number;
	rows: number;
	/** The engine's message when the query failed. */
	error?: string;
	/** Set when the user saved the query under a name. */
	savedName?: string;
	/** Set when the result shown came from the result cache (nothing ran). */
	isCached?: true;
}

/** A saved chart (the gallery); the type is defined with the gallery's logic in core. */
export type ChartRecord = SavedChart;
export type { ChartDatasetRef };

/** A saved context (the semantic layer); the type is defined with its logic in core/contexts. */
export type ContextRecord = Context;
export type {
	ContextDescription,
	ContextMetricDef as ContextMetricRecord,
	ContextRelationDef as ContextRelation,
	ContextSynonym
};

/** A cached query result; the type is defined with the result cache's logic in core. */
export type ResultCacheRecord = ResultEntry;

/**
 * Measurements behind a context's join suggestions and validation (DuckDB queries over whole
 * datasets), kept so reopening a context does not measure again while nothing changed.
 */
export interface ContextCacheRecord {
	/** contextCacheKey(kind, context id + version, fingerprints of the datasets measured). */
	key: string;
	kind: 'suggestions' | 'validation';
	contextId: string;
	datasetIds: string[];
	/** The measured report (core/contexts types), as plain data. */
	report: unknown;
	createdAt: number;
	expiresAt: number;
}

export interface AskCacheRecord {
	/** answerCacheKey(normalised question, dataset fingerprints, context version, provider/model). */
	key: string;
	/** The question as the user asked it (shown in lists). */
	question: string;
	/** Datasets the answer's SQL reads: a change to or deletion of any drops the entry. */
	datasetIds: string[];
	contextId?: string;
	answer: AskAnswer;
	createdAt: number;
	expiresAt: number;
	/** For LRU eviction. */
	lastUsedAt: number;
	hits: number;
	/** Approximate size of the entry, for the size cap. */
	bytes: number;
}

export type ActivityKind =
	| 'dataset-imported'
	| 'dataset-renamed'
	| 'dataset-deleted'
	| 'query-run'
	| 'query-failed'
	| 'chart-saved'
	| 'chart-renamed'
	| 'chart-duplicated'
	| 'chart-deleted'
	| 'context-saved'
	| 'context-deleted'
	| 'question-asked'
	| 'question-refused';

export interface ActivityRecord {
	id: string;
	at: number;
	kind: ActivityKind;
	/** Id of the dataset, query, chart or context the entry is about. */
	refId: string;
	summary: string;
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

/**
 * A pending local change to a synced record (one per record: later changes replace it). The
 * record itself is read when the change is pushed, so the newest version is what travels.
 */
export interface OutboxRecord {
	/** `${table}:${recordId}`. */
	id: string;
	table: SyncTable;
	recordId: string;
	/** Random id of this change (core/sync/protocol SyncChange.changeId). */
	changeId: string;
	/** This device's counter at the change (unique across its tabs). */
	deviceSeq: number;
	op: 'put' | 'delete';
	at: number;
}

/** What this device knows of a synced record on the server. */
export interface SyncRecordState {
	/** `${table}:${recordId}`. */
	id: string;
	table: SyncTable;
	recordId: string;
	/** The server version the local record is based on. */
	baseVersion: number;
	/**
	 * A newer version pulled while a local change was pending, kept aside until the push is
	 * answered (core/sync/replica.ts); absent otherwise.
	 */
	held?: SyncRecord;
}

/** Sync bookkeeping, one row per key. */
export type SyncMetaRecord =
	| {
			/** Present once sync was enabled on this device (first sign-in): changes are captured. */
			key: 'device';
			deviceId: string;
			/** The last deviceSeq handed out. */
			deviceSeq: number;
	  }
	| { key: 'pull'; cursor: number }
	| {
			/** The server and account last signed in to (kept after sign-out for the next one). */
			key: 'account';
			origin: string;
			account: AccountInfo | null;
			/** Signed in now (false after sign-out: nothing is sent until the next sign-in). */
			isSignedIn: boolean;
	  };
