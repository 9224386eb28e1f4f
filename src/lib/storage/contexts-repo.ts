/**
 * Saved contexts (the semantic layer). Every write runs in one transaction: a change is read,
 * checked and stored whole or not at all, and bumps the context's `version` and `updatedAt`.
 * Names are unique ignoring case and surrounding spaces; checking them is part of the write.
 */
import type { QuarryDB } from './db';
import type { ContextRecord } from './records';

/** Why a write stored nothing: a name in use, a context that is gone, or the change's own reason. */
export type ContextWriteResult =
	| { ok: true; context: ContextRecord }
	| { ok: false; code: 'name-taken' | 'not-found' | 'invalid'; message: string };

/** A change to one context: the changed context, or a message saying why it is refused. */
export type ContextChange = (
	current: ContextRecord
) => { ok: true; value: ContextRecord } | { ok: false; message: string };

export class ContextsRepo {
	readonly #db: QuarryDB;
	readonly #now: () => number;

	constructor(db: QuarryDB, now: () => number = Date.now) {
		this.#db = db;
		this.#now = now;
	}

	/** By name. */
	async list(): Promise<ContextRecord[]> {
		return this.#db.contexts.orderBy('name').toArray();
	}

	async get(id: string): Promise<ContextRecord | undefined> {
		return this.#db.contexts.get(id);
	}

	/** The contexts whose datasets include `datasetId`, by name. */
	async usingDataset(datasetId: string): Promise<ContextRecord[]> {
		const all = await this.list();
		return all.filter((c) => Array.isArray(c.datasetIds) && c.datasetIds.includes(datasetId));
	}

	/**
	 * The names deleted datasets had, by id, as the activity log recorded their deletion
	 * ("Deleted <name>"); ids with no such entry are left out.
	 */
	async deletedDatasetNames(ids: readonly string[]): Promise<Record<string, string>> {
		if (ids.length === 0) return {};
		const entries = await this.#db.activity
			.where('refId')
			.anyOf([...ids])
			.toArray();
		const names: Record<string, string> = {};
		for (const entry of entries.sort((x, y) => x.at - y.at)) {
			if (entry.kind !== 'dataset-deleted' || !entry.summary.startsWith(DELETED)) continue;
			const name = entry.summary.slice(DELETED.length).trim();
			if (name !== '') names[entry.refId] = name;
		}
		return names;
	}

	/** Store (or replace) a context exactly as given (sync and tests). */
	async put(context: ContextRecord): Promise<void> {
		await this.#db.contexts.put(context);
	}

	/** Store a new context (version 1, created and updated now) unless its name is taken. */
	async create(
		context: Omit<ContextRecord, 'version' | 'createdAt' | 'updatedAt'>
	): Promise<ContextWriteResult> {
		const db = this.#db;
		return db.transaction('rw', db.contexts, async () => {
			if (await this.#nameTaken(context.name)) return nameTaken(context.name);
			const at = this.#now();
			const record: ContextRecord = { ...context, version: 1, createdAt: at, updatedAt: at };
			await db.contexts.add(record);
			return { ok: true, context: record };
		});
	}

	/**
	 * Read a context, apply `change` and store the result with the next version, in one
	 * transaction. A renamed context is checked against the other names in the same transaction.
	 */
	async update(id: string, change: ContextChange): Promise<ContextWriteResult> {
		const db = this.#db;
		return db.transaction('rw', db.contexts, async () => {
			const current = await db.contexts.get(id);
			if (!current) return notFound();
			const changed = change(structuredClone(current));
			if (!changed.ok) return { ok: false, code: 'invalid', message: changed.message };
			const next = changed.value;
			if (nameKey(next.name) !== nameKey(current.name) && (await this.#nameTaken(next.name, id))) {
				return nameTaken(next.name);
			}
			const record: ContextRecord = {
				...next,
				id,
				createdAt: current.createdAt,
				version: current.version + 1,
				updatedAt: Math.max(this.#now(), current.updatedAt)
			};
			await db.contexts.put(record);
			return { ok: true, context: record };
		});
	}

	/** Delete a context; true if it existed. */
	async remove(id: string): Promise<boolean> {
		const db = this.#db;
		return db.transaction('rw', db.contexts, async () => {
			const existed = (await db.contexts.get(id)) !== undefined;
			await db.contexts.delete(id);
			return existed;
		});
	}

	async #nameTaken(name: string, exceptId?: string): Promise<boolean> {
		const key = nameKey(name);
		const all = await this.#db.contexts.toArray();
		return all.some((c) => c.id !== exceptId && nameKey(c.name) === key);
	}
}

/** How the workspace words a deletion in the activity log. */
const DELETED = 'Deleted ';

function nameKey(name: string): string {
	return name.trim().toLocaleLowerCase();
}

function nameTaken(name: string): ContextWriteResult {
	return {
		ok: false,
		code: 'name-taken',
		message: `A context named “${name.trim()}” already exists. Choose another name.`
	};
}

function notFound(): ContextWriteResult {
	return { ok: false, code: 'not-found', message: 'That context no longer exists.' };
}
