import type { Handle, ServerInit } from '@sveltejs/kit';
import { CONNECT_ORIGIN_COOKIES, pageConnectHeaders } from '$lib/core/connect-origins';
import { ConfigError } from '$lib/server/config';
import { startApi } from '$lib/server/instance';

/**
 * Runs once when the server starts, before the first request: reads the configuration, opens
 * and migrates the store. A bad setting stops the server with a message naming it.
 */
export const init: ServerInit = async () => {
	try {
		await startApi();
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		console.error(
			`Quarry could not start: ${error instanceof ConfigError ? reason : `the server store failed to open: ${reason}`}`
		);
		process.exit(1);
	}
};

/**
 * When the user configured an LLM endpoint or a Quarry server on another origin, the page sets a
 * cookie with each origin; the page's Content-Security-Policy then allows connecting to those
 * origins (and only to them). Each value is checked to be a plain http(s) origin before it
 * reaches the header (decisions 0009 and 0015). Only a page the browser opens gets them: the
 * service worker's precache fetch (`Sec-Fetch-Dest: empty`) keeps the plain policy, and the
 * worker adds the origins configured at the time it serves.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const changed = pageConnectHeaders({
		policy: response.headers.get('content-security-policy'),
		etag: response.headers.get('etag'),
		dest: event.request.headers.get('sec-fetch-dest'),
		recorded: {
			llm: event.cookies.get(CONNECT_ORIGIN_COOKIES.llm),
			server: event.cookies.get(CONNECT_ORIGIN_COOKIES.server)
		},
		pageOrigin: event.url.origin
	});
	if (changed === null) return response;
	response.headers.set('content-security-policy', changed.policy);
	// SvelteKit compares the ETag after this hook: a changed policy is a changed page.
	if (changed.etag) response.headers.set('etag', changed.etag);
	return response;
};
