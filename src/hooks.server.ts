import type { Handle, ServerInit } from '@sveltejs/kit';
import { LLM_ORIGIN_COOKIE, allowConnectOrigin } from '$lib/core/ask/llm-settings';
import { prepareServer } from '$lib/server/config';

/** Runs once when the server starts, before the first request. */
export const init: ServerInit = () => {
	prepareServer();
};

/**
 * When the user configured an LLM endpoint, the page sets a cookie with its origin; the page's
 * Content-Security-Policy then allows connecting to that origin (and only to it). The value is
 * checked to be a plain http(s) origin before it reaches the header (decision 0008).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const origin = event.cookies.get(LLM_ORIGIN_COOKIE);
	const policy = response.headers.get('content-security-policy');
	if (origin && policy) {
		response.headers.set('content-security-policy', allowConnectOrigin(policy, origin));
	}
	return response;
};
