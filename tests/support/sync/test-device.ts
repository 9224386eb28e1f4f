/**
 * For specs: one simulated device (its own IndexedDB under fake-indexeddb, its own cookie jar)
 * syncing with a test server. Its background timers never fire: the spec says when it syncs.
 * `cleanups` gets what stops the device and deletes its database.
 */
import { SyncState } from '$lib/state/sync.svelte';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName } from '$test/records';
import { cookieFetch } from './cookie-fetch';

export interface TestDevice {
	storage: QuarryStorage;
	sync: SyncState;
}

export async function openTestDevice(
	url: string,
	cleanups: (() => Promise<void>)[]
): Promise<TestDevice> {
	const storage = openStorage({ name: freshDbName('sync-device') });
	const sync = new SyncState({
		storage,
		pageOrigin: url,
		fetch: cookieFetch(url).fetch,
		timers: { setTimer: () => 0, clearTimer: () => {} }
	});
	await sync.start();
	cleanups.push(async () => {
		sync.stop();
		storage.db.close();
		await storage.db.delete();
	});
	return { storage, sync };
}
