/**
 * The Dexie database behind Quarry's local data (DESIGN.md §4). All versions are declared in
 * versions.ts; opening the database migrates older data to the current version.
 */
import { Dexie, type EntityTable } from 'dexie';
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
	SettingRecord
} from './records';
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

	constructor(name: string = DEFAULT_DB_NAME) {
		super(name);
		declareVersions(this);
	}
}
