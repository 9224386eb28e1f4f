/**
 * Dataset files: resumable, content-addressed uploads and downloads. An account sees only the
 * files it holds: HEAD and GET answer 404 for bytes stored for someone else, and such bytes
 * are uploaded once more by the second account (then linked on disk, not copied).
 */
import { HttpError } from './errors';
import { errors, json, noContent } from './respond';
import { sha, upload } from './file-upload';
import { ref } from './schemas';
import type { Route, RouteContext } from './types';

function notHeld(): HttpError {
	return new HttpError(404, 'not_found', 'This account holds no such file.');
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
