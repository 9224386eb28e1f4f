/**
 * The server's API over real HTTP with its store in PostgreSQL (DATABASE_URL), as a user of a
 * PostgreSQL-backed server meets it: accounts, sync with a kept conflict, a dataset file shared
 * by two accounts, isolation between them, and deleting an account. Runs in the PostgreSQL
 * suite (vitest.pg.config.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncChange } from '$lib/core/sync/protocol';
import { call, signUp } from '$test/server/api-client';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { createTestSchema, type TestSchema } from '$test/server/postgres-test-db';

let schema: TestSchema;
let server: TestServer;

beforeAll(async () => {
	schema = await createTestSchema();
	server = await startTestServer({ config: { DATABASE_URL: schema.url } });
});

afterAll(async () => {
	await server?.close();
	await schema?.drop();
});

function change(recordId: string, data: unknown, deviceSeq: number, baseVersion = 0): SyncChange {
	return {
		changeId: `${recordId}-${deviceSeq}-${Math.random().toString(36).slice(2)}`,
		table: 'charts',
		recordId,
		baseVersion,
		deleted: false,
		data,
		deviceSeq
	};
}

async function push(cookie: string, deviceId: string, changes: SyncChange[]) {
	const response = await call(server.url, '/api/sync/push', {
		cookie,
		json: { deviceId, changes }
	});
	expect(response.status).toBe(200);
	return (await response.json()).results;
}

async function pull(cookie: string, since = 0) {
	const response = await call(server.url, `/api/sync/pull?since=${since}`, { cookie });
	expect(response.status).toBe(200);
	return response.json();
}

async function upload(cookie: string, bytes: Uint8Array) {
	const sha = createHash('sha256').update(bytes).digest('hex');
	const response = await call(server.url, `/api/files/${sha}`, {
		method: 'PATCH',
		cookie,
		body: bytes,
		headers: {
			'content-type': 'application/octet-stream',
			'upload-offset': '0',
			'upload-length': String(bytes.length)
		}
	});
	expect(response.status).toBe(201);
	return sha;
}

describe('the API on PostgreSQL', () => {
	it('runs on the PostgreSQL store', () => {
		expect(server.store.kind).toBe('postgres');
	});

	it('syncs two devices of one account, keeping the version that lost as a conflict copy', async () => {
		const { cookie } = await signUp(server.url);
		const [first] = await push(cookie, 'laptop', [change('c1', { title: 'Sales' }, 1)]);
		expect(first).toMatchObject({ outcome: 'applied', record: { version: 1, seq: 1 } });

		const onPhone = await pull(cookie);
		expect(onPhone.records.map((r: { recordId: string }) => r.recordId)).toEqual(['c1']);
		// The laptop edits again; the phone edits the version it saw, without seeing that.
		await push(cookie, 'laptop', [change('c1', { title: 'Sales by month' }, 2, 1)]);
		const [phone] = await push(cookie, 'phone', [change('c1', { title: 'Sales by week' }, 1, 1)]);
		expect(phone).toMatchObject({ outcome: 'conflict', record: { version: 3, seq: 3 } });

		const page = await pull(cookie, onPhone.cursor);
		expect(page.records).toHaveLength(1);
		expect(page.records[0].data).toEqual({ title: 'Sales by week' });
		const kept = await (await call(server.url, '/api/sync/conflicts', { cookie })).json();
		expect(kept.conflicts.map((c: { data: unknown }) => c.data)).toEqual([
			{ title: 'Sales by month' }
		]);
	});

	it('keeps accounts apart, shares stored bytes, and deleting an account removes only its own', async () => {
		const alice = await signUp(server.url, 'alice-pg', 'alice password 1');
		const bob = await signUp(server.url, 'bob-pg', 'bob password 22');
		await push(alice.cookie, 'a', [change('private', { title: 'Alice only' }, 1)]);
		expect((await pull(bob.cookie)).records).toEqual([]);

		const bytes = new TextEncoder().encode('region,amount\nnorth,10\n');
		const sha = await upload(alice.cookie, bytes);
		const head = await call(server.url, `/api/files/${sha}`, {
			method: 'HEAD',
			cookie: bob.cookie
		});
		expect(head.status).toBe(404);
		await upload(bob.cookie, bytes);
		const stored = join(server.dataDir, 'files', sha.slice(0, 2), sha);
		expect(existsSync(stored)).toBe(true);

		const gone = await call(server.url, '/api/account', {
			method: 'DELETE',
			cookie: alice.cookie,
			json: { password: alice.password }
		});
		expect(gone.status).toBe(204);
		const rows = await schema.pool.query(
			`SELECT (SELECT count(*) FROM sync_records WHERE user_id = $1)::int AS records,
			        (SELECT count(*) FROM sessions WHERE user_id = $1)::int AS sessions,
			        (SELECT count(*) FROM user_files WHERE user_id = $1)::int AS files`,
			[alice.account.userId]
		);
		expect(rows.rows[0]).toEqual({ records: 0, sessions: 0, files: 0 });
		// Bob still holds the file, so its bytes stay.
		expect(existsSync(stored)).toBe(true);
		const bobsCopy = await call(server.url, `/api/files/${sha}`, { cookie: bob.cookie });
		expect(new Uint8Array(await bobsCopy.arrayBuffer())).toEqual(bytes);
		const signIn = await call(server.url, '/api/auth/login', {
			json: { username: 'alice-pg', password: alice.password }
		});
		expect(signIn.status).toBe(401);
	});
});
