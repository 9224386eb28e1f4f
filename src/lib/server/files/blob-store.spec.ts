import { createHash } from 'node:crypto';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { BlobStore, ChunkTooLarge } from './blob-store';

let dir: string;
let files: BlobStore;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'quarry-blobs-'));
	files = new BlobStore(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function body(...parts: string[]): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
			controller.close();
		}
	});
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

test('appends parts, refuses a part past the limit without keeping any of it, then verifies', async () => {
	const id = sha('hello world');
	expect(await files.append('u1', id, body('hello', ' '), 100)).toBe(6);
	await expect(files.append('u1', id, body('wor', 'ld and more'), 5)).rejects.toBeInstanceOf(
		ChunkTooLarge
	);
	expect(await files.partSize('u1', id)).toBe(6);
	expect(await files.append('u1', id, body('world'), 5)).toBe(11);
	expect(await files.complete('u1', id)).toBe(true);
	expect(await files.blobSize(id)).toBe(11);
	expect(await files.partSize('u1', id)).toBe(0);
});

test('unfinished uploads count per account, and stale ones are dropped', async () => {
	await files.append('u1', sha('a'), body('12345'), 100);
	await files.append('u1', sha('b'), body('123'), 100);
	await files.append('u2', sha('c'), body('1234567'), 100);
	expect(await files.pendingBytes('u1', sha('a'))).toBe(3);
	expect(await files.pendingBytes('u1', sha('z'))).toBe(8);
	const old = new Date(Date.now() - 8 * 24 * 3600 * 1000);
	await utimes(join(dir, 'uploads', 'u1', `${sha('a')}.part`), old, old);
	expect(await files.dropStaleUploads(Date.now(), 7 * 24 * 3600 * 1000)).toBe(1);
	expect(await files.partSize('u1', sha('a'))).toBe(0);
	expect(await files.partSize('u1', sha('b'))).toBe(3);
});

test('user ids that are not plain tokens never reach a path', async () => {
	await expect(files.partSize('../etc', sha('x'))).rejects.toThrow('unexpected user id');
});
