/**
 * A server restored from an earlier backup: the devices that synced after the backup notice on
 * their next sync (their cursor is beyond the server's latest seq), pull from the start and push
 * their records again, so nothing they hold is missing on the server afterwards.
 */
import 'fake-indexeddb/auto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '$lib/server/store/open-store';
import { openTestDevice, type TestDevice } from '$test/sync/test-device';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { makeContextRecord as context } from '$test/records';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function device(url: string): Promise<TestDevice> {
	return openTestDevice(url, cleanups);
}

it('gives a server restored from an earlier backup back what a device changed after it', async () => {
	const dataDir = await mkdtemp(join(tmpdir(), 'quarry-restore-'));
	cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
	const database = join(dataDir, SQLITE_FILE_NAME);
	const backup = join(dataDir, 'backup.sqlite');
	let server: TestServer = await startTestServer({ dataDir });
	const port = Number(new URL(server.url).port);
	const restart = async () => {
		await server.close();
		server = await startTestServer({ dataDir, port });
	};
	cleanups.push(() => server.close());

	const a = await device(server.url);
	const credentials = { serverUrl: '', username: 'restorer', password: 'correct horse 9' };
	expect(await a.sync.register(credentials)).toEqual({ ok: true });
	await a.storage.db.contexts.put(context('c1', 'Before the backup'));
	await a.sync.syncNow();

	// The backup: the database file of a stopped server.
	await server.close();
	await copyFile(database, backup);
	server = await startTestServer({ dataDir, port });

	await a.storage.db.contexts.put(context('c1', 'Renamed after the backup'));
	await a.storage.db.contexts.put(context('c2', 'Made after the backup'));
	await a.sync.syncNow();
	expect(a.sync.pending).toBe(0);

	// The restore: the server goes back to the backup.
	await server.close();
	await copyFile(backup, database);
	await restart();

	await a.sync.syncNow();
	expect(a.sync.status).toMatchObject({ kind: 'synced' });
	expect(a.sync.pending).toBe(0);

	const b = await device(server.url);
	expect(await b.sync.signIn(credentials)).toEqual({ ok: true });
	await b.sync.syncNow();
	expect((await b.storage.db.contexts.get('c1'))?.name).toBe('Renamed after the backup');
	expect((await b.storage.db.contexts.get('c2'))?.name).toBe('Made after the backup');
	// A keeps what it had; nothing it held was lost by the restore.
	expect((await a.storage.db.contexts.get('c2'))?.name).toBe('Made after the backup');
});
