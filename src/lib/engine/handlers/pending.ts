/**
 * Long-running statements go through DuckDB's pending-query API: each poll does a slice of work,
 * and between polls we yield a macrotask so a comlink `cancel` message can be handled.
 */
import type { DuckDBBindings, DuckDBConnection } from '@duckdb/duckdb-wasm/blocking';
import { EngineFailure } from './errors';

interface Job {
	conn?: DuckDBConnection;
	isCancelled: boolean;
}

/** Which ids are running, so `cancel({ id })` can find them. */
export class JobRegistry {
	readonly #jobs = new Map<string, Job>();

	begin(id: string): Job {
		const job: Job = { isCancelled: false };
		this.#jobs.set(id, job);
		return job;
	}

	end(id: string, job: Job): void {
		if (this.#jobs.get(id) === job) this.#jobs.delete(id);
	}

	/** Returns true when a running job with this id was asked to stop. */
	cancel(id: string): boolean {
		const job = this.#jobs.get(id);
		if (!job || job.isCancelled) return false;
		job.isCancelled = true;
		if (job.conn) job.conn.useUnsafe((db, conn) => db.cancelPendingQuery(conn));
		return true;
	}

	get size(): number {
		return this.#jobs.size;
	}
}

export type { Job };

export function yieldToEvents(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

export function throwIfCancelled(job: Job): void {
	if (job.isCancelled) throw new EngineFailure('cancelled', 'Cancelled.');
}

export interface PendingOptions {
	/** Told how many polls have passed. */
	onPoll?: (polls: number) => void;
	/**
	 * Stream the result instead of materialising it first. For a plain table scan (the stored
	 * copy's export) this skips a full copy of the table inside DuckDB and the memory growth it
	 * costs; the work then happens in the fetch loop, which does not yield, so use it only where
	 * each batch is cheap to produce.
	 */
	stream?: boolean;
}

/**
 * Run one statement to completion on `conn` and return its Arrow IPC stream chunks
 * (schema message first, then record batches).
 */
export async function runPending(
	db: DuckDBBindings,
	conn: DuckDBConnection,
	job: Job,
	sql: string,
	{ onPoll, stream = false }: PendingOptions = {}
): Promise<Uint8Array[]> {
	throwIfCancelled(job);
	job.conn = conn;
	try {
		let header = conn.useUnsafe((_db, id) => db.startPendingQuery(id, sql, stream));
		let polls = 0;
		while (header === null) {
			await yieldToEvents();
			throwIfCancelled(job);
			header = conn.useUnsafe((_db, id) => db.pollPendingQuery(id));
			onPoll?.(++polls);
		}
		throwIfCancelled(job);
		const chunks = [header];
		for (;;) {
			const chunk = conn.useUnsafe((_db, id) => db.fetchQueryResults(id));
			if (chunk === null) continue; // not ready yet
			if (chunk.length === 0) break; // end of stream
			chunks.push(chunk);
		}
		return chunks;
	} catch (caught) {
		if (job.isCancelled) throw new EngineFailure('cancelled', 'Cancelled.');
		throw caught;
	} finally {
		job.conn = undefined;
	}
}
