/** Dataset files: resumable uploads, verification, limits, and deduplication without an oracle. */
import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '$test/server/http-server';
import { call, signUp } from '$test/server/api-client';

let server: TestServer;
let a: string;
let b: string;
beforeAll(async () => {
	server = await startTestServer({ config: { QUARRY_MAX_FILE_MB: '20', QUARRY_QUOTA_MB: '24' } });
	a = (await signUp(server.url)).cookie;
	b = (await signUp(server.url)).cookie;
});
afterAll(() => server.close());

const MIB = 1024 * 1024;

function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

function patch(cookie: string, sha: string, bytes: Uint8Array, offset: number, length: number) {
	return call(server.url, `/api/files/${sha}`, {
		method: 'PATCH',
		cookie,
		body: bytes,
		headers: {
			'content-type': 'application/octet-stream',
			'upload-offset': String(offset),
			'upload-length': String(length)
		}
	});
}

async function offsetOf(
	cookie: string,
	sha: string
): Promise<{ status: number; offset: string | null }> {
	const response = await call(server.url, `/api/files/${sha}`, { method: 'HEAD', cookie });
	return { status: response.status, offset: response.headers.get('upload-offset') };
}

async function blobsOnDisk(): Promise<string[]> {
	const root = join(server.dataDir, 'files');
	const dirs = await readdir(root).catch((): string[] => []);
	const names = await Promise.all(dirs.map((dir) => readdir(join(root, dir))));
	return names.flat();
}

describe('resumable upload', () => {
	test('in parts: 204 with the offset, 409 at a wrong offset, 201 when complete; then GET streams it', async () => {
		const bytes = randomBytes(3 * MIB + 123);
		const sha = sha256(bytes);
		expect(await offsetOf(a, sha)).toEqual({ status: 404, offset: '0' });

		const first = await patch(a, sha, bytes.subarray(0, MIB), 0, bytes.length);
		expect(first.status).toBe(204);
		expect(first.headers.get('upload-offset')).toBe(String(MIB));
		expect(await offsetOf(a, sha)).toEqual({ status: 404, offset: String(MIB) });

		const wrong = await patch(a, sha, bytes.subarray(0, MIB), 0, bytes.length);
		expect(wrong.status).toBe(409);
		expect(wrong.headers.get('upload-offset')).toBe(String(MIB));
		expect((await wrong.json()).error.code).toBe('offset_mismatch');

		const rest = await patch(a, sha, bytes.subarray(MIB), MIB, bytes.length);
		expect(rest.status).toBe(201);
		expect(rest.headers.get('upload-offset')).toBe(String(bytes.length));
		expect((await offsetOf(a, sha)).status).toBe(200);

		const download = await call(server.url, `/api/files/${sha}`, { cookie: a });
		expect(download.status).toBe(200);
		expect(download.headers.get('content-length')).toBe(String(bytes.length));
		expect(download.headers.get('etag')).toBe(`"${sha}"`);
		expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
		const again = await call(server.url, `/api/files/${sha}`, {
			cookie: a,
			headers: { 'if-none-match': `"${sha}"` }
		});
		expect(again.status).toBe(304);

		const list = await (await call(server.url, '/api/files', { cookie: a })).json();
		expect(list.files).toEqual([expect.objectContaining({ sha256: sha, bytes: bytes.length })]);
		const account = await (await call(server.url, '/api/account', { cookie: a })).json();
		expect(account.storedBytes).toBe(bytes.length);
		expect(
			await call(server.url, `/api/files/${sha}`, { method: 'DELETE', cookie: a })
		).toHaveProperty('status', 204);
		expect(await blobsOnDisk()).not.toContain(sha);
	});

	test('an interrupted request keeps what arrived; the upload resumes from there', async () => {
		const bytes = randomBytes(2 * MIB);
		const sha = sha256(bytes);
		const sent = MIB + 4096;
		const logsBefore = server.logs.length;
		const req = httpRequest(new URL(`/api/files/${sha}`, server.url), {
			method: 'PATCH',
			headers: {
				cookie: a,
				origin: server.url,
				'content-type': 'application/octet-stream',
				'upload-offset': '0',
				'upload-length': String(bytes.length),
				'content-length': String(bytes.length)
			}
		});
		req.on('error', () => undefined); // the break below is on purpose
		req.write(bytes.subarray(0, sent));
		// Break the connection once the server has stored every byte sent, however slow its disk:
		// bytes still in Node's buffers when a connection ends have not arrived.
		await expect
			.poll(async () => (await offsetOf(a, sha)).offset, { timeout: 30_000, interval: 20 })
			.toBe(String(sent));
		req.destroy();
		// the interrupted PATCH has answered (400 upload_interrupted) and released the upload
		await expect
			.poll(
				() =>
					server.logs
						.slice(logsBefore)
						.some((line) => line.method === 'PATCH' && line.status === 400),
				{ timeout: 30_000, interval: 20 }
			)
			.toBe(true);
		const offset = Number((await offsetOf(a, sha)).offset);
		expect(offset).toBe(sent);
		const rest = await patch(a, sha, bytes.subarray(offset), offset, bytes.length);
		expect(rest.status).toBe(201);
		const download = await call(server.url, `/api/files/${sha}`, { cookie: a });
		expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
	});

	test('bytes that do not match the SHA-256 are 422 and the partial upload is dropped', async () => {
		const bytes = new TextEncoder().encode('these are not the bytes you named');
		const sha = sha256(new TextEncoder().encode('something else'));
		const response = await patch(a, sha, bytes, 0, bytes.length);
		expect(response.status).toBe(422);
		expect((await response.json()).error.code).toBe('hash_mismatch');
		expect(await offsetOf(a, sha)).toEqual({ status: 404, offset: '0' });
		expect(await blobsOnDisk()).not.toContain(sha);
	});

	test('an empty file uploads in one request', async () => {
		const empty = new Uint8Array(0);
		const response = await patch(a, sha256(empty), empty, 0, 0);
		expect(response.status).toBe(201);
	});
});

describe('limits', () => {
	test('a file over QUARRY_MAX_FILE_MB is 413 before anything is stored', async () => {
		const response = await patch(a, 'b'.repeat(64), new Uint8Array(10), 0, 21 * MIB);
		expect(response.status).toBe(413);
		expect((await response.json()).error.code).toBe('file_too_large');
		expect(await offsetOf(a, 'b'.repeat(64))).toEqual({ status: 404, offset: '0' });
	});

	test('a file that does not fit in the account quota is 413', async () => {
		const big = randomBytes(16 * MIB);
		const sha = sha256(big);
		expect((await patch(b, sha, big.subarray(0, 8 * MIB), 0, big.length)).status).toBe(204);
		expect((await patch(b, sha, big.subarray(8 * MIB), 8 * MIB, big.length)).status).toBe(201);
		const next = randomBytes(9 * MIB);
		const response = await patch(b, sha256(next), next.subarray(0, MIB), 0, next.length);
		expect(response.status).toBe(413);
		expect((await response.json()).error.code).toBe('quota_exceeded');
		await call(server.url, `/api/files/${sha}`, { method: 'DELETE', cookie: b });
		// Unfinished uploads count against the quota too.
		const first = randomBytes(13 * MIB);
		expect(
			(await patch(b, sha256(first), first.subarray(0, 8 * MIB), 0, first.length)).status
		).toBe(204);
		const second = randomBytes(17 * MIB);
		const refused = await patch(b, sha256(second), second.subarray(0, MIB), 0, second.length);
		expect(refused.status).toBe(413);
		await call(server.url, `/api/files/${sha256(first)}`, { method: 'DELETE', cookie: b });
		expect((await patch(b, sha256(second), second.subarray(0, MIB), 0, second.length)).status).toBe(
			204
		);
		await call(server.url, `/api/files/${sha256(second)}`, { method: 'DELETE', cookie: b });
	});

	test('a request over 8 MiB or past Upload-Length is 413 and stores nothing of it', async () => {
		const bytes = randomBytes(8 * MIB + 1);
		const sha = sha256(bytes);
		const response = await patch(a, sha, bytes, 0, bytes.length);
		expect(response.status).toBe(413);
		expect((await response.json()).error.code).toBe('chunk_too_large');
		const small = new TextEncoder().encode('0123456789');
		const past = await patch(a, sha256(small), small, 0, 5);
		expect(past.status).toBe(413);
		expect(await offsetOf(a, sha256(small))).toEqual({ status: 404, offset: '0' });
	});

	test('wrong content type, missing headers and a bad name are refused clearly', async () => {
		const sha = 'c'.repeat(64);
		const text = await call(server.url, `/api/files/${sha}`, {
			method: 'PATCH',
			cookie: a,
			body: 'x',
			headers: { 'content-type': 'text/plain', 'upload-offset': '0', 'upload-length': '1' }
		});
		expect(text.status).toBe(415);
		const missing = await call(server.url, `/api/files/${sha}`, {
			method: 'PATCH',
			cookie: a,
			body: 'x',
			headers: { 'content-type': 'application/octet-stream', 'upload-offset': '0' }
		});
		expect(missing.status).toBe(400);
		expect((await missing.json()).error.field).toBe('upload-length');
		const name = await call(server.url, '/api/files/NOT-A-HASH', { cookie: a });
		expect(name.status).toBe(400);
		expect((await name.json()).error.field).toBe('sha256');
	});
});

describe('deduplication across accounts', () => {
	test('B cannot learn that A holds a file; B uploads it once more and the bytes are linked, not copied', async () => {
		const bytes = randomBytes(64 * 1024);
		const sha = sha256(bytes);
		expect((await patch(a, sha, bytes, 0, bytes.length)).status).toBe(201);

		expect(await offsetOf(b, sha)).toEqual({ status: 404, offset: '0' });
		expect((await call(server.url, `/api/files/${sha}`, { cookie: b })).status).toBe(404);
		const claim = await patch(b, sha, new Uint8Array(0), bytes.length, bytes.length);
		expect(claim.status).toBe(409);
		expect(claim.headers.get('upload-offset')).toBe('0');

		expect((await patch(b, sha, bytes, 0, bytes.length)).status).toBe(201);
		expect((await blobsOnDisk()).filter((name) => name === sha)).toHaveLength(1);
		expect(
			await readdir(
				join(server.dataDir, 'uploads', (await server.store.listUserFiles('x')).length ? 'x' : '')
			)
		).toBeDefined();

		expect(
			(await call(server.url, `/api/files/${sha}`, { method: 'DELETE', cookie: a })).status
		).toBe(204);
		expect(await blobsOnDisk()).toContain(sha);
		const download = await call(server.url, `/api/files/${sha}`, { cookie: b });
		expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
		expect(
			(await call(server.url, `/api/files/${sha}`, { method: 'DELETE', cookie: b })).status
		).toBe(204);
		expect(await blobsOnDisk()).not.toContain(sha);
	});
});
