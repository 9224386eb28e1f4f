/**
 * PATCH /api/files/{sha256}: one part of a resumable upload.
 * Parts append to the account's own partial file at the offset the server holds; the last one
 * is verified against the SHA-256 before the file is linked to the account.
 */
import { BodyInterrupted, ChunkTooLarge, SHA256_PATTERN } from '../files/blob-store';
import { declaredLength, mediaType } from './body';
import { HttpError } from './errors';
import { noContent } from './respond';
import type { RouteContext } from './types';

/** Largest body of one PATCH request. */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

export function sha(ctx: RouteContext): string {
	const value = ctx.params.sha256;
	if (!SHA256_PATTERN.test(value)) {
		throw new HttpError(
			400,
			'invalid_sha256',
			'The file name must be a SHA-256 in 64 lower-case hex digits.',
			'sha256'
		);
	}
	return value;
}

function headerInt(ctx: RouteContext, name: string): number {
	const raw = ctx.request.headers.get(name);
	if (raw === null || !/^\d{1,16}$/.test(raw)) {
		throw new HttpError(
			400,
			'invalid_header',
			`The ${name} header must be a whole number of bytes.`,
			name
		);
	}
	return Number(raw);
}

export async function upload(ctx: RouteContext): Promise<Response> {
	const sha256 = sha(ctx);
	const { store, files, config, now } = ctx.deps;
	const userId = ctx.session!.user.id;
	if (mediaType(ctx.request) !== 'application/octet-stream') {
		throw new HttpError(
			415,
			'unsupported_media_type',
			'Send the bytes as Content-Type: application/octet-stream.'
		);
	}
	const offset = headerInt(ctx, 'upload-offset');
	const length = headerInt(ctx, 'upload-length');
	if (length > config.maxFileBytes) {
		throw new HttpError(
			413,
			'file_too_large',
			`Files may be at most ${config.maxFileBytes} bytes on this server.`
		);
	}
	const held = await store.getUserFile(userId, sha256);
	if (held)
		return new Response(null, { status: 201, headers: { 'upload-offset': String(held.bytes) } });
	// Unfinished uploads count too, so that many abandoned ones cannot fill the disk.
	const stored = await store.userStoredBytes(userId);
	const pending = await files.pendingBytes(userId, sha256);
	if (stored + pending + length > config.quotaBytes) {
		throw new HttpError(
			413,
			'quota_exceeded',
			`This file does not fit in the account's quota (${stored} bytes stored, ${pending} in unfinished uploads, of ${config.quotaBytes}).`
		);
	}
	const chunkLimit = Math.min(MAX_CHUNK_BYTES, length - offset);
	const declared = declaredLength(ctx.request);
	const outcome = await files.exclusive(userId, sha256, async () => {
		const current = await files.partSize(userId, sha256);
		if (offset !== current) return { conflict: current };
		if (declared !== undefined && declared > chunkLimit) throw chunkTooLarge(chunkLimit);
		try {
			return { size: await files.append(userId, sha256, ctx.request.body, chunkLimit) };
		} catch (error) {
			if (error instanceof ChunkTooLarge) throw chunkTooLarge(chunkLimit);
			if (error instanceof BodyInterrupted) {
				throw new HttpError(
					400,
					'upload_interrupted',
					'The upload broke off; ask HEAD for the offset and resume.'
				);
			}
			throw error;
		}
	});
	if (!outcome.ran || 'conflict' in outcome.value) {
		const current =
			outcome.ran && 'conflict' in outcome.value
				? outcome.value.conflict
				: await files.partSize(userId, sha256);
		throw new HttpError(
			409,
			'offset_mismatch',
			`The upload is at byte ${current}; send from there.`,
			'upload-offset',
			{ 'upload-offset': String(current) }
		);
	}
	const size = outcome.value.size;
	if (size < length) return noContent({ 'upload-offset': String(size) });
	if (!(await files.complete(userId, sha256))) {
		throw new HttpError(
			422,
			'hash_mismatch',
			'The bytes received do not have this SHA-256; the upload was discarded.'
		);
	}
	await store.addUserFile(userId, { sha256, bytes: length, createdAt: now() });
	return new Response(null, {
		status: 201,
		headers: { 'upload-offset': String(size), 'cache-control': 'no-store' }
	});
}

function chunkTooLarge(limit: number): HttpError {
	return new HttpError(
		413,
		'chunk_too_large',
		`This request may carry at most ${limit} bytes (8 MiB per request, and no more than Upload-Length).`
	);
}
