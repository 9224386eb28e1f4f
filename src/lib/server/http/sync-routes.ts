/** Push, pull and conflict copies (src/lib/core/sync/protocol.ts, docs/sync.md). */
import { SYNC_LIMITS, type PullResponse, type PushRequest } from '$lib/core/sync/protocol';
import { HttpError } from './errors';
import { errors, json, noContent } from './respond';
import { ref } from './schemas';
import { pushRequest } from './sync-body';
import type { Route, RouteContext } from './types';
import { intParam } from './validate';

const CONFLICT_LIST_LIMIT = 1000;

async function push(ctx: RouteContext): Promise<Response> {
	const { deviceId, changes } = ctx.body as PushRequest;
	const { store, metrics, now } = ctx.deps;
	const results = await store.push(ctx.session!.user.id, deviceId, changes, now());
	for (const result of results) metrics.pushOutcome(result.outcome);
	return json({ results });
}

async function pull(ctx: RouteContext): Promise<Response> {
	const since = intParam(ctx.url, 'since', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
	const limit = intParam(ctx.url, 'limit', {
		min: 1,
		max: SYNC_LIMITS.maxPullLimit,
		fallback: SYNC_LIMITS.maxPullLimit
	});
	const { records, hasMore } = await ctx.deps.store.pull(ctx.session!.user.id, since, limit);
	const cursor = records.length > 0 ? records[records.length - 1].seq : since;
	return json({ records, cursor, hasMore } satisfies PullResponse);
}

async function deleteConflict(ctx: RouteContext): Promise<Response> {
	const id = ctx.params.id;
	if (id.length > SYNC_LIMITS.maxIdLength)
		throw new HttpError(404, 'not_found', 'No such conflict copy.');
	const isDeleted = await ctx.deps.store.deleteConflict(ctx.session!.user.id, id);
	if (!isDeleted) throw new HttpError(404, 'not_found', 'No such conflict copy.');
	return noContent();
}

export const syncRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/sync/push',
		auth: 'session',
		body: { maxBytes: SYNC_LIMITS.maxPushBytes, validate: pushRequest },
		doc: {
			summary: 'Push local changes',
			description: `At most ${SYNC_LIMITS.maxChangesPerPush} changes and ${SYNC_LIMITS.maxPushBytes} bytes per request. Changes apply in order; each gets one result.`,
			tags: ['sync'],
			requestBody: { contentType: 'application/json', schema: ref('PushRequest') },
			responses: {
				'200': { description: 'One result per change, in order.', schema: ref('PushResponse') },
				...errors('400', '401', '403', '413', '415')
			}
		},
		handler: push
	},
	{
		method: 'GET',
		path: '/api/sync/pull',
		auth: 'session',
		doc: {
			summary: 'Pull records changed since a cursor',
			tags: ['sync'],
			params: [
				{
					name: 'since',
					in: 'query',
					schema: { type: 'integer', minimum: 0, default: 0 },
					description: 'The cursor of the previous pull (0 the first time).'
				},
				{
					name: 'limit',
					in: 'query',
					schema: { type: 'integer', minimum: 1, maximum: SYNC_LIMITS.maxPullLimit },
					description: `Records per page (default and maximum ${SYNC_LIMITS.maxPullLimit}).`
				}
			],
			responses: {
				'200': { description: 'Records in sequence order.', schema: ref('PullResponse') },
				...errors('400', '401')
			}
		},
		handler: pull
	},
	{
		method: 'GET',
		path: '/api/sync/conflicts',
		auth: 'session',
		doc: {
			summary: 'Versions that lost a conflict',
			tags: ['sync'],
			responses: {
				'200': { description: 'Conflict copies, newest first.', schema: ref('ConflictList') },
				...errors('401')
			}
		},
		handler: async (ctx) =>
			json({
				conflicts: await ctx.deps.store.listConflicts(ctx.session!.user.id, CONFLICT_LIST_LIMIT)
			})
	},
	{
		method: 'DELETE',
		path: '/api/sync/conflicts/{id}',
		auth: 'session',
		doc: {
			summary: 'Discard a conflict copy',
			tags: ['sync'],
			params: [{ name: 'id', in: 'path', schema: { type: 'string' }, description: 'The copy id.' }],
			responses: { '204': { description: 'Discarded.' }, ...errors('401', '403', '404') }
		},
		handler: deleteConflict
	}
];
