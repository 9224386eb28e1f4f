/** Saved contexts (the semantic layer): list, read and store. Editing them is the Contexts page's. */
import type { QuarryDB } from './db';
import type { ContextRecord } from './records';

export class ContextsRepo {
	readonly #db: QuarryDB;

	constructor(db: QuarryDB) {
		this.#db = db;
	}

	/** By name. */
	async list(): Promise<ContextRecord[]> {
		return this.#db.contexts.orderBy('name').toArray();
	}

	async get(id: string): Promise<ContextRecord | undefined> {
		return this.#db.contexts.get(id);
	}

	/** Store (or replace) a context as given. */
	async put(context: ContextRecord): Promise<void> {
		await this.#db.contexts.put(context);
	}
}
