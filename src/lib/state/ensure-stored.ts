/** The engine's hook for synced datasets whose data is not on this device yet. */
import type { Result } from '$lib/engine/engine-api';
import type { QuarryStorage } from '$lib/storage/storage';
import type { AccountOutcome } from '$lib/sync/types';

/**
 * For the engine: download the data of those of `tableNames` (datasets' table names, any case)
 * that is only on the sync server. Fails with a message that names the dataset (offline, not
 * signed in, or data that does not match its fingerprint).
 */
export async function ensureStoredOver(
	storage: QuarryStorage,
	sync: { ensureLocal: (datasetId: string) => Promise<AccountOutcome> },
	tableNames: string[]
): Promise<Result<null>> {
	const remoteOnly = await storage.sync.remoteOnlyDatasetIds();
	if (remoteOnly.length === 0) return { ok: true, value: null };
	const wanted = tableNames.map((t) => t.toLowerCase());
	const datasets = await storage.datasets.list();
	for (const dataset of datasets) {
		if (!remoteOnly.includes(dataset.id) || !wanted.includes(dataset.tableName.toLowerCase()))
			continue;
		const got = await sync.ensureLocal(dataset.id);
		if (!got.ok) return { ok: false, error: { code: 'not-found', message: got.message } };
	}
	return { ok: true, value: null };
}
