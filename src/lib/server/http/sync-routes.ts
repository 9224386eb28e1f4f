/**
 * Push, pull and conflict copies (src/lib/core/sync/protocol.ts). The checks and the store calls
 * are the sync service's (src/lib/server/sync/service.ts); this file maps them to HTTP.
 */
import { SYNC_LIMITS } from '$lib/core/sync/protocol';
import type { ServiceResult } from '../sync/service';
import { HttpError } from './errors';
import { errors, json, noContent } from './respond';
import { ref } from './schemas';
import type { Route, RouteContext } from './types';

function unwrap<T>(result: ServiceResult<T>): T {
	if (!result.ok) {
		throw new HttpError(result.status, result.error.code, result.error.message, result.error.field);
	}
	return result.value;
}

async function push(ctx: RouteContext): Promise<Response> {
	const response = unwrap(await ctx.deps.sync.push(ctx.session!.user.id, ctx.body));
	for (const result of response.results) ctx.deps.metrics.pushOutcome(result.outcome);
	return json(response);
}

async function pull(ctx: RouteContext): Promise<Response> {
	const { searchParams } = ctx.url;
	return json(
		unwrap(
			await ctx.deps.sync.pull(
				ctx.session!.user.id,
				searchParams.get('since'),
				searchParams.get('limit')
			)
		)
	);
}

export const syncRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/sync/push',
		auth: 'session',
		// The service checks the shape and limits (src/lib/core/sync/validate.ts).
		body: { maxBytes: SYNC_LIMITS.maxPushBytes, validate: (value) => value },
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
				'200': { description: 'Conflict copies.', schema: ref('ConflictList') },
				...errors('401')
			}
		},
		handler: async (ctx) => json(await ctx.deps.sync.listConflicts(ctx.session!.user.id))
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
		handler: async (ctx) => {
			unwrap(await ctx.deps.sync.deleteConflict(ctx.session!.user.id, ctx.params.id));
			return noContent();
		}
	}
];
