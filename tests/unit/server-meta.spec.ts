/** The OpenAPI document, the docs page, /metrics and the JSON log lines. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { call, signUp } from '$test/server/api-client';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
});
afterAll(() => server.close());

describe('OpenAPI', () => {
	test('is OpenAPI 3.1.0 JSON listing exactly the route table, with every $ref resolving', async () => {
		const response = await call(server.url, '/api/openapi.json');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/json');
		const doc = JSON.parse(await response.text());
		expect(doc.openapi).toBe('3.1.0');
		expect(doc.info.version).toBe(server.config.version);
		const listed = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
			Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`)
		);
		const table = server.api.routes.map((route) => `${route.method} ${route.path}`);
		expect(listed.sort()).toEqual(table.sort());

		const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)];
		expect(refs.length).toBeGreaterThan(10);
		for (const [, name] of refs) expect(doc.components.schemas[name], name).toBeDefined();

		const ids = new Set<string>();
		for (const ops of Object.values(
			doc.paths as Record<string, Record<string, Record<string, unknown>>>
		)) {
			for (const op of Object.values(ops)) {
				expect(typeof op.summary).toBe('string');
				expect(Object.keys(op.responses as object).length).toBeGreaterThan(0);
				ids.add(op.operationId as string);
			}
		}
		expect(ids.size).toBe(table.length);
	});

	test('routes that need a session say so (cookie auth), with 401 among their answers', async () => {
		const doc = await (await call(server.url, '/api/openapi.json')).json();
		expect(doc.components.securitySchemes.session).toMatchObject({
			type: 'apiKey',
			in: 'cookie',
			name: 'quarry_session'
		});
		for (const route of server.api.routes) {
			const op = doc.paths[route.path][route.method.toLowerCase()];
			if (route.auth === 'session') {
				expect(op.security).toEqual([{ session: [] }]);
				expect(op.responses['401'], `${route.method} ${route.path}`).toBeDefined();
			} else {
				expect(op.security).toEqual([]);
			}
		}
		const push = doc.paths['/api/sync/push'].post;
		expect(push.requestBody.content['application/json'].schema).toEqual({
			$ref: '#/components/schemas/PushRequest'
		});
		expect(push.responses['400'].content['application/json'].schema).toEqual({
			$ref: '#/components/schemas/ApiError'
		});
		const file = doc.paths['/api/files/{sha256}'].patch;
		expect(file.parameters.map((p: { name: string }) => p.name)).toEqual([
			'sha256',
			'Upload-Offset',
			'Upload-Length'
		]);
	});
});

describe('docs page', () => {
	test('is plain HTML listing every route, with no scripts and a strict policy', async () => {
		const response = await call(server.url, '/api/docs');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const policy = response.headers.get('content-security-policy') ?? '';
		expect(policy).toContain("default-src 'none'");
		expect(policy).not.toContain('unsafe');
		const html = await response.text();
		expect(html).not.toMatch(/<script|https?:\/\/(?!127)/i);
		for (const route of server.api.routes) {
			expect(html).toContain(`<span class="m">${route.method}</span><code>${route.path}</code>`);
		}
	});
});

describe('metrics', () => {
	test('counts requests by route pattern, pushes by outcome and users', async () => {
		const { cookie } = await signUp(server.url);
		const change = {
			changeId: 'm-1',
			table: 'queries',
			recordId: 'q',
			baseVersion: 0,
			deleted: false,
			data: { sql: 'select 1' },
			deviceSeq: 1
		};
		await call(server.url, '/api/sync/push', {
			cookie,
			json: { deviceId: 'd', changes: [change] }
		});
		await call(server.url, '/api/sync/push', {
			cookie,
			json: { deviceId: 'd', changes: [change] }
		});
		await call(server.url, `/api/files/${'e'.repeat(64)}`, { cookie });
		const response = await call(server.url, '/metrics');
		expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
		const text = await response.text();
		expect(text).toContain(
			'http_requests_total{method="POST",route="/api/sync/push",status="200"} 2'
		);
		expect(text).toContain(
			'http_requests_total{method="GET",route="/api/files/{sha256}",status="404"} 1'
		);
		expect(text).not.toContain('eeeeeeee');
		expect(text).toContain('quarry_sync_push_changes_total{outcome="applied"} 1');
		expect(text).toContain('quarry_sync_push_changes_total{outcome="duplicate"} 1');
		expect(text).toMatch(/^quarry_users 1$/m);
		expect(text).toMatch(
			/^http_request_duration_seconds_count\{method="POST",route="\/api\/sync\/push"\} 2$/m
		);
		expect(text).toMatch(
			/^http_request_duration_seconds_bucket\{method="POST",route="\/api\/sync\/push",le="\+Inf"\} 2$/m
		);
		expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
		for (const line of text.trim().split('\n')) {
			expect(line).toMatch(
				/^(# (HELP|TYPE) \w+ .+|\w+(\{(\w+="(?:[^"\\]|\\.)*",?)+\})? [\d.e+-]+)$/
			);
		}
	});

	test('needs the bearer token when QUARRY_METRICS_TOKEN is set', async () => {
		const token = 'metrics-token-0123456789';
		const guarded = await startTestServer({ config: { QUARRY_METRICS_TOKEN: token } });
		try {
			expect((await call(guarded.url, '/metrics')).status).toBe(401);
			const wrong = await call(guarded.url, '/metrics', {
				headers: { authorization: 'Bearer nope' }
			});
			expect(wrong.status).toBe(401);
			const ok = await call(guarded.url, '/metrics', {
				headers: { authorization: `Bearer ${token}` }
			});
			expect(ok.status).toBe(200);
		} finally {
			await guarded.close();
		}
	});
});

describe('logs', () => {
	test('one JSON line per request with request id, route pattern, status, time and user', async () => {
		const lines: string[] = [];
		const original = process.stdout.write.bind(process.stdout);
		const own = await startTestServer();
		try {
			const { cookie, account } = await signUp(own.url);
			await call(own.url, `/api/files/${'f'.repeat(64)}`, {
				cookie,
				headers: { 'x-request-id': 'trace-7' }
			});
			const line = own.logs.find((l) => l.requestId === 'trace-7');
			expect(line).toMatchObject({
				level: 'info',
				method: 'GET',
				route: '/api/files/{sha256}',
				status: 404,
				userId: account.userId
			});
			expect(Number.isNaN(Date.parse(line?.time ?? ''))).toBe(false);
			expect(typeof line?.ms).toBe('number');
			expect(own.logs).toHaveLength(2);
			expect(own.logs.every((l) => typeof l.requestId === 'string' && l.requestId.length > 0)).toBe(
				true
			);
		} finally {
			await own.close();
		}
		// The default log writes the same objects to stdout, one per line.
		const { stdoutLog } = await import('$lib/server/http/log');
		process.stdout.write = ((chunk: string) => {
			lines.push(chunk);
			return true;
		}) as typeof process.stdout.write;
		try {
			stdoutLog({ time: '2026-01-01T00:00:00.000Z', level: 'info', requestId: 'r1', status: 200 });
		} finally {
			process.stdout.write = original;
		}
		expect(lines).toEqual([
			'{"time":"2026-01-01T00:00:00.000Z","level":"info","requestId":"r1","status":200}\n'
		]);
	});
});
