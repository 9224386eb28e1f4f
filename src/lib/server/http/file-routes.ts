/**
 * Dataset files: resumable, content-addressed uploads and downloads. An account sees only the
 * files it holds: HEAD and GET answer 404 for bytes stored for someone else, and such bytes
 * are uploaded once more by the second account (then linked on disk, not copied).
 */
import { ChunkTooLarge, SHA256_PATTERN } from '../files/blob-store';
import { HttpError } from './errors';
import { declaredLength, mediaType } from './body';
import { errors, json, noContent } from './respond';
import { ref } from './schemas';
import type { Route, RouteContext } from './types';

/** Largest body of one PATCH request. */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

function sha(ctx: RouteContext): string {
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

function notHeld(): HttpError {
	return new HttpError(404, 'not_found', 'This account holds no such file.');
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

async function head(ctx: RouteContext): Promise<Response> {
	const sha256 = sha(ctx);
	const userId = ctx.session!.user.id;
	const held = await ctx.deps.store.getUserFile(userId, sha256);
	if (held) {
		return new Response(null, {
			status: 200,
			headers: {
				'content-length': String(held.bytes),
				etag: `"${sha256}"`,
				'cache-control': 'no-store'
			}
		});
	}
	const offset = await ctx.deps.files.partSize(userId, sha256);
	return new Response(null, {
		status: 404,
		headers: { 'upload-offset': String(offset), 'cache-control': 'no-store' }
	});
}

async function upload(ctx: RouteContext): Promise<Response> {
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
	const stored = await store.userStoredBytes(userId);
	if (stored + length > config.quotaBytes) {
		throw new HttpError(
			413,
			'quota_exceeded',
			`This file does not fit in the account's quota (${stored} of ${config.quotaBytes} bytes used).`
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

async function download(ctx: RouteContext): Promise<Response> {
	const sha256 = sha(ctx);
	const held = await ctx.deps.store.getUserFile(ctx.session!.user.id, sha256);
	if (!held) throw notHeld();
	const etag = `"${sha256}"`;
	const cache = 'private, max-age=31536000, immutable';
	if (ctx.request.headers.get('if-none-match') === etag) {
		return new Response(null, { status: 304, headers: { etag, 'cache-control': cache } });
	}
	const file = await ctx.deps.files.read(sha256);
	if (!file) throw new Error(`file ${sha256} is linked but missing on disk`);
	return new Response(file.stream, {
		status: 200,
		headers: {
			'content-type': 'application/octet-stream',
			'content-length': String(file.size),
			etag,
			'cache-control': cache
		}
	});
}

async function remove(ctx: RouteContext): Promise<Response> {
	const sha256 = sha(ctx);
	const { store, files } = ctx.deps;
	const userId = ctx.session!.user.id;
	await files.dropPart(userId, sha256);
	if (!(await store.getUserFile(userId, sha256))) throw notHeld();
	if (await store.removeUserFile(userId, sha256)) await files.remove(sha256);
	return noContent();
}

const shaParam = {
	name: 'sha256',
	in: 'path' as const,
	schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
	description: 'SHA-256 of the file, 64 lower-case hex digits.'
};

export const fileRoutes: Route[] = [
	{
		method: 'GET',
		path: '/api/files',
		auth: 'session',
		doc: {
			summary: 'Files this account holds',
			tags: ['files'],
			responses: { '200': { description: 'The files.', schema: ref('FileList') }, ...errors('401') }
		},
		handler: async (ctx) =>
			json({ files: await ctx.deps.store.listUserFiles(ctx.session!.user.id) })
	},
	{
		method: 'HEAD',
		path: '/api/files/{sha256}',
		auth: 'session',
		doc: {
			summary: 'Whether this account holds a file, or how much of its upload arrived',
			tags: ['files'],
			params: [shaParam],
			responses: {
				'200': { description: 'This account holds the file.' },
				'404': {
					description:
						"Not held; `Upload-Offset` says how many bytes of this account's upload arrived (0: none).",
					headers: { 'Upload-Offset': 'bytes received so far' }
				},
				...errors('400', '401')
			}
		},
		handler: head
	},
	{
		method: 'PATCH',
		path: '/api/files/{sha256}',
		auth: 'session',
		doc: {
			summary: 'Upload (part of) a file',
			description:
				"Send the bytes from `Upload-Offset` on, at most 8 MiB per request, with `Upload-Length` the whole file's size. The last part is checked against the SHA-256 before the file is kept.",
			tags: ['files'],
			params: [
				shaParam,
				{
					name: 'Upload-Offset',
					in: 'header',
					required: true,
					schema: { type: 'integer', minimum: 0 },
					description: 'Where this part starts.'
				},
				{
					name: 'Upload-Length',
					in: 'header',
					required: true,
					schema: { type: 'integer', minimum: 0 },
					description: 'Size of the whole file.'
				}
			],
			requestBody: {
				contentType: 'application/octet-stream',
				schema: { type: 'string', contentMediaType: 'application/octet-stream' }
			},
			responses: {
				'201': {
					description: 'Complete and verified (or already held).',
					headers: { 'Upload-Offset': 'the file size' }
				},
				'204': {
					description: 'Part stored; send the rest.',
					headers: { 'Upload-Offset': 'bytes received so far' }
				},
				...errors('400', '401', '403', '409', '413', '415', '422')
			}
		},
		handler: upload
	},
	{
		method: 'GET',
		path: '/api/files/{sha256}',
		auth: 'session',
		doc: {
			summary: 'Download a file',
			tags: ['files'],
			params: [shaParam],
			responses: {
				'200': {
					description: 'The bytes (ETag is the SHA-256).',
					contentType: 'application/octet-stream',
					schema: { type: 'string', contentMediaType: 'application/octet-stream' }
				},
				'304': { description: 'Not modified (If-None-Match).' },
				...errors('400', '401', '404')
			}
		},
		handler: download
	},
	{
		method: 'DELETE',
		path: '/api/files/{sha256}',
		auth: 'session',
		doc: {
			summary: 'Remove a file from this account',
			tags: ['files'],
			params: [shaParam],
			responses: { '204': { description: 'Removed.' }, ...errors('400', '401', '403', '404') }
		},
		handler: remove
	}
];
