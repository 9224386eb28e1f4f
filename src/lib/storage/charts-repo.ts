/** Saved charts: the gallery. */
import type { QuarryDB } from './db';
import type { ChartRecord } from './records';

export type NewChart = Omit<ChartRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** A chart to save; what its datasets look like now is filled in from the datasets table. */
export type ChartToSave = Omit<NewChart, 'datasetFingerprints' | 'datasetRefs'>;

export class ChartsRepo {
	readonly #db: QuarryDB;
	readonly #now: () => number;
	readonly #newId: () => string;

	constructor(
		db: QuarryDB,
		now: () => number = Date.now,
		newId: () => string = () => crypto.randomUUID()
	) {
		this.#db = db;
		this.#now = now;
		this.#newId = newId;
	}

	async add(chart: NewChart): Promise<ChartRecord> {
		const at = this.#now();
		const record: ChartRecord = { ...chart, id: this.#newId(), createdAt: at, updatedAt: at };
		await this.#db.charts.add(record);
		return record;
	}

	/**
	 * Save a chart with the fingerprint, name and table name each of its datasets has now, in
	 * one transaction with reading them. Ids of datasets that do not exist are kept unnamed.
	 */
	async addWithDatasetFacts(chart: ChartToSave): Promise<ChartRecord> {
		const db = this.#db;
		return db.transaction('rw', db.charts, db.datasets, async () => {
			const datasetFingerprints: ChartRecord['datasetFingerprints'] = {};
			const datasetRefs: ChartRecord['datasetRefs'] = {};
			const datasets = await db.datasets.bulkGet(chart.datasetIds);
			for (const dataset of datasets) {
				if (!dataset) continue;
				datasetFingerprints[dataset.id] = dataset.fingerprint;
				datasetRefs[dataset.id] = { name: dataset.name, tableName: dataset.tableName };
			}
			return this.add({ ...chart, datasetFingerprints, datasetRefs });
		});
	}

	/** Most recently created first. */
	async list(): Promise<ChartRecord[]> {
		return this.#db.charts.orderBy('createdAt').reverse().toArray();
	}

	/** Most recently changed first (a rename counts as a change). */
	async listRecentlyUpdated(limit = 50): Promise<ChartRecord[]> {
		return this.#db.charts.orderBy('updatedAt').reverse().limit(limit).toArray();
	}

	async get(id: string): Promise<ChartRecord | undefined> {
		return this.#db.charts.get(id);
	}

	async count(): Promise<number> {
		return this.#db.charts.count();
	}

	/** Change some fields; returns the updated record, undefined if it no longer exists. */
	async update(
		id: string,
		changes: Partial<Omit<ChartRecord, 'id' | 'createdAt'>>
	): Promise<ChartRecord | undefined> {
		const db = this.#db;
		return db.transaction('rw', db.charts, async () => {
			const current = await db.charts.get(id);
			if (!current) return undefined;
			const updated: ChartRecord = { ...current, ...changes, id, updatedAt: this.#now() };
			await db.charts.put(updated);
			return updated;
		});
	}

	/** Set a chart's title; undefined if the chart no longer exists. */
	async rename(id: string, title: string): Promise<ChartRecord | undefined> {
		return this.update(id, { title });
	}

	/**
	 * Store a copy of a chart under a new id and title (created now); undefined if the original
	 * no longer exists.
	 */
	async duplicate(id: string, title: string): Promise<ChartRecord | undefined> {
		const db = this.#db;
		return db.transaction('rw', db.charts, async () => {
			const original = await db.charts.get(id);
			if (!original) return undefined;
			const at = this.#now();
			const copy: ChartRecord = {
				...structuredClone(original),
				id: this.#newId(),
				title,
				createdAt: at,
				updatedAt: at
			};
			await db.charts.add(copy);
			return copy;
		});
	}

	async remove(id: string): Promise<void> {
		await this.#db.charts.delete(id);
	}
}
