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

export interface StoredCopy {
	blob: Blob;
	/** SHA-256 of the blob's bytes, lower-case hex. */
	fingerprint: string;
}

export async function writeStoredCopy(
	ctx: EngineContext,
	job: Job,
	tableName: string
): Promise<StoredCopy> {
	const chunks = await timed('stored-export', () =>
		withConnection(ctx, (conn) =>
			runPending(ctx.db, conn, job, `SELECT * FROM ${quoteIdent(tableName)}`, { stream: true })
		)
	);
	const ipc = await timed('stored-join', () => joinStream(chunks));
	chunks.length = 0;
	// The digest runs on the browser's crypto thread while this one builds the Blob.
	const hashing = timed('stored-hash', () => sha256Hex(ipc));
	const blob = await timed('stored-blob', () => {
		const part = new Uint8Array(ipc.buffer as ArrayBuffer, ipc.byteOffset, ipc.byteLength);
		return new Blob([part], { type: 'application/vnd.apache.arrow.stream' });
	});
	return { blob, fingerprint: await hashing };
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const view = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', view));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Parquet bytes → Arrow IPC stream bytes (throws on damaged input). */
export function parquetToIPC(bytes: Uint8Array): Uint8Array {
	return readParquet(bytes).intoIPCStream();
}
