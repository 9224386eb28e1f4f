/** Query history (and, later, saved queries). */
import type { QuarryDB } from './db';
import type { QueryRecord } from './records';

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

	async get(id: string): Promise<QueryRecord | undefined> {
		return this.#db.queries.get(id);
	}
}
