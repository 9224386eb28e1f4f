/**
 * The durable copy of a table: Parquet (zstd) written by parquet-wasm from DuckDB's Arrow
 * export. See docs/decisions/0002-storage-format.md for the measurements behind the choice.
 */
import {
	Compression,
	Table as WasmTable,
	WriterPropertiesBuilder,
	readParquet,
	writeParquet
} from 'parquet-wasm/esm';
import { quoteIdent } from '$lib/core/sql/quote';
import type { StoredFormat } from '../engine-api';
import type { EngineContext } from './context';
import { joinStream } from './arrow-ipc';
import { runPending, type Job } from './pending';
import { withConnection } from './context';

export const storedFormat: StoredFormat = 'parquet';

/** Rows per Parquet row group: large groups read back much faster than many tiny ones. */
const rowGroupRows = 122_880;

export async function writeStoredCopy(
	ctx: EngineContext,
	job: Job,
	tableName: string
): Promise<Blob> {
	const ipc = await withConnection(ctx, async (conn) =>
		joinStream(await runPending(ctx.db, conn, job, `SELECT * FROM ${quoteIdent(tableName)}`))
	);
	const props = new WriterPropertiesBuilder()
		.setCompression(Compression.ZSTD)
		.setMaxRowGroupSize(rowGroupRows)
		.build();
	const bytes = writeParquet(WasmTable.fromIPCStream(ipc), props);
	const part = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
	return new Blob([part], { type: 'application/vnd.apache.parquet' });
}

/** Parquet bytes → Arrow IPC stream bytes (throws on damaged input). */
export function parquetToIPC(bytes: Uint8Array): Uint8Array {
	return readParquet(bytes).intoIPCStream();
}
