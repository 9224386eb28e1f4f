/** Query history (and, later, saved queries). */
import type { QuarryDB } from './db';
import type { QueryRecord } from './records';
import type { QueryStat } from '$lib/core/usage/types';

export type NewQuery = Omit<QueryRecord, 'id'>;

export class QueriesRepo {
	readonly #db: QuarryDB;
	readonly #newId: () => string;

	constructor(db: QuarryDB, newId: () => string = () => crypto.randomUUID()) {
		this.#db = db;
		this.#newId = newId;
	}

	async add(query: NewQuery): Promise<QueryRecord> {
		const record: QueryRecord = { id: this.#newId(), ...query };
		await this.#db.queries.add(record);
		return record;
	}

	/** Most recent first. */
	async listRecent(limit = 100): Promise<QueryRecord[]> {
		return this.#db.queries.orderBy('startedAt').reverse().limit(limit).toArray();
	}

	/**
	 * Every run in the compact form the dashboard computes with, oldest first: one pass over the
	 * table, no error texts or questions kept.
	 */
	async listStats(): Promise<QueryStat[]> {
		// One getAll over the index instead of a cursor step per record: with 10,000 queries the
		// cursor alone took ~360 ms, most of the dashboard's first paint.
		const records = await this.#db.queries.orderBy('startedAt').toArray();
		return records.map((q) => ({
			id: q.id,
			sql: q.sql,
			startedAt: q.startedAt,
			ms: q.ms,
			isFailed: q.error !== undefined,
			isSaved: q.savedName !== undefined,
			datasetIds: q.datasetIds
		}));
	}

	async count(): Promise<number> {
		return this.#db.queries.count();
	}

	/** Keep a query under a name (trimmed); returns the updated record, or undefined if it is gone. */
	async setSavedName(id: string, savedName: string): Promise<QueryRecord | undefined> {
		const updated = await this.#db.queries.update(id, { savedName: savedName.trim() });
		return updated === 0 ? undefined : this.#db.queries.get(id);
	}

	async get(id: string): Promise<QueryRecord | undefined> {
		return this.#db.queries.get(id);
	}
}
