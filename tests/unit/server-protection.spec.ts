/** What every route shares: sessions, the Origin rule, body checks, errors and request ids. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { call, signUp } from '$test/server/api-client';
import type { Route } from '$lib/server/http/types';

let server: TestServer;
let cookie: string;
beforeAll(async () => {
	server = await startTestServer({
		config: { QUARRY_ALLOWED_ORIGINS: 'https://app.example.org' }
	});
	cookie = (await signUp(server.url)).cookie;
});
afterAll(() => server.close());

const SHA = 'a'.repeat(64);

function concrete(route: Route): string {
	return route.path.replace('{sha256}', SHA).replace('{id}', 'some-id');
}

describe('sessions', () => {
	test('every route that needs a session answers 401 without one, or with a forged one', async () => {
		const guarded = server.api.routes.filter((route) => route.auth === 'session');
		expect(guarded.length).toBeGreaterThanOrEqual(11);
		for (const route of guarded) {
			for (const bad of [undefined, 'quarry_session=' + 'A'.repeat(43), 'quarry_session=x']) {
				const response = await call(server.url, concrete(route), {
					method: route.method,
					cookie: bad,
					json: route.method === 'POST' || route.method === 'DELETE' ? {} : undefined
				});
				expect(response.status, `${route.method} ${route.path}`).toBe(401);
				if (route.method !== 'HEAD') {
					expect((await response.json()).error.code).toBe('unauthenticated');
				}
			}
		}
	});

	test('the routes open without a session are exactly health, metrics, the docs, register and login', () => {
		const open = server.api.routes.filter((route) => route.auth === 'none').map((r) => r.path);
		expect(open.sort()).toEqual(
			[
				'/api/auth/login',
				'/api/auth/register',
				'/api/docs',
				'/api/health',
				'/api/openapi.json',
				'/metrics'
			].sort()
		);
	});
});

describe('Origin rule for writes', () => {
	test('a write from a foreign Origin is refused with 403, even with a valid session', async () => {
		const response = await call(server.url, '/api/auth/logout', {
			method: 'POST',
			cookie,
			headers: { origin: 'https://evil.example' }
		});
		expect(response.status).toBe(403);
		expect((await response.json()).error.code).toBe('forbidden_origin');
		expect((await call(server.url, '/api/account', { cookie })).status).toBe(200);
	});

	test('a cross-site browser request without Origin is refused; a non-browser client without one may write', async () => {
		const response = await call(server.url, '/api/sync/push', {
			cookie,
			json: { deviceId: 'd', changes: [] },
			headers: { origin: undefined, 'sec-fetch-site': 'cross-site' }
		});
		expect(response.status).toBe(403);
		const tool = await call(server.url, '/api/sync/push', {
			cookie,
			json: { deviceId: 'd', changes: [] },
			headers: { origin: undefined }
		});
		expect(tool.status).toBe(200);
	});

	test('an origin in QUARRY_ALLOWED_ORIGINS may write', async () => {
		const response = await call(server.url, '/api/sync/push', {
			cookie,
			json: { deviceId: 'd', changes: [] },
			headers: { origin: 'https://app.example.org' }
		});
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ results: [] });
	});

	test('sign-in from a foreign Origin is refused', async () => {
		const response = await call(server.url, '/api/auth/login', {
			json: { username: 'someone', password: 'whatever it is' },
			headers: { origin: 'https://evil.example' }
		});
		expect(response.status).toBe(403);
	});
});

describe('bodies', () => {
	test('a form-encoded POST is 415, for JSON routes and for logout', async () => {
		for (const path of ['/api/auth/login', '/api/sync/push', '/api/auth/logout']) {
			const response = await call(server.url, path, {
				method: 'POST',
				cookie,
				body: 'username=a&password=b',
				headers: { 'content-type': 'application/x-www-form-urlencoded' }
			});
			expect(response.status, path).toBe(415);
			expect((await response.json()).error.code).toBe('unsupported_media_type');
		}
	});

	test('text that is not JSON is 400', async () => {
		const response = await call(server.url, '/api/auth/login', {
			method: 'POST',
			body: '{"username":',
			headers: { 'content-type': 'application/json' }
		});
		expect(response.status).toBe(400);
		expect((await response.json()).error).toMatchObject({ code: 'invalid_json', field: 'body' });
	});

	test('a body over the route limit is 413', async () => {
		const response = await call(server.url, '/api/auth/login', {
			json: { username: 'someone', password: 'x'.repeat(10_000) }
		});
		expect(response.status).toBe(413);
		expect((await response.json()).error.code).toBe('body_too_large');
	});

	test('a push with a bad change names the field', async () => {
		const response = await call(server.url, '/api/sync/push', {
			cookie,
			json: {
				deviceId: 'device-1',
				changes: [
					{
						changeId: 'c1',
						table: 'nope',
						recordId: 'r',
						baseVersion: 0,
						deleted: false,
						data: {},
						deviceSeq: 1
					}
				]
			}
		});
		expect(response.status).toBe(400);
		expect((await response.json()).error.field).toBe('changes[0].table');
	});

	test('pull parameters are checked', async () => {
		const response = await call(server.url, '/api/sync/pull?since=-1', { cookie });
		expect(response.status).toBe(400);
		expect((await response.json()).error.field).toBe('since');
	});
});

describe('errors and request ids', () => {
	test('an unknown /api path is a JSON 404; a known path with another method is 405', async () => {
		const missing = await call(server.url, '/api/nothing-here');
		expect(missing.status).toBe(404);
		expect((await missing.json()).error.code).toBe('not_found');
		const wrong = await call(server.url, '/api/health', { method: 'DELETE' });
		expect(wrong.status).toBe(405);
		expect(wrong.headers.get('allow')).toBe('GET');
	});

	test('a safe X-Request-Id is echoed; anything else is replaced', async () => {
		const echoed = await call(server.url, '/api/health', {
			headers: { 'x-request-id': 'abc-123' }
		});
		expect(echoed.headers.get('x-request-id')).toBe('abc-123');
		const replaced = await call(server.url, '/api/health', {
			headers: { 'x-request-id': '<script>' }
		});
		expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
	});

	test('a failure inside a handler is a 500 that says only "internal error", and the log has the detail', async () => {
		const broken = await startTestServer();
		try {
			broken.store.countUsers = () => Promise.reject(new Error('disk on fire'));
			const response = await call(broken.url, '/metrics', {
				headers: { 'x-request-id': 'req-500' }
			});
			expect(response.status).toBe(500);
			const text = await response.text();
			expect(JSON.parse(text)).toEqual({
				error: { code: 'internal', message: 'internal error (request id req-500)' }
			});
			expect(text).not.toContain('disk on fire');
			const line = broken.logs.find((l) => l.requestId === 'req-500');
			expect(line).toMatchObject({ level: 'error', status: 500, error: 'disk on fire' });
			expect(line?.stack).toContain('disk on fire');
		} finally {
			await broken.close();
		}
	});
});
