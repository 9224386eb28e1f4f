/**
 * CORS for a Quarry app served from another origin (QUARRY_ALLOWED_ORIGINS, decision 0015): such
 * a page calls the API with credentials, so each answer names that origin exactly (never `*`)
 * and allows credentials. Origins not in the list get no CORS headers, so browsers keep their
 * pages from reading anything.
 */
import type { Route } from './types';

const ALLOWED_HEADERS = 'content-type, upload-offset, upload-length, x-request-id, if-none-match';
const EXPOSED_HEADERS = 'upload-offset, retry-after, x-request-id, etag, content-length';

/** The request's Origin when it is an allowed other origin, else undefined. */
export function corsOrigin(request: Request, url: URL, allowed: string[]): string | undefined {
	const origin = request.headers.get('origin');
	return origin !== null && origin !== url.origin && allowed.includes(origin) ? origin : undefined;
}

export function addCorsHeaders(response: Response, origin: string): void {
	response.headers.set('access-control-allow-origin', origin);
	response.headers.set('access-control-allow-credentials', 'true');
	response.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
	response.headers.append('vary', 'Origin');
}

/** The answer to a preflight (OPTIONS) for the routes at one path. */
export function preflight(routes: Route[]): Response {
	return new Response(null, {
		status: 204,
		headers: {
			'access-control-allow-methods': routes.map((route) => route.method).join(', '),
			'access-control-allow-headers': ALLOWED_HEADERS,
			'access-control-max-age': '600'
		}
	});
}
