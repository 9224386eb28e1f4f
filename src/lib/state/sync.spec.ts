/**
 * Two devices (two IndexedDB databases, each with its own SyncState and cookie) syncing through
 * the real Quarry server on 127.0.0.1 with a real SQLite file.
 */
import 'fake-indexeddb/auto';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/storage/fingerprint';
import type { ContextRecord } from '$lib/storage/records';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { cookieFetch, type CookieFetch } from '$test/sync/cookie-fetch';
import { freshDbName, makeContextRecord as context, makeDatasetRecord } from '$test/records';
import { SyncState } from './sync.svelte';

interface Device {
	storage: QuarryStorage;
	sync: SyncState;
	net: CookieFetch;
}

let server: TestServer;
const devices: Device[] = [];
let userCount = 0;

beforeAll(async () => {
	server = await startTestServer();
});

afterAll(async () => {
	await server.close();
});

afterEach(async () => {
	for (const { storage, sync } of devices.splice(0)) {
		sync.stop();
		storage.db.close();
		await storage.db.delete();
	}
});

/** A device whose background timers never fire: the test says when it syncs. */
async function device(): Promise<Device> {
	const storage = openStorage({ name: freshDbName('sync') });
	const net = cookieFetch(server.url);
	const sync = new SyncState({
		storage,
		pageOrigin: server.url,
		fetch: net.fetch,
		timers: { setTimer: () => 0, clearTimer: () => {} }
	});
	await sync.start();
	const made = { storage, sync, net };
	devices.push(made);
	return made;
}

/** Two devices signed in to one new account (A registers it). */
async function twoDevices(): Promise<[Device, Device]> {
	const a = await device();
	const b = await device();
	const credentials = { serverUrl: '', username: `ada${++userCount}`, password: 'correct horse 1' };
	expect(await a.sync.register(credentials)).toEqual({ ok: true });
	expect(await b.sync.signIn(credentials)).toEqual({ ok: true });
	await a.sync.syncNow();
	await b.sync.syncNow();
	return [a, b];
}

/** An edit through the repo, as the contexts page makes it. */
async function rename(on: Device, id: string, name: string): Promise<void> {
	const result = await on.storage.contexts.update(id, (current) => ({
		ok: true,
		value: { ...current, name }
	}));
	expect(result).toMatchObject({ ok: true });
}

describe('sync between two devices through the server', () => {
	it('shows a record created on A on B, and A pushes what it had before signing in', async () => {
		const a = await device();
		await a.storage.db.contexts.put(context('c0', 'Made before sign-in'));
		await a.storage.settings.set('theme', 'dark');
		await a.storage.settings.set('llm', { endpoint: 'http://secret.test' } as never);
		const credentials = {
			serverUrl: '',
			username: `bo${++userCount}`,
			password: 'correct horse 2'
		};
		expect(a.sync.deviceId).toBeNull();
		expect(await a.sync.register(credentials)).toEqual({ ok: true });
		// The kept-versions list tells this device's versions apart by this id.
		expect(a.sync.deviceId).toBe(await a.storage.sync.deviceId());
		expect(a.sync.deviceId).toMatch(/\S{8,}/);
		await a.storage.db.contexts.put(context('c1', 'Sales'));
		await a.sync.syncNow();
		expect(a.sync.status).toMatchObject({ kind: 'synced' });
		expect(a.sync.pending).toBe(0);

		const b = await device();
		expect(await b.sync.signIn(credentials)).toEqual({ ok: true });
		await b.sync.syncNow();
		expect((await b.storage.db.contexts.get('c1'))?.name).toBe('Sales');
		expect((await b.storage.db.contexts.get('c0'))?.name).toBe('Made before sign-in');
		expect(await b.storage.settings.get('theme')).toBe('dark');
		// Settings that stay on the device do not roam.
		expect(await b.storage.settings.get('llm')).toBeUndefined();
		// Nothing B received is pushed back.
		expect(b.sync.pending).toBe(0);
	});

	it('converges after both edit offline and keeps the losing version as a conflict', async () => {
		const [a, b] = await twoDevices();
		await a.storage.db.contexts.put(context('c1', 'First'));
		await a.sync.syncNow();
		await b.sync.syncNow();
		expect((await b.storage.db.contexts.get('c1'))?.name).toBe('First');

		a.net.isOffline = true;
		b.net.isOffline = true;
		await rename(a, 'c1', 'Edited on A');
		await rename(b, 'c1', 'Edited on B');
		await a.sync.syncNow();
		expect(a.sync.status).toMatchObject({ kind: 'offline', pending: 1 });

		a.net.isOffline = false;
		b.net.isOffline = false;
		await a.sync.syncNow();
		await b.sync.syncNow();
		await a.sync.syncNow();
		const onA = await a.storage.db.contexts.get('c1');
		const onB = await b.storage.db.contexts.get('c1');
		expect(onA?.name).toBe(onB?.name);
		// The server took B's edit last; A's is kept where the user can restore it.
		expect(onB?.name).toBe('Edited on B');
		expect(a.sync.conflicts).toHaveLength(1);
		const [copy] = a.sync.conflicts;
		expect(copy).toMatchObject({ table: 'contexts', recordId: 'c1' });
		expect((copy.data as ContextRecord).name).toBe('Edited on A');

		expect(await a.sync.restoreConflict(copy.id)).toEqual({ ok: true });
		await a.sync.syncNow();
		await b.sync.syncNow();
		expect((await b.storage.db.contexts.get('c1'))?.name).toBe('Edited on A');
		expect(a.sync.conflicts).toHaveLength(0);
	});

	it('deletes on B what A deleted (a tombstone on the server)', async () => {
		const [a, b] = await twoDevices();
		await a.storage.db.contexts.put(context('c1', 'Doomed'));
		await a.sync.syncNow();
		await b.sync.syncNow();
		expect(await b.storage.db.contexts.get('c1')).toBeDefined();
		expect(await a.storage.contexts.remove('c1')).toBe(true);
		await a.sync.syncNow();
		await b.sync.syncNow();
		expect(await b.storage.db.contexts.get('c1')).toBeUndefined();
		const pulled = await server.store.pull(a.sync.account!.userId, 0, 100);
		expect(pulled.records.find((r) => r.recordId === 'c1')).toMatchObject({
			deleted: true,
			data: null
		});
	});

	it('uploads a dataset file and downloads it on B on first use, checked by SHA-256', async () => {
		const [a, b] = await twoDevices();
		const bytes = new Blob([new Uint8Array(300_000).map((_, i) => i % 251)]);
		const fingerprint = await sha256Hex(bytes);
		await a.storage.datasets.saveImported(
			makeDatasetRecord({ id: 'd1', tableName: 'cars', fingerprint }),
			bytes
		);
		await a.sync.syncNow();
		await b.sync.syncNow();
		expect((await b.storage.datasets.get('d1'))?.tableName).toBe('cars');
		expect(b.sync.remoteOnlyDatasetIds.has('d1')).toBe(true);
		expect(await b.storage.datasets.loadFile('d1')).toBeUndefined();

		b.net.isOffline = true;
		const offline = await b.sync.ensureLocal('d1');
		expect(offline).toMatchObject({ ok: false, message: expect.stringMatching(/Connect/) });
		b.net.isOffline = false;
		expect(await b.sync.ensureLocal('d1')).toEqual({ ok: true });
		const stored = await b.storage.datasets.loadFile('d1');
		expect(await sha256Hex(stored!.blob)).toBe(fingerprint);
		expect(b.sync.pending).toBe(0);
	});

	it('stores nothing when the downloaded bytes do not match the fingerprint', async () => {
		const [a, b] = await twoDevices();
		const bytes = new Blob(['a,b\n1,2\n']);
		const fingerprint = await sha256Hex(bytes);
		await a.storage.datasets.saveImported(makeDatasetRecord({ id: 'd2', fingerprint }), bytes);
		await a.sync.syncNow();
		await b.sync.syncNow();
		// Damage the server's copy on disk.
		const dir = join(server.dataDir, 'files', fingerprint.slice(0, 2));
		expect(await readdir(dir)).toContain(fingerprint);
		await writeFile(join(dir, fingerprint), 'a,b\n9,9\n');
		const got = await b.sync.downloadAll();
		expect(got).toMatchObject({ ok: false, message: expect.stringMatching(/fingerprint/) });
		expect(await b.storage.datasets.loadFile('d2')).toBeUndefined();
	});

	it('applies a change once when its push is sent again after the answer was lost', async () => {
		const [a] = await twoDevices();
		await a.storage.db.contexts.put(context('c1', 'Once'));
		a.net.loseNextResponse('/api/sync/push');
		await a.sync.syncNow();
		expect(a.sync.status).toMatchObject({ kind: 'offline', pending: 1 });
		await a.sync.syncNow();
		expect(a.sync.pending).toBe(0);
		expect(a.sync.status).toMatchObject({ kind: 'synced' });
		const pulled = await server.store.pull(a.sync.account!.userId, 0, 100);
		expect(pulled.records.find((r) => r.recordId === 'c1')?.version).toBe(1);
	});

	it('signs out, keeps local data unless asked, and sends nothing while signed out', async () => {
		const [a] = await twoDevices();
		await a.storage.db.contexts.put(context('c1', 'Mine'));
		await a.sync.syncNow();
		expect(await a.sync.signOut({ removeLocalData: false })).toEqual({ ok: true });
		expect(a.sync.status).toEqual({ kind: 'signed-out' });
		expect(a.net.cookie).toBe('');
		expect(await a.storage.db.contexts.get('c1')).toBeDefined();
		a.net.isOffline = true; // any request would now fail the test below
		await a.sync.syncNow();
		expect(await a.sync.signOut({ removeLocalData: true })).toEqual({ ok: true });
		expect(await a.storage.db.contexts.count()).toBe(0);
		expect(await a.storage.settings.get('serverUrl')).toBe('');
		expect(await a.storage.db.outbox.count()).toBe(0);
	});

	it('changes the password; the other device’s session ends and it shows signed out', async () => {
		const [a, b] = await twoDevices();
		expect(await a.sync.changePassword('wrong password', 'a new long password')).toMatchObject({
			ok: false,
			field: 'password'
		});
		expect(await a.sync.changePassword('correct horse 1', 'a new long password')).toEqual({
			ok: true
		});
		await a.sync.syncNow();
		expect(a.sync.status).toMatchObject({ kind: 'synced' });
		await b.sync.syncNow();
		expect(b.sync.status).toEqual({ kind: 'signed-out' });
		expect(b.sync.account).toBeNull();
		expect((await b.storage.sync.account())?.isSignedIn).toBe(false);
	});

	it('says which record is too large to sync, syncs the rest, and clears once it is smaller', async () => {
		const [a, b] = await twoDevices();
		await a.storage.db.contexts.put({ ...context('big', 'Big'), notes: 'x'.repeat(1_100_000) });
		await a.storage.db.contexts.put(context('small', 'Small'));
		await a.sync.syncNow();
		expect(a.sync.status).toMatchObject({ kind: 'error', pending: 1 });
		expect(a.sync.status.kind === 'error' && a.sync.status.message).toContain('contexts big');
		await b.sync.syncNow();
		expect((await b.storage.db.contexts.get('small'))?.name).toBe('Small');
		expect(await b.storage.db.contexts.get('big')).toBeUndefined();
		await a.storage.db.contexts.put({ ...context('big', 'Big'), notes: 'short now' });
		await a.sync.syncNow();
		expect(a.sync.status).toMatchObject({ kind: 'synced' });
	});

	it('refuses a server address with a path or credentials before sending anything', async () => {
		const a = await device();
		a.net.isOffline = true; // a request would fail with another message
		const outcome = await a.sync.signIn({
			serverUrl: 'https://user:pw@quarry.example.com',
			username: 'ada',
			password: 'x'
		});
		expect(outcome).toMatchObject({ ok: false, field: 'server' });
		expect(a.sync.status).toEqual({ kind: 'signed-out' });
	});
});
