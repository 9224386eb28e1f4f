/**
 * Isolation, per endpoint: user B, signed in, tries every route that needs a session against
 * user A's records, conflict copies and files, and can neither read, list, change nor delete
 * them. The probes are keyed by route, so a new route fails here until it has one.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { SyncChange } from '$lib/core/sync/protocol';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { call, signUp } from '$test/server/api-client';

let server: TestServer;
let a: Awaited<ReturnType<typeof signUp>>;
let b: Awaited<ReturnType<typeof signUp>>;
let conflictId: string;
const bytes = new TextEncoder().encode('A private dataset file');
const sha = createHash('sha256').update(bytes).digest('hex');

function change(recordId: string, data: unknown, deviceSeq: number, changeId: string): SyncChange {
	return { changeId, table: 'charts', recordId, baseVersion: 0, deleted: false, data, deviceSeq };
}

async function push(cookie: string, deviceId: string, changes: SyncChange[]) {
	const response = await call(server.url, '/api/sync/push', {
		cookie,
		json: { deviceId, changes }
	});
	expect(response.status).toBe(200);
	return (await response.json()).results;
}

async function pullAll(cookie: string) {
	return (await (await call(server.url, '/api/sync/pull?since=0', { cookie })).json()).records;
}

beforeAll(async () => {
	server = await startTestServer();
	a = await signUp(server.url, 'alice', 'alice password 1');
	b = await signUp(server.url, 'bob', 'bob password 22');
	await push(a.cookie, 'alice-laptop', [change('chart-1', { title: 'A original' }, 1, 'a-1')]);
	const results = await push(a.cookie, 'alice-phone', [
		change('chart-1', { title: 'A phone' }, 1, 'a-2')
	]);
	expect(results[0].outcome).toBe('conflict');
	conflictId = results[0].conflictId;
	const upload = await call(server.url, `/api/files/${sha}`, {
		method: 'PATCH',
		cookie: a.cookie,
		body: bytes,
		headers: {
			'content-type': 'application/octet-stream',
			'upload-offset': '0',
			'upload-length': String(bytes.length)
		}
	});
	expect(upload.status).toBe(201);
});
afterAll(() => server.close());

/** A's state, unchanged by anything B did. */
async function expectAliceIntact(): Promise<void> {
	const records = await pullAll(a.cookie);
	expect(records).toHaveLength(1);
	expect(records[0]).toMatchObject({ recordId: 'chart-1', version: 2, data: { title: 'A phone' } });
	const conflicts = (
		await (await call(server.url, '/api/sync/conflicts', { cookie: a.cookie })).json()
	).conflicts;
	expect(conflicts.map((c: { id: string }) => c.id)).toEqual([conflictId]);
	const file = await call(server.url, `/api/files/${sha}`, { cookie: a.cookie });
	expect(file.status).toBe(200);
	expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
	const me = await (await call(server.url, '/api/account', { cookie: a.cookie })).json();
	expect(me).toMatchObject({ username: 'alice', storedBytes: bytes.length });
}

const probes: Record<string, () => Promise<void>> = {
	'GET /api/account': async () => {
		const me = await (await call(server.url, '/api/account', { cookie: b.cookie })).json();
		expect(me).toMatchObject({ userId: b.account.userId, username: 'bob', storedBytes: 0 });
	},
	'DELETE /api/account': async () => {
		const response = await call(server.url, '/api/account', {
			method: 'DELETE',
			cookie: b.cookie,
			json: { password: a.password }
		});
		expect(response.status).toBe(403);
	},
	'POST /api/auth/logout': async () => {
		const login = await call(server.url, '/api/auth/login', {
			json: { username: 'bob', password: b.password }
		});
		const extra = login.headers.getSetCookie()[0].split(';')[0];
		expect(
			(await call(server.url, '/api/auth/logout', { method: 'POST', cookie: extra })).status
		).toBe(204);
	},
	'POST /api/auth/password': async () => {
		const response = await call(server.url, '/api/auth/password', {
			cookie: b.cookie,
			json: { currentPassword: a.password, newPassword: 'taken over by bob' }
		});
		expect(response.status).toBe(403);
		const login = await call(server.url, '/api/auth/login', {
			json: { username: 'alice', password: a.password }
		});
		expect(login.status).toBe(200);
	},
	'POST /api/sync/push': async () => {
		const results = await push(b.cookie, 'bob-device', [
			change('chart-1', { title: 'B' }, 1, 'a-1'),
			{ ...change('chart-1', null, 2, 'b-del'), deleted: true, baseVersion: 2 }
		]);
		expect(results[0]).toMatchObject({ outcome: 'applied', record: { version: 1 } });
		expect(results[1]).toMatchObject({ outcome: 'applied', record: { version: 2, deleted: true } });
	},
	'GET /api/sync/pull': async () => {
		const records = await pullAll(b.cookie);
		expect(records.every((r: { data: unknown }) => JSON.stringify(r.data).indexOf('A ') < 0)).toBe(
			true
		);
	},
	'GET /api/sync/conflicts': async () => {
		const body = await (await call(server.url, '/api/sync/conflicts', { cookie: b.cookie })).json();
		expect(body.conflicts).toEqual([]);
	},
	'DELETE /api/sync/conflicts/{id}': async () => {
		const response = await call(server.url, `/api/sync/conflicts/${conflictId}`, {
			method: 'DELETE',
			cookie: b.cookie
		});
		expect(response.status).toBe(404);
	},
	'GET /api/files': async () => {
		const body = await (await call(server.url, '/api/files', { cookie: b.cookie })).json();
		expect(body.files).toEqual([]);
	},
	'HEAD /api/files/{sha256}': async () => {
		const response = await call(server.url, `/api/files/${sha}`, {
			method: 'HEAD',
			cookie: b.cookie
		});
		expect(response.status).toBe(404);
		expect(response.headers.get('upload-offset')).toBe('0');
	},
	'PATCH /api/files/{sha256}': async () => {
		const response = await call(server.url, `/api/files/${sha}`, {
			method: 'PATCH',
			cookie: b.cookie,
			body: new Uint8Array(0),
			headers: {
				'content-type': 'application/octet-stream',
				'upload-offset': String(bytes.length),
				'upload-length': String(bytes.length)
			}
		});
		expect(response.status).toBe(409);
		expect(response.headers.get('upload-offset')).toBe('0');
	},
	'GET /api/files/{sha256}': async () => {
		expect((await call(server.url, `/api/files/${sha}`, { cookie: b.cookie })).status).toBe(404);
	},
	'DELETE /api/files/{sha256}': async () => {
		const response = await call(server.url, `/api/files/${sha}`, {
			method: 'DELETE',
			cookie: b.cookie
		});
		expect(response.status).toBe(404);
	}
};

test('every route that needs a session has an isolation probe', () => {
	const guarded = server.api.routes
		.filter((route) => route.auth === 'session')
		.map((route) => `${route.method} ${route.path}`);
	expect(Object.keys(probes).sort()).toEqual(guarded.sort());
});

test.each(Object.keys(probes))('%s: B cannot reach A', async (key) => {
	await probes[key]();
	await expectAliceIntact();
});
