/*
 * Quarry's service worker part for the optional LLM endpoint (docs/decisions/0009). The
 * precached app page carries the Content-Security-Policy it was fetched with; when the user has
 * configured an endpoint, its origin is added to that policy's connect-src each time the page is
 * served, online and offline. The origin comes from Cache Storage (written by the page,
 * src/lib/ask/endpoint-origin.ts) and must be a plain http(s) origin, or nothing is added.
 * Loaded with importScripts before Workbox's own routes, so this listener runs first.
 */
const LLM_ORIGIN_CACHE = 'quarry-llm-origin';
const LLM_ORIGIN_KEY = '/quarry-llm-origin';
const ORIGIN_PATTERN =
	/^https?:\/\/(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::\d{1,5})?$/;

async function configuredOrigin() {
	const cache = await caches.open(LLM_ORIGIN_CACHE);
	const stored = await cache.match(LLM_ORIGIN_KEY);
	if (!stored) return null;
	const origin = (await stored.text()).toLowerCase();
	return ORIGIN_PATTERN.test(origin) ? origin : null;
}

function allowConnectOrigin(policy, origin) {
	return policy
		.split(';')
		.map((directive) => {
			const sources = directive.trim().split(/\s+/);
			if (sources[0].toLowerCase() !== 'connect-src' || sources.includes(origin)) return directive;
			return ` ${[...sources, origin].join(' ')}`;
		})
		.join(';')
		.trim();
}

async function withLlmOrigin(response) {
	const policy = response.headers.get('content-security-policy');
	if (!policy) return response;
	const origin = await configuredOrigin();
	if (!origin) return response;
	const headers = new Headers(response.headers);
	headers.set('content-security-policy', allowConnectOrigin(policy, origin));
	return new Response(response.body, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

self.addEventListener('fetch', (event) => {
	if (event.request.mode !== 'navigate') return;
	// Workbox answers navigations with the precached page; pass its answer through withLlmOrigin.
	const respondWith = event.respondWith.bind(event);
	event.respondWith = (answer) =>
		respondWith(Promise.resolve(answer).then((response) => withLlmOrigin(response)));
});
