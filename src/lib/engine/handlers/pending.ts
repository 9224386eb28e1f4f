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

/**
 * Run one statement to completion on `conn` and return its Arrow IPC stream chunks
 * (schema message first, then record batches). `onPoll` is told how many polls have passed.
 */
export async function runPending(
	db: DuckDBBindings,
	conn: DuckDBConnection,
	job: Job,
	sql: string,
	onPoll?: (polls: number) => void
): Promise<Uint8Array[]> {
	throwIfCancelled(job);
	job.conn = conn;
	try {
		let header = conn.useUnsafe((_db, id) => db.startPendingQuery(id, sql, false));
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
