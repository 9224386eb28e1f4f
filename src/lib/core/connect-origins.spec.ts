import { describe, expect, it } from 'vitest';
import {
	allowConnectOrigins,
	extraConnectOrigins,
	pageConnectHeaders,
	serverConnectOrigin
} from './connect-origins';

const POLICY = "default-src 'self'; connect-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const PAGE = 'http://127.0.0.1:4180';

describe('extraConnectOrigins', () => {
	it('gives the LLM and server origins that are not the page’s own, once each', () => {
		expect(
			extraConnectOrigins(
				{ llm: 'http://localhost:11434', server: 'https://quarry.example.org' },
				PAGE
			)
		).toEqual(['http://localhost:11434', 'https://quarry.example.org']);
		expect(extraConnectOrigins({ server: PAGE }, PAGE)).toEqual([]);
		expect(extraConnectOrigins({ server: 'HTTP://127.0.0.1:4180' }, PAGE)).toEqual([]);
		expect(extraConnectOrigins({ llm: 'http://a.b', server: 'http://a.b' }, PAGE)).toEqual([
			'http://a.b'
		]);
	});

	it('drops anything recorded that is not a plain http(s) origin', () => {
		expect(
			extraConnectOrigins(
				{ llm: "http://a.b; script-src 'unsafe-eval'", server: 'https://q.example/api' },
				PAGE
			)
		).toEqual([]);
		expect(extraConnectOrigins({ llm: '*', server: 'data:' }, PAGE)).toEqual([]);
		expect(extraConnectOrigins({ llm: null, server: undefined }, PAGE)).toEqual([]);
	});
});

describe('allowConnectOrigins', () => {
	it('adds each origin to connect-src and leaves other directives alone', () => {
		expect(allowConnectOrigins(POLICY, ['http://a.b', 'https://c.d:8443'])).toBe(
			"default-src 'self'; connect-src 'self' http://a.b https://c.d:8443; script-src 'self' 'wasm-unsafe-eval'"
		);
		expect(allowConnectOrigins(POLICY, [])).toBe(POLICY);
	});
});

describe('pageConnectHeaders', () => {
	const base = { policy: POLICY, etag: '"abc"', dest: 'document', pageOrigin: PAGE };

	it('allows the configured server on a page the browser opens, and names it in the ETag', () => {
		expect(pageConnectHeaders({ ...base, recorded: { server: 'https://sync.example' } })).toEqual({
			policy:
				"default-src 'self'; connect-src 'self' https://sync.example; script-src 'self' 'wasm-unsafe-eval'",
			etag: '"abc-https://sync.example"'
		});
	});

	it('allows both the LLM endpoint and the server', () => {
		const changed = pageConnectHeaders({
			...base,
			dest: null,
			recorded: { llm: 'http://localhost:11434', server: 'https://sync.example' }
		});
		expect(changed?.policy).toContain(
			"connect-src 'self' http://localhost:11434 https://sync.example;"
		);
		expect(changed?.etag).toBe('"abc-http://localhost:11434,https://sync.example"');
	});

	it('changes nothing for the service worker’s fetch, a page without a policy or no origin', () => {
		const recorded = { server: 'https://sync.example' };
		expect(pageConnectHeaders({ ...base, dest: 'empty', recorded })).toBeNull();
		expect(pageConnectHeaders({ ...base, policy: null, recorded })).toBeNull();
		expect(pageConnectHeaders({ ...base, recorded: {} })).toBeNull();
		expect(pageConnectHeaders({ ...base, recorded: { server: PAGE } })).toBeNull();
		expect(
			pageConnectHeaders({ ...base, recorded: { server: 'https://x.y; script-src *' } })
		).toBeNull();
	});

	it('keeps a missing ETag missing', () => {
		const changed = pageConnectHeaders({
			...base,
			etag: null,
			recorded: { llm: 'http://localhost:11434' }
		});
		expect(changed?.etag).toBeNull();
	});
});

describe('serverConnectOrigin', () => {
	it('is the origin of another server, null for this one or an empty address', () => {
		expect(serverConnectOrigin('https://Sync.Example/quarry/', PAGE)).toBe('https://sync.example');
		expect(serverConnectOrigin('  http://127.0.0.1:4180/  ', PAGE)).toBeNull();
		expect(serverConnectOrigin('', PAGE)).toBeNull();
		expect(serverConnectOrigin('not a url', PAGE)).toBeNull();
		expect(serverConnectOrigin('ftp://files.example', PAGE)).toBeNull();
	});
});
