/** Sign-in throttling per account and per IP address, and sign-up throttling per IP. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { signUp } from '$test/server/api-client';

let server: TestServer;
let clock = 1_800_000_000_000;
const MINUTE = 60_000;

beforeAll(async () => {
	server = await startTestServer({ now: () => clock });
});
afterAll(() => server.close());

/** Posts straight to the API as if from `ip` (the address the throttles key on). */
function post(path: string, json: unknown, ip: string): Promise<Response> {
	return server.api.handle(
		new Request(`${server.url}${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.url },
			body: JSON.stringify(json)
		}),
		ip
	);
}

const PASSWORD = 'correct horse battery';

test('an account is locked after 5 failures, for a doubling time, whatever the IP', async () => {
	const { username } = await signUp(server.url, 'target-account');
	for (let i = 0; i < 5; i++) {
		expect(
			(await post('/api/auth/login', { username, password: 'guess ' + i }, `198.51.100.${i}`))
				.status
		).toBe(401);
	}
	const locked = await post('/api/auth/login', { username, password: PASSWORD }, '203.0.113.9');
	expect(locked.status).toBe(429);
	expect(locked.headers.get('retry-after')).toBe('60');
	expect((await locked.json()).error.message).toContain('Try again in 60 seconds');
	// Another account from the same addresses is not affected.
	const other = await signUp(server.url, 'bystander');
	expect(
		(
			await post(
				'/api/auth/login',
				{ username: other.username, password: PASSWORD },
				'198.51.100.1'
			)
		).status
	).toBe(200);

	clock += MINUTE;
	for (let i = 0; i < 5; i++) {
		expect(
			(await post('/api/auth/login', { username, password: 'again ' + i }, '198.51.100.7')).status
		).toBe(401);
	}
	const second = await post('/api/auth/login', { username, password: PASSWORD }, '198.51.100.7');
	expect(second.status).toBe(429);
	expect(second.headers.get('retry-after')).toBe('120');
	clock += 2 * MINUTE;
	expect(
		(await post('/api/auth/login', { username, password: PASSWORD }, '198.51.100.7')).status
	).toBe(200);
});

test('an IP address is locked after 20 failures, across accounts', async () => {
	const ip = '192.0.2.50';
	const victim = await signUp(server.url, 'unrelated-user');
	for (let i = 0; i < 20; i++) {
		expect(
			(await post('/api/auth/login', { username: `nobody${i}`, password: 'wrong password' }, ip))
				.status
		).toBe(401);
	}
	const locked = await post(
		'/api/auth/login',
		{ username: victim.username, password: PASSWORD },
		ip
	);
	expect(locked.status).toBe(429);
	expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
	// The account itself is not locked: from another address it signs in.
	expect(
		(await post('/api/auth/login', { username: victim.username, password: PASSWORD }, '192.0.2.51'))
			.status
	).toBe(200);
	clock += 61 * 1000;
	expect(
		(await post('/api/auth/login', { username: victim.username, password: PASSWORD }, ip)).status
	).toBe(200);
});

test('sign-ups hitting taken names are throttled per IP address', async () => {
	const ip = '192.0.2.77';
	await signUp(server.url, 'popular');
	for (let i = 0; i < 10; i++) {
		expect(
			(await post('/api/auth/register', { username: 'popular', password: PASSWORD }, ip)).status
		).toBe(409);
	}
	const locked = await post(
		'/api/auth/register',
		{ username: 'fresh-name', password: PASSWORD },
		ip
	);
	expect(locked.status).toBe(429);
	expect(locked.headers.get('retry-after')).toBe('900');
	expect(
		(await post('/api/auth/register', { username: 'fresh-name', password: PASSWORD }, '192.0.2.78'))
			.status
	).toBe(201);
});

test('failures are counted in /metrics', async () => {
	const text = await (await fetch(`${server.url}/metrics`)).text();
	const failures = Number(/^quarry_login_failures_total (\d+)$/m.exec(text)?.[1]);
	expect(failures).toBeGreaterThanOrEqual(30);
});

test('a session slides: used within 30 days it lasts, and the cookie is sent again; unused it ends', async () => {
	const { cookie } = await signUp(server.url, 'slider');
	const account = () =>
		server.api.handle(
			new Request(`${server.url}/api/account`, { headers: { cookie } }),
			'192.0.2.9'
		);
	const DAY = 24 * 60 * MINUTE;
	clock += 29 * DAY;
	const used = await account();
	expect(used.status).toBe(200);
	expect(used.headers.get('set-cookie')).toContain(`${cookie}; Path=/; Max-Age=${30 * 86400}`);
	const again = await account();
	expect(again.headers.get('set-cookie')).toBeNull();
	clock += 29 * DAY;
	expect((await account()).status).toBe(200);
	clock += 31 * DAY;
	expect((await account()).status).toBe(401);
});
