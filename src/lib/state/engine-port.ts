/**
 * What the state classes need from the engine client (engine/engine-client.ts). Declared here
 * structurally so state can be tested with a stand-in; `EngineClient` satisfies it.
 */
import type {
	AttachOptions,
	EngineStatus,
	ImportProgress,
	IngestOptions,
	IngestResult,
	QueryOptions,
	QueryResult,
	Result,
	TableInfo
} from '$lib/engine/engine-api';

/** Lifecycle events the engine client reports (same union as engine-client.ts). */
export type EngineEvent =
	| { kind: 'starting' }
	| { kind: 'ready'; status: EngineStatus }
	| { kind: 'crashed'; message: string }
	| { kind: 'restarted' };

export interface EnginePort {
	start(): Promise<Result<EngineStatus>>;
	ingest(
		options: IngestOptions,
		onProgress?: (progress: ImportProgress) => void
	): Promise<Result<IngestResult>>;
	attach(options: AttachOptions): Promise<Result<TableInfo>>;
	drop(options: { tableName: string }): Promise<Result<null>>;
	rename(options: { from: string; to: string }): Promise<Result<null>>;
	query(options: QueryOptions): Promise<Result<QueryResult>>;
	cancel(options: { id: string }): Promise<boolean>;
}
