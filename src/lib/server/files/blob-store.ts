/**
 * Dataset files on disk, content-addressed: `<dataDir>/files/aa/<sha256>` holds the bytes whose
 * SHA-256 is `<sha256>` (aa: its first two hex digits), once, however many accounts hold it.
 * An upload in progress is `<dataDir>/uploads/<userId>/<sha256>.part`, private to its account:
 * it grows by appended chunks and is hashed (streamed) before it is linked into files/. Which
 * account holds which file is kept by the store, not here.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** Thrown by append when the chunk would go past the allowed size; nothing of it is kept. */
export class ChunkTooLarge extends Error {}

/** Thrown by append when the request body broke off (the client went away); what came is kept. */
export class BodyInterrupted extends Error {}

async function sizeOf(path: string): Promise<number | undefined> {
	try {
		return (await stat(path)).size;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

function checkUserId(userId: string): string {
	if (!/^[A-Za-z0-9_-]{1,128}$/.test(userId)) throw new Error('unexpected user id');
	return userId;
}

export class BlobStore {
	private readonly busy = new Set<string>();

	constructor(readonly dataDir: string) {}

	/** Runs `task` unless an upload of the same file by the same account is running (false). */
	async exclusive<T>(
		userId: string,
		sha256: string,
		task: () => Promise<T>
	): Promise<{ ran: true; value: T } | { ran: false }> {
		const key = `${userId}/${sha256}`;
		if (this.busy.has(key)) return { ran: false };
		this.busy.add(key);
		try {
			return { ran: true, value: await task() };
		} finally {
			this.busy.delete(key);
		}
	}

	blobPath(sha256: string): string {
		return join(this.dataDir, 'files', sha256.slice(0, 2), sha256);
	}

	private uploadDir(userId: string): string {
		return join(this.dataDir, 'uploads', checkUserId(userId));
	}

	private partPath(userId: string, sha256: string): string {
		return join(this.uploadDir(userId), `${sha256}.part`);
	}

	async blobSize(sha256: string): Promise<number | undefined> {
		return sizeOf(this.blobPath(sha256));
	}

	/** Bytes of this account's partial upload received so far (0 when there is none). */
	async partSize(userId: string, sha256: string): Promise<number> {
		return (await sizeOf(this.partPath(userId, sha256))) ?? 0;
	}

	/**
	 * Appends a chunk to the partial upload, at most `maxBytes` of it. Over that, what this call
	 * wrote is cut off again and ChunkTooLarge is thrown. When the stream fails midway, what
	 * arrived stays (the client resumes from the offset HEAD reports). Returns the new size.
	 */
	async append(
		userId: string,
		sha256: string,
		body: ReadableStream<Uint8Array> | null,
		maxBytes: number
	): Promise<number> {
		await mkdir(this.uploadDir(userId), { recursive: true });
		const path = this.partPath(userId, sha256);
		const handle = await open(path, 'a');
		const start = (await handle.stat()).size;
		let written = 0;
		try {
			if (body) {
				const reader = body.getReader();
				for (;;) {
					const { done, value } = await reader.read().catch((error: unknown) => {
						throw new BodyInterrupted(String(error));
					});
					if (done) break;
					if (written + value.byteLength > maxBytes) {
						await reader.cancel().catch(() => undefined);
						throw new ChunkTooLarge();
					}
					await handle.write(value);
					written += value.byteLength;
				}
			}
		} catch (error) {
			if (error instanceof ChunkTooLarge) await handle.truncate(start);
			throw error;
		} finally {
			await handle.close().catch(() => undefined);
		}
		return start + written;
	}

	/**
	 * Hashes the complete partial upload. When it matches, the bytes become the stored file
	 * (renamed into place, or dropped when the same bytes are already stored) and true is
	 * returned; otherwise the partial upload is deleted and false returned.
	 */
	async complete(userId: string, sha256: string): Promise<boolean> {
		const path = this.partPath(userId, sha256);
		const digest = createHash('sha256');
		await pipeline(createReadStream(path), digest);
		if (digest.digest('hex') !== sha256) {
			await rm(path, { force: true });
			return false;
		}
		const target = this.blobPath(sha256);
		if ((await sizeOf(target)) !== undefined) {
			await rm(path, { force: true });
			return true;
		}
		await mkdir(join(this.dataDir, 'files', sha256.slice(0, 2)), { recursive: true });
		await rename(path, target);
		return true;
	}

	async dropPart(userId: string, sha256: string): Promise<void> {
		await rm(this.partPath(userId, sha256), { force: true });
	}

	/** Bytes of this account's unfinished uploads, except the one for `exceptSha256`. */
	async pendingBytes(userId: string, exceptSha256: string): Promise<number> {
		const dir = this.uploadDir(userId);
		const names = await readdir(dir).catch((): string[] => []);
		let total = 0;
		for (const name of names) {
			if (name === `${exceptSha256}.part`) continue;
			total += (await sizeOf(join(dir, name))) ?? 0;
		}
		return total;
	}

	/** Removes unfinished uploads not added to for `maxAgeMs`; returns how many. */
	async dropStaleUploads(now: number, maxAgeMs: number): Promise<number> {
		const root = join(this.dataDir, 'uploads');
		let dropped = 0;
		for (const user of await readdir(root).catch((): string[] => [])) {
			for (const name of await readdir(join(root, user)).catch((): string[] => [])) {
				const path = join(root, user, name);
				const info = await stat(path).catch(() => undefined);
				if (info && now - info.mtimeMs > maxAgeMs) {
					await rm(path, { force: true });
					dropped += 1;
				}
			}
		}
		return dropped;
	}

	/** Removes every partial upload of an account. */
	async dropUploads(userId: string): Promise<void> {
		await rm(this.uploadDir(userId), { recursive: true, force: true });
	}

	/** The stored file as a web stream, with its size; undefined when it is not on disk. */
	async read(
		sha256: string
	): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | undefined> {
		const path = this.blobPath(sha256);
		const size = await sizeOf(path);
		if (size === undefined) return undefined;
		const stream = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
		return { stream, size };
	}

	async remove(sha256: string): Promise<void> {
		try {
			await unlink(this.blobPath(sha256));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
}
