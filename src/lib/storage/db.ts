/**
 * The Dexie database behind Quarry's local data (DESIGN.md §4). All versions are declared in
 * versions.ts; opening the database migrates older data to the current version.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
	ActivityRecord,
	AskCacheRecord,
	ChartRecord,
	ContextCacheRecord,
	ContextRecord,
	DatasetFileRecord,
	DatasetRecord,
	OutboxRecord,
	QueryRecord,
	ResultCacheRecord,
	SettingRecord,
	SyncMetaRecord,
	SyncRecordState
} from './records';
import { outboxMiddleware, type OutboxCaptureOptions } from './outbox-middleware';
import { declareVersions } from './versions';

export * from './records';

export const DEFAULT_DB_NAME = 'quarry';

export class QuarryDB extends Dexie {
	datasets!: EntityTable<DatasetRecord, 'id'>;
	datasetFiles!: EntityTable<DatasetFileRecord, 'datasetId'>;
	queries!: EntityTable<QueryRecord, 'id'>;
	charts!: EntityTable<ChartRecord, 'id'>;
	contexts!: EntityTable<ContextRecord, 'id'>;
	resultCache!: EntityTable<ResultCacheRecord, 'key'>;
	askCache!: EntityTable<AskCacheRecord, 'key'>;
	contextCache!: EntityTable<ContextCacheRecord, 'key'>;
	activity!: EntityTable<ActivityRecord, 'id'>;
	settings!: EntityTable<SettingRecord, 'key'>;
	outbox!: EntityTable<OutboxRecord, 'id'>;
	syncRecords!: EntityTable<SyncRecordState, 'id'>;
	syncMeta!: Table<SyncMetaRecord, string>;

	/** Every write to a synced record is captured in the outbox (outbox-middleware.ts). */
	constructor(name: string = DEFAULT_DB_NAME, capture: Partial<OutboxCaptureOptions> = {}) {
		super(name);
		declareVersions(this);
		this.use(
			outboxMiddleware({
				now: capture.now ?? Date.now,
				newId: capture.newId ?? (() => crypto.randomUUID())
			})
		);
	}
}
