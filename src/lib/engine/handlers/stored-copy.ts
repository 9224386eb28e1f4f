/**
 * The durable copy of a table: the Arrow IPC stream DuckDB exports for `SELECT *`. It is the
 * fastest to turn back into a table (no decoding before DuckDB reads it); see
 * docs/decisions/0002-storage-format.md for the measurements behind the choice.
 */
import { readParquet } from 'parquet-wasm/esm';
import { quoteIdent } from '$lib/core/sql/quote';
import type { StoredFormat } from '../engine-api';
import { joinStream } from './arrow-ipc';
import { withConnection, type EngineContext } from './context';
import { runPending, type Job } from './pending';
import { timed } from '../timing';

export const storedFormat: StoredFormat = 'arrow';

export async function writeStoredCopy(
	ctx: EngineContext,
	job: Job,
	tableName: string
): Promise<Blob> {
	const chunks = await timed('stored-export', () =>
		withConnection(ctx, (conn) =>
			runPending(ctx.db, conn, job, `SELECT * FROM ${quoteIdent(tableName)}`)
		)
	);
	return timed('stored-blob', () => {
		const ipc = joinStream(chunks);
		const part = new Uint8Array(ipc.buffer as ArrayBuffer, ipc.byteOffset, ipc.byteLength);
		return new Blob([part], { type: 'application/vnd.apache.arrow.stream' });
	});
}

/** Parquet bytes → Arrow IPC stream bytes (throws on damaged input). */
export function parquetToIPC(bytes: Uint8Array): Uint8Array {
	return readParquet(bytes).intoIPCStream();
}
