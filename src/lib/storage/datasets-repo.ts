/**
 * Datasets and their durable copies. A dataset's record and its file are always written and
 * deleted together, in one transaction: both or neither. Any change to a dataset drops the
 * stored answers whose SQL reads it, in the same transaction (so it holds for every tab).
 */
import type { AttachOptions } from '$lib/engine/engine-api';
import type { QuarryDB } from './db';
import { markUncaptured } from './outbox-middleware';
import type { ColumnProfile, DatasetFileRecord, DatasetRecord } from './records';

export class DatasetsRepo {
	readonly #db: QuarryDB;
	readonly #now: () => number;

	constructor(db: QuarryDB, now: () => number = Date.now) {
		this.#db = db;
		this.#now = now;
	}

	/** Store a newly imported dataset and its durable copy. Throws (and stores nothing) on failure. */
	async saveImported(record: DatasetRecord, blob: Blob): Promise<void> {
		const db = this.#db;
		await db.transaction('rw', db.datasets, db.datasetFiles, async () => {
			await db.datasets.add(record);
			await db.datasetFiles.put({ datasetId: record.id, blob, format: record.storedFormat });
		});
	}

	/** All datasets, newest first. */
	async list(): Promise<DatasetRecord[]> {
		return this.#db.datasets.orderBy('createdAt').reverse().toArray();
	}

	async get(id: string): Promise<DatasetRecord | undefined> {
		return this.#db.datasets.get(id);
	}

	/**
	 * Change display name and table name; returns the updated record, undefined if absent.
	 * Stored answers and results that read the dataset are dropped: their SQL names the old table.
	 * So are measured context reports: their sentences name the old dataset.
	 */
	async rename(id: string, name: string, tableName: string): Promise<DatasetRecord | undefined> {
		const db = this.#db;
		const tables = [db.datasets, db.askCache, db.resultCache, db.contextCache];
		return db.transaction('rw', tables, async () => {
			const current = await db.datasets.get(id);
			if (!current) return undefined;
			await db.askCache.where('datasetIds').equals(id).delete();
			await db.resultCache.where('datasetIds').equals(id).delete();
			await db.contextCache.where('datasetIds').equals(id).delete();
			const updated: DatasetRecord = {
				...current,
				name,
				tableName,
				version: current.version + 1,
				updatedAt: this.#now()
			};
			await db.datasets.put(updated);
			return updated;
		});
	}

	/**
	 * Store column profiles computed after import. Only the profiles change (no version bump: the
	 * data did not). Returns the updated record, undefined if the dataset is gone. Stored answers
	 * that read it are dropped: the offline engine reads profiles, so it may now answer better.
	 */
	async setProfiles(
		id: string,
		profiles: Record<string, ColumnProfile>
	): Promise<DatasetRecord | undefined> {
		const db = this.#db;
		return db.transaction('rw', db.datasets, db.askCache, async () => {
			const current = await db.datasets.get(id);
			if (!current) return undefined;
			await db.askCache.where('datasetIds').equals(id).delete();
			const updated: DatasetRecord = {
				...current,
				version: current.version + 1,
				columns: current.columns.map((c) =>
					profiles[c.name] ? { ...c, profile: profiles[c.name] } : c
				)
			};
			await db.datasets.put(updated);
			return updated;
		});
	}

	/** Delete a dataset, its durable copy, and cached results, answers and reports that read it. */
	async remove(id: string): Promise<void> {
		const db = this.#db;
		const tables = [db.datasets, db.datasetFiles, db.resultCache, db.askCache, db.contextCache];
		await db.transaction('rw', tables, async () => {
			await db.datasets.delete(id);
			await db.datasetFiles.delete(id);
			await db.resultCache.where('datasetIds').equals(id).delete();
			await db.askCache.where('datasetIds').equals(id).delete();
			await db.contextCache.where('datasetIds').equals(id).delete();
		});
	}

	async loadFile(id: string): Promise<DatasetFileRecord | undefined> {
		return this.#db.datasetFiles.get(id);
	}

	/**
	 * Record a use: `lastUsedAt` = now, `useCount` + 1. Returns the updated records. Local
	 * bookkeeping: it is not a change to sync (the next real change carries it along).
	 */
	async touch(ids: readonly string[]): Promise<DatasetRecord[]> {
		if (ids.length === 0) return [];
		const db = this.#db;
		const at = this.#now();
		return db.transaction('rw', db.datasets, async (tx) => {
			markUncaptured(tx);
			await db.datasets
				.where('id')
				.anyOf([...ids])
				.modify((record) => {
					record.lastUsedAt = at;
					record.useCount += 1;
					record.version += 1;
				});
			const records = await db.datasets.bulkGet([...ids]);
			return records.filter((r): r is DatasetRecord => r !== undefined);
		});
	}

	/**
	 * What the engine needs to rebuild every table. IndexedDB Blobs are backed by the browser's
	 * storage, so nothing is read into memory until the engine reads each one.
	 */
	async listAttachments(): Promise<AttachOptions[]> {
		const db = this.#db;
		return db.transaction('r', db.datasets, db.datasetFiles, async () => {
			const datasets = await db.datasets.orderBy('createdAt').toArray();
			const files = await db.datasetFiles.bulkGet(datasets.map((d) => d.id));
			return datasets.flatMap((dataset, i) => {
				const file = files[i];
				return file
					? [{ tableName: dataset.tableName, stored: file.blob, storedFormat: file.format }]
					: [];
			});
		});
	}
}
