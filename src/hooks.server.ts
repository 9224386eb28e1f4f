import type { Handle, ServerInit } from '@sveltejs/kit';
import { LLM_ORIGIN_COOKIE, allowConnectOrigin, llmOrigin } from '$lib/core/ask/llm-settings';
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
 * When the user configured an LLM endpoint, the page sets a cookie with its origin; the page's
 * Content-Security-Policy then allows connecting to that origin (and only to it). The value is
 * checked to be a plain http(s) origin before it reaches the header (decision 0009). Only a
 * page the browser opens gets it: the service worker's precache fetch (`Sec-Fetch-Dest: empty`)
 * keeps the plain policy, and the worker adds the origin configured at the time it serves.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const origin = event.cookies.get(LLM_ORIGIN_COOKIE);
	const policy = response.headers.get('content-security-policy');
	const dest = event.request.headers.get('sec-fetch-dest');
	if (!origin || !policy || (dest !== null && dest !== 'document')) return response;
	const allowed = llmOrigin(origin);
	if (allowed === null) return response;
	response.headers.set('content-security-policy', allowConnectOrigin(policy, allowed));
	// The page's ETag names the origin too: a copy the browser holds from before the change (with
	// another policy) is then not revalidated with a 304 (SvelteKit compares after this hook).
	const etag = response.headers.get('etag');
	if (etag) response.headers.set('etag', `${etag.replace(/"$/, '')}-${allowed}"`);
	return response;
};
