/**
 * Column profiles computed on demand, once per dataset: after an import and, for datasets
 * profiled before profiles took their current shape, on first use. Concurrent requests share
 * the work; a failure leaves the dataset unprofiled for the rest of the session.
 */
import type { DatasetRecord } from '$lib/storage/db';
import type { QuarryStorage } from '$lib/storage/storage';
import type { EnginePort } from './engine-port';
import { hasCurrentProfiles, profileDataset } from './profile-dataset';

export interface DatasetProfilesDeps {
	engine: EnginePort;
	storage: QuarryStorage;
	/** The dataset as the workspace shows it now (undefined once deleted). */
	getDataset: (id: string) => DatasetRecord | undefined;
	/** Called with the record that now carries the profiles. */
	onProfiled: (record: DatasetRecord) => void;
}

export class DatasetProfiles {
	/** Datasets whose column profiles are being computed. */
	profiling = $state.raw<readonly string[]>([]);
	/** Datasets whose profiling failed in this session: not tried again until the next one. */
	failed = $state.raw<readonly string[]>([]);

	readonly #deps: DatasetProfilesDeps;
	/** Profiles being computed, by dataset id (bookkeeping, not rendered). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #running = new Map<string, Promise<void>>();

	constructor(deps: DatasetProfilesDeps) {
		this.#deps = deps;
	}

	/** Profile `id` unless its profiles are current or failed before; never rejects. */
	profile(id: string): Promise<void> {
		const dataset = this.#deps.getDataset(id);
		if (!dataset || hasCurrentProfiles(dataset) || this.failed.includes(id)) {
			return this.#running.get(id) ?? Promise.resolve();
		}
		let running = this.#running.get(id);
		if (!running) {
			running = this.#run(dataset).finally(() => {
				this.#running.delete(id);
				this.profiling = this.profiling.filter((p) => p !== id);
			});
			this.#running.set(id, running);
			this.profiling = [...this.profiling, id];
		}
		return running;
	}

	async #run(record: DatasetRecord): Promise<void> {
		try {
			const updated = await profileDataset(this.#deps.engine, this.#deps.storage, record);
			if (updated && this.#deps.getDataset(updated.id)) this.#deps.onProfiled(updated);
		} catch {
			// The dataset works without profiles; the page says they are unavailable.
			this.failed = [...this.failed, record.id];
		}
	}
}
