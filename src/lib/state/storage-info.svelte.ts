/** How much this browser stores for Quarry, and whether it may evict it. */
import {
	estimate,
	isPersisted,
	requestPersistence,
	type StorageManagerLike
} from '$lib/storage/persist';

export class StorageInfo {
	/** Bytes used; null until known or when the browser cannot say. */
	usage = $state<number | null>(null);
	/** Bytes available in total; null until known or when the browser cannot say. */
	quota = $state<number | null>(null);
	/** True when the browser promised not to evict Quarry's data. */
	persisted = $state<boolean | null>(null);

	readonly #manager: StorageManagerLike | undefined;

	/** `manager` defaults to navigator.storage. */
	constructor(deps: { manager?: StorageManagerLike } = {}) {
		this.#manager = deps.manager ?? globalThis.navigator?.storage;
	}

	async refresh(): Promise<void> {
		const [usage, persisted] = await Promise.all([
			estimate(this.#manager),
			isPersisted(this.#manager)
		]);
		this.usage = usage?.usage ?? null;
		this.quota = usage?.quota ?? null;
		this.persisted = persisted;
	}

	/** Ask the browser to keep Quarry's data, then refresh. */
	async requestPersist(): Promise<void> {
		await requestPersistence(this.#manager);
		await this.refresh();
	}
}
