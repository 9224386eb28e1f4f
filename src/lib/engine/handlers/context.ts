/** What every handler needs: a DuckDB instance, a way to hand it a Blob, and running jobs. */
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { JobRegistry } from './pending';

export interface EngineContext {
	db: DuckDBBindings;
	/**
	 * Make `blob` readable by DuckDB at `path`. The worker registers it as a file handle (read
	 * on demand); Node tests register the bytes as a buffer.
	 */
	registerBlob(path: string, blob: Blob): Promise<void>;
	/**
	 * Load parquet-wasm (once; later calls share the first load). Only Parquet files need it, so
	 * it is loaded on first use rather than competing with DuckDB's start for the CPU.
	 */
	loadParquet(): Promise<void>;
	jobs: JobRegistry;
	/** Counter for unique scratch names (files, temporary tables). */
	nextScratchId(): number;
}

export function createContext(
	db: DuckDBBindings,
	registerBlob: EngineContext['registerBlob'],
	loadParquet: () => Promise<void> = () => Promise.resolve()
): EngineContext {
	let scratch = 0;
	return {
		db,
		registerBlob,
		loadParquet,
		jobs: new JobRegistry(),
		nextScratchId: () => ++scratch
	};
}

/** Open a connection, run `body`, always close it. */
export async function withConnection<T>(
	ctx: EngineContext,
	body: (conn: ReturnType<DuckDBBindings['connect']>) => Promise<T> | T
): Promise<T> {
	const conn = ctx.db.connect();
	try {
		return await body(conn);
	} finally {
		conn.close();
	}
}
