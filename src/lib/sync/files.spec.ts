/** Dataset file transfer against the real server on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/storage/fingerprint';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { cookieFetch } from '$test/sync/cookie-fetch';
import { ApiClient } from './api-client';
import { downloadFile, uploadFile } from './files';

let server: TestServer;
let users = 0;

beforeAll(async () => {
	server = await startTestServer();
});

afterAll(async () => {
	await server.close();
});

/** A signed-in client, and the paths of the requests it sends. */
async function signedIn() {
	const net = cookieFetch(server.url);
	const paths: string[] = [];
	const api = new ApiClient({
		origin: server.url,
		fetch: (input, init) => {
			paths.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
			return net.fetch(input, init);
		}
	});
	const account = await api.register(`files${++users}`, 'correct horse 3');
	expect(account.ok).toBe(true);
	return { api, net, paths };
}

describe('dataset files', () => {
	it('resumes an interrupted upload where the server stopped, then downloads it intact', async () => {
		const { api, net, paths } = await signedIn();
		const blob = new Blob([new Uint8Array(10_000).map((_, i) => (i * 7) % 256)]);
		const sha = await sha256Hex(blob);
		net.loseNextResponse(`/api/files/${sha}`); // the HEAD
		expect(await uploadFile(api, sha, blob, 4_000)).toMatchObject({
			ok: false,
			error: { code: 'offline' }
		});
		// Send one chunk, then lose the answer to the second.
		const first = await api.uploadChunk(sha, 0, blob.size, blob.slice(0, 4_000));
		expect(first).toEqual({ ok: true, value: { complete: false, offset: 4_000 } });
		net.loseNextResponse(`/api/files/${sha}`);
		await api.uploadChunk(sha, 4_000, blob.size, blob.slice(4_000, 8_000));
		paths.length = 0;
		expect(await uploadFile(api, sha, blob, 4_000)).toEqual({ ok: true, value: null });
		// It asked where the server was and sent only the last 2,000 bytes.
		expect(paths).toEqual([`HEAD /api/files/${sha}`, `PATCH /api/files/${sha}`]);
		expect(await api.fileStatus(sha)).toEqual({ ok: true, value: { held: true } });

		const got = await downloadFile(api, sha);
		expect(got.ok && (await sha256Hex(got.value))).toBe(sha);
	});

	it('sends nothing for a file the account holds already', async () => {
		const { api, paths } = await signedIn();
		const blob = new Blob(['a,b\n1,2\n']);
		const sha = await sha256Hex(blob);
		expect(await uploadFile(api, sha, blob)).toEqual({ ok: true, value: null });
		paths.length = 0;
		expect(await uploadFile(api, sha, blob)).toEqual({ ok: true, value: null });
		expect(paths).toEqual([`HEAD /api/files/${sha}`]);
	});

	it('fails with the server’s reason when the bytes do not match their SHA-256', async () => {
		const { api } = await signedIn();
		const blob = new Blob(['not what the name says']);
		const result = await uploadFile(api, 'ab'.repeat(32), blob);
		expect(result).toMatchObject({ ok: false, error: { status: 422 } });
	});

	it('answers 401 without a session', async () => {
		const api = new ApiClient({ origin: server.url, fetch: cookieFetch(server.url).fetch });
		expect(await api.account()).toMatchObject({
			ok: false,
			error: { status: 401, code: 'unauthenticated', message: expect.any(String) }
		});
	});
});
