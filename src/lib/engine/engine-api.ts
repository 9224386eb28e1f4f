/**
 * The ONE protocol between the page and the engine worker (DuckDB-WASM).
 *
 * Both sides import this file: `engine.worker.ts` implements `EngineApi` and exposes it with
 * comlink; `engine-client.ts` wraps it for the rest of the app. Methods take one options object
 * and return plain, structured-cloneable data. Failures cross the boundary as values
 * (`{ ok: false, error: { code, message } }`), never as thrown exceptions.
 */
import type { CatalogColumn } from '$lib/core/catalog/types';

/** File formats Quarry can import. */
export type SourceFormat = 'csv' | 'tsv' | 'json' | 'ndjson' | 'parquet' | 'arrow';

/** Format of the durable copy kept in IndexedDB (chosen by measurement, see docs/decisions). */
export type StoredFormat = 'parquet' | 'arrow' | 'duckdb';

export type EngineErrorCode =
	| 'empty-file' // 0 bytes, or no data rows
	| 'header-only' // a CSV/TSV with a header and no rows
	| 'ragged-rows' // rows with a different number of fields than the header
	| 'binary-file' // not text where text was expected
	| 'invalid-json'
	| 'invalid-parquet'
	| 'invalid-arrow'
	| 'unsupported-format'
	| 'cancelled'
	| 'sql-error' // DuckDB rejected the SQL (parser, binder, catalog, runtime)
	| 'not-found' // a table/dataset that is not attached
	| 'table-exists' // ingest or rename onto a table name that is already taken
	| 'out-of-memory'
	| 'engine-crashed' // the worker died; the client restarts it
	| 'internal';

export interface EngineError {
	code: EngineErrorCode;
	/** A sentence a user can act on, e.g. "Row 12 has 5 fields but the header has 4." */
	message: string;
	/** 0-based character offset into the SQL text, when DuckDB reports one. */
	position?: number;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };

/** A column's name and DuckDB type (the catalog's column without its profile). */
export type ColumnInfo = Pick<CatalogColumn, 'name' | 'type'>;

export interface ImportProgress {
	jobId: string;
	phase: 'reading' | 'parsing' | 'storing' | 'done';
	/** 0..1 over the whole import. */
	fraction: number;
	/** Rows ingested so far, when known. */
	rows?: number;
}

export interface IngestOptions {
	jobId: string;
	file: Blob;
	fileName: string;
	format: SourceFormat;
	/** Unquoted table name the dataset will have in SQL (see core/sql/table-name.ts). */
	tableName: string;
}

export interface IngestResult {
	tableName: string;
	rows: number;
	columns: ColumnInfo[];
	/** The durable copy to store in IndexedDB; `attach` rebuilds the table from it. */
	stored: Blob;
	storedFormat: StoredFormat;
	/**
	 * SHA-256 of `stored` as lower-case hex (the dataset's fingerprint), computed by the engine
	 * while it still holds the bytes. When absent the caller hashes `stored` itself.
	 */
	fingerprint?: string;
}

export interface AttachOptions {
	tableName: string;
	stored: Blob;
	storedFormat: StoredFormat;
	/**
	 * The bytes of `stored`, when the page has already read them (transferred, not copied).
	 * The page reads a query's stored copies while the engine is still starting after a reload.
	 */
	bytes?: Uint8Array;
}

export interface QueryOptions {
	/** Caller-chosen id so the query can be cancelled. */
	queryId: string;
	sql: string;
	/** Stop after this many rows have been collected (the rest is counted, not returned). */
	maxRows?: number;
}

export interface QueryResult {
	columns: ColumnInfo[];
	/** Arrow IPC stream bytes of the result (transferred, not copied). */
	arrow: Uint8Array;
	rows: number;
	/** Milliseconds spent inside the engine. */
	ms: number;
	/** True when `maxRows` cut the result. */
	truncated: boolean;
}

/** What one SQL statement reads, from DuckDB's own parser (nothing is bound or run). */
export interface SqlReads {
	/**
	 * Names of the tables and views the statement reads, as DuckDB resolves them from the parse
	 * tree: CTE names left out, schema prefixes dropped. The engine client expands the views it
	 * defined (context views) into the stored tables they read.
	 */
	tables: string[];
}

export interface TableInfo {
	tableName: string;
	rows: number;
	columns: ColumnInfo[];
}

export interface EngineStatus {
	version: string;
	bundle: string;
	tables: string[];
	/** Bytes of WASM memory in use, when known. */
	memoryBytes?: number;
}

export interface InitOptions {
	/** URL of DuckDB's `duckdb-eh.wasm`. */
	wasmUrl: string;
	/** URL of parquet-wasm's `parquet_wasm_bg.wasm` (Parquet import; also reads Parquet stored copies). */
	parquetWasmUrl: string;
}

/** Implemented by the worker; called through comlink. */
export interface EngineApi {
	/**
	 * Start DuckDB (idempotent). The URLs come from the page (Vite `?url` imports) so the
	 * engine's files are served from Quarry's origin and precached.
	 */
	init(options: InitOptions): Promise<Result<EngineStatus>>;
	/** Import a file as a table. `onProgress` is a comlink proxy. */
	ingest(
		options: IngestOptions,
		onProgress?: (progress: ImportProgress) => void
	): Promise<Result<IngestResult>>;
	/** Rebuild a table from its durable copy (after a reload or a worker restart). */
	attach(options: AttachOptions): Promise<Result<TableInfo>>;
	/** Drop a table and free its memory. */
	drop(options: { tableName: string }): Promise<Result<null>>;
	/** Rename a table inside DuckDB. */
	rename(options: { from: string; to: string }): Promise<Result<null>>;
	/** Run SQL; the result crosses as Arrow IPC. */
	query(options: QueryOptions): Promise<Result<QueryResult>>;
	/**
	 * The tables one SQL statement reads, from DuckDB's parser; fails with `sql-error` for text
	 * that is not exactly one statement DuckDB can parse.
	 */
	reads(options: { sql: string }): Promise<Result<SqlReads>>;
	/** Cancel a running query or import by its id. Resolves true if something was cancelled. */
	cancel(options: { id: string }): Promise<boolean>;
	/** Schema and row count of an attached table. */
	describe(options: { tableName: string }): Promise<Result<TableInfo>>;
	status(): Promise<Result<EngineStatus>>;
}
