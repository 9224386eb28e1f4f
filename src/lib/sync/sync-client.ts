/**
 * One signed-in device's sync: a pass pushes the outbox then pulls what is new; datasets whose
 * data is only on the server are downloaded on first use (or all at once, for offline use).
 */
import type { SyncRecord } from '$lib/core/sync/protocol';
import type { DatasetsRepo } from '$lib/storage/datasets-repo';
import type { SyncRepo } from '$lib/storage/sync-repo';
import type { ApiClient, ApiResult } from './api-client';
import { downloadFile } from './files';
import { pullAll } from './puller';
import { pushAll, type PushSummary } from './pusher';

export interface SyncClientOptions {
	api: ApiClient;
	repo: SyncRepo;
	datasets: DatasetsRepo;
	deviceId: string;
}

export interface PassSummary {
	push: PushSummary;
	/** Records written locally by the pull. */
	pulled: SyncRecord[];
}

export class SyncClient {
	readonly api: ApiClient;
	readonly #options: SyncClientOptions;
	/** Downloads in progress, by dataset id (a second caller waits for the first). */
	readonly #downloads = new Map<string, Promise<ApiResult<null>>>();

	constructor(options: SyncClientOptions) {
		this.api = options.api;
		this.#options = options;
	}

	/**
	 * Push every pending change, then pull everything new. When the pull finds the server was
	 * restored from an earlier backup, every local record was queued again: push and pull once
	 * more, so the server has this device's records back within the same pass.
	 */
	async pass(): Promise<ApiResult<PassSummary>> {
		const first = await this.#pushThenPull();
		if (!first.ok || !first.value.isRebased) return first;
		return this.#pushThenPull();
	}

	async #pushThenPull(): Promise<ApiResult<PassSummary & { isRebased: boolean }>> {
		const { api, repo, datasets, deviceId } = this.#options;
		const pushed = await pushAll({
			api,
			repo,
			deviceId,
			loadFile: async (id) => (await datasets.loadFile(id))?.blob
		});
		if (!pushed.ok) return pushed;
		const pulled = await pullAll(api, repo);
		if (!pulled.ok) return pulled;
		const { applied, isRebased } = pulled.value;
		return { ok: true, value: { push: pushed.value, pulled: applied, isRebased } };
	}

	/** Make sure the dataset's stored copy is on this device (download and check it if not). */
	ensureLocal(datasetId: string): Promise<ApiResult<null>> {
		const running = this.#downloads.get(datasetId);
		if (running) return running;
		const download = this.#download(datasetId).finally(() => this.#downloads.delete(datasetId));
		this.#downloads.set(datasetId, download);
		return download;
	}

	async #download(datasetId: string): Promise<ApiResult<null>> {
		const { datasets, repo } = this.#options;
		const dataset = await datasets.get(datasetId);
		if (!dataset || (await datasets.loadFile(datasetId))) return { ok: true, value: null };
		const got = await downloadFile(this.api, dataset.fingerprint);
		if (!got.ok) return got;
		await repo.storeFile(datasetId, got.value, dataset.storedFormat);
		return { ok: true, value: null };
	}
}
