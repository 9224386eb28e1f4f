/** Response helpers and the error entries the route docs share. */
import { ref } from './schemas';
import type { RouteDoc } from './types';

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
	return Response.json(data, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

export function noContent(headers: Record<string, string> = {}): Response {
	return new Response(null, { status: 204, headers: { 'cache-control': 'no-store', ...headers } });
}

const ERRORS: Record<string, string> = {
	'400': 'The request is not valid; `field` names the part at fault.',
	'401': 'Not signed in (no valid session cookie).',
	'403': 'Forbidden (see the message).',
	'404': 'Not found.',
	'409': 'Conflicts with the current state (see the message).',
	'413': 'Body, file or quota too large.',
	'415': 'Wrong Content-Type.',
	'422': 'The uploaded bytes do not have the SHA-256 named in the path.',
	'429': 'Too many attempts; try again after Retry-After seconds.'
};

/** Error responses for a route's documentation. */
export function errors(...statuses: (keyof typeof ERRORS)[]): RouteDoc['responses'] {
	const out: RouteDoc['responses'] = {};
	for (const status of statuses)
		out[status] = { description: ERRORS[status], schema: ref('ApiError') };
	return out;
}
