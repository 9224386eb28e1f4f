/** Accounts over real HTTP: sign-up, sign-in, sign-out, password change, account deletion. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { call, sessionFrom, signUp } from '$test/server/api-client';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());

const PASSWORD = 'correct horse battery';

async function upload(cookie: string, bytes: Uint8Array): Promise<string> {
	const sha = createHash('sha256').update(bytes).digest('hex');
	const response = await call(server.url, `/api/files/${sha}`, {
		method: 'PATCH',
		cookie,
		body: bytes,
		headers: {
			'content-type': 'application/octet-stream',
			'upload-offset': '0',
			'upload-length': String(bytes.byteLength)
		}
	});
	expect(response.status).toBe(201);
	return sha;
}

describe('register', () => {
	test('creates the account, signs in with an HttpOnly, SameSite=Lax cookie (not Secure over http)', async () => {
		const response = await call(server.url, '/api/auth/register', {
			json: { username: '  Ada.Lovelace_1 ', password: PASSWORD }
		});
		expect(response.status).toBe(201);
		const account = await response.json();
		expect(account).toMatchObject({ username: 'Ada.Lovelace_1', storedBytes: 0 });
		expect(account.quotaBytes).toBe(20480 * 1024 * 1024);
		const [cookie] = response.headers.getSetCookie();
		expect(cookie).toMatch(/^quarry_session=[A-Za-z0-9_-]{43}; /);
		expect(cookie).toContain('HttpOnly');
		expect(cookie).toContain('SameSite=Lax');
		expect(cookie).toContain('Path=/');
		expect(cookie).toContain(`Max-Age=${30 * 86400}`);
		expect(cookie).not.toContain('Secure');
		const me = await call(server.url, '/api/account', { cookie: sessionFrom(response) });
		expect(await me.json()).toEqual(account);
	});

	test('only a hash of the session token is stored', async () => {
		const { cookie } = await signUp(server.url);
		const token = cookie.split('=')[1];
		const hash = createHash('sha256').update(token).digest('hex');
		expect(await server.store.findSession(token, Date.now())).toBeUndefined();
		expect(await server.store.findSession(hash, Date.now())).toBeDefined();
	});

	test('a taken name, in any case, is 409 and names the field', async () => {
		await signUp(server.url, 'grace');
		const response = await call(server.url, '/api/auth/register', {
			json: { username: 'GRACE', password: PASSWORD }
		});
		expect(response.status).toBe(409);
		expect(await response.json()).toEqual({
			error: {
				code: 'username_taken',
				message: 'That username is taken. Choose another.',
				field: 'username'
			}
		});
	});

	test.each([
		[{ username: 'ab', password: PASSWORD }, 'username'],
		[{ username: 'a'.repeat(65), password: PASSWORD }, 'username'],
		[{ username: 'bad name', password: PASSWORD }, 'username'],
		[{ username: 'évariste', password: PASSWORD }, 'username'],
		[{ username: 42, password: PASSWORD }, 'username'],
		[{ username: 'someone', password: 'short' }, 'password'],
		[{ username: 'someone', password: 'x'.repeat(257) }, 'password'],
		[{ username: 'someone' }, 'password'],
		[[], 'body']
	])('rejects %j with 400 naming %s', async (json, field) => {
		const response = await call(server.url, '/api/auth/register', { json });
		expect(response.status).toBe(400);
		const body = await response.json();
		expect(body.error.field).toBe(field);
		expect(body.error.message.length).toBeGreaterThan(10);
	});

	test('closed registration answers 403 with a clear message', async () => {
		const closed = await startTestServer({ config: { QUARRY_REGISTRATION: 'closed' } });
		try {
			const response = await call(closed.url, '/api/auth/register', {
				json: { username: 'newcomer', password: PASSWORD }
			});
			expect(response.status).toBe(403);
			const body = await response.json();
			expect(body.error.code).toBe('registration_closed');
			expect(body.error.message).toContain('does not accept new accounts');
			expect(await closed.store.countUsers()).toBe(0);
		} finally {
			await closed.close();
		}
	});
});

describe('login and logout', () => {
	test('signs in; a wrong password and an unknown user get the same 401', async () => {
		const { username } = await signUp(server.url);
		const ok = await call(server.url, '/api/auth/login', {
			json: { username: username.toUpperCase(), password: PASSWORD }
		});
		expect(ok.status).toBe(200);
		expect((await ok.json()).username).toBe(username);
		expect(sessionFrom(ok)).toMatch(/^quarry_session=/);

		const wrong = await call(server.url, '/api/auth/login', {
			json: { username, password: 'not the password' }
		});
		const unknown = await call(server.url, '/api/auth/login', {
			json: { username: 'nobody-here', password: 'not the password' }
		});
		expect(wrong.status).toBe(401);
		expect(unknown.status).toBe(401);
		expect(await wrong.json()).toEqual(await unknown.json());
		expect(wrong.headers.getSetCookie()).toEqual([]);
	});

	test('logout ends the session and clears the cookie', async () => {
		const { cookie } = await signUp(server.url);
		const response = await call(server.url, '/api/auth/logout', { method: 'POST', cookie });
		expect(response.status).toBe(204);
		expect(response.headers.getSetCookie()[0]).toMatch(/^quarry_session=; .*Max-Age=0/);
		expect((await call(server.url, '/api/account', { cookie })).status).toBe(401);
	});

	test('the cookie is Secure when the request came over HTTPS', async () => {
		const request = new Request('https://quarry.example.org/api/auth/register', {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: 'https://quarry.example.org' },
			body: JSON.stringify({ username: 'secure-user', password: PASSWORD })
		});
		const response = await server.api.handle(request, '192.0.2.1');
		expect(response.status).toBe(201);
		expect(response.headers.getSetCookie()[0]).toContain('; Secure');
	});
});

describe('password change', () => {
	test('needs the current password, keeps this session and ends the others', async () => {
		const first = await signUp(server.url);
		const login = await call(server.url, '/api/auth/login', {
			json: { username: first.username, password: PASSWORD }
		});
		const other = sessionFrom(login);

		const wrong = await call(server.url, '/api/auth/password', {
			cookie: first.cookie,
			json: { currentPassword: 'not it at all', newPassword: 'a brand new secret' }
		});
		expect(wrong.status).toBe(403);
		expect((await wrong.json()).error.field).toBe('currentPassword');

		const short = await call(server.url, '/api/auth/password', {
			cookie: first.cookie,
			json: { currentPassword: PASSWORD, newPassword: 'short' }
		});
		expect(short.status).toBe(400);
		expect((await short.json()).error.field).toBe('newPassword');

		const ok = await call(server.url, '/api/auth/password', {
			cookie: first.cookie,
			json: { currentPassword: PASSWORD, newPassword: 'a brand new secret' }
		});
		expect(ok.status).toBe(204);
		expect((await call(server.url, '/api/account', { cookie: first.cookie })).status).toBe(200);
		expect((await call(server.url, '/api/account', { cookie: other })).status).toBe(401);
		const oldLogin = await call(server.url, '/api/auth/login', {
			json: { username: first.username, password: PASSWORD }
		});
		expect(oldLogin.status).toBe(401);
		const newLogin = await call(server.url, '/api/auth/login', {
			json: { username: first.username, password: 'a brand new secret' }
		});
		expect(newLogin.status).toBe(200);
	});
});

describe('delete account', () => {
	test('needs the password, then removes records, sessions and files only it held', async () => {
		const a = await signUp(server.url);
		const b = await signUp(server.url);
		const push = await call(server.url, '/api/sync/push', {
			cookie: a.cookie,
			json: {
				deviceId: 'device-a',
				changes: [
					{
						changeId: 'c1',
						table: 'queries',
						recordId: 'q1',
						baseVersion: 0,
						deleted: false,
						data: { sql: 'select 1' },
						deviceSeq: 1
					}
				]
			}
		});
		expect(push.status).toBe(200);
		const shared = await upload(a.cookie, new TextEncoder().encode('shared bytes'));
		await upload(b.cookie, new TextEncoder().encode('shared bytes'));
		const own = await upload(a.cookie, new TextEncoder().encode('only a has these'));

		const wrong = await call(server.url, '/api/account', {
			method: 'DELETE',
			cookie: a.cookie,
			json: { password: 'not the password' }
		});
		expect(wrong.status).toBe(403);
		expect((await call(server.url, '/api/account', { cookie: a.cookie })).status).toBe(200);

		const response = await call(server.url, '/api/account', {
			method: 'DELETE',
			cookie: a.cookie,
			json: { password: PASSWORD }
		});
		expect(response.status).toBe(204);
		expect(response.headers.getSetCookie()[0]).toMatch(/^quarry_session=; .*Max-Age=0/);
		expect((await call(server.url, '/api/account', { cookie: a.cookie })).status).toBe(401);
		const login = await call(server.url, '/api/auth/login', {
			json: { username: a.username, password: PASSWORD }
		});
		expect(login.status).toBe(401);
		expect((await server.store.pull(a.account.userId, 0, 10)).records).toEqual([]);
		const onDisk = async (sha: string) =>
			(
				await readdir(join(server.dataDir, 'files', sha.slice(0, 2))).catch((): string[] => [])
			).includes(sha);
		expect(await onDisk(own)).toBe(false);
		expect(await onDisk(shared)).toBe(true);
		const bGets = await call(server.url, `/api/files/${shared}`, { cookie: b.cookie });
		expect(await bGets.text()).toBe('shared bytes');
	});
});
