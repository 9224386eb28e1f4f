/**
 * A dataset whose data does not fit in the account's storage on the server stays pending with
 * the server's reason in the status, and everything else still syncs.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { sha256Hex } from '$lib/storage/fingerprint';
import { openTestDevice, type TestDevice } from '$test/sync/test-device';
import { startTestServer } from '$test/server/http-server';
import { makeContextRecord, makeDatasetRecord } from '$test/records';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function device(url: string): Promise<TestDevice> {
	return openTestDevice(url, cleanups);
}

it('keeps a dataset over the quota pending, says why, and syncs the rest', async () => {
	const server = await startTestServer({ config: { QUARRY_QUOTA_MB: '1' } });
	cleanups.push(() => server.close());
	const a = await device(server.url);
	const credentials = { serverUrl: '', username: 'quota', password: 'correct horse 7' };
	expect(await a.sync.register(credentials)).toEqual({ ok: true });

	const big = new Blob([new Uint8Array(1_500_000).fill(65)]);
	const fingerprint = await sha256Hex(big);
	await a.storage.datasets.saveImported(
		makeDatasetRecord({ id: 'big', name: 'Big', fingerprint }),
		big
	);
	await a.storage.db.contexts.put(makeContextRecord('c1', 'Still syncs'));
	await a.sync.syncNow();

	expect(a.sync.status).toMatchObject({ kind: 'error', pending: 1 });
	const message = a.sync.status.kind === 'error' ? a.sync.status.message : '';
	expect(message).toContain('refused the data of one dataset (datasets big)');
	expect(message).toMatch(/quota|storage/i);

	const b = await device(server.url);
	expect(await b.sync.signIn(credentials)).toEqual({ ok: true });
	await b.sync.syncNow();
	expect((await b.storage.db.contexts.get('c1'))?.name).toBe('Still syncs');
	expect(await b.storage.db.datasets.get('big')).toBeUndefined();
});
