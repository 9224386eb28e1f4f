/*
 * Quarry's service worker part for the origins the page may connect to besides its own: the
 * optional LLM endpoint and the optional Quarry server on another origin (docs/decisions 0009
 * and 0015). The precached app page carries the Content-Security-Policy it was fetched with;
 * each configured origin is added to that policy's connect-src each time the page is served,
 * online and offline. The origins come from Cache Storage (written by the page,
 * src/lib/ask/endpoint-origin.ts) and must be plain http(s) origins, or they are not added.
 * Loaded with importScripts before Workbox's own routes, so this listener runs first.
 */
const CONNECT_ORIGIN_CACHE = 'quarry-llm-origin';
const CONNECT_ORIGIN_KEYS = ['/quarry-llm-origin', '/quarry-server-origin'];
const ORIGIN_PATTERN =
	/^https?:\/\/(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::\d{1,5})?$/;

async function configuredOrigins() {
	const cache = await caches.open(CONNECT_ORIGIN_CACHE);
	const origins = [];
	for (const key of CONNECT_ORIGIN_KEYS) {
		const stored = await cache.match(key);
		if (!stored) continue;
		const origin = (await stored.text()).toLowerCase();
		if (ORIGIN_PATTERN.test(origin) && origin !== self.location.origin && !origins.includes(origin))
			origins.push(origin);
	}
	return origins;
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

async function withConnectOrigins(response) {
	const policy = response.headers.get('content-security-policy');
	if (!policy) return response;
	const origins = await configuredOrigins();
	if (origins.length === 0) return response;
	const headers = new Headers(response.headers);
	headers.set('content-security-policy', origins.reduce(allowConnectOrigin, policy));
	return new Response(response.body, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

self.addEventListener('fetch', (event) => {
	if (event.request.mode !== 'navigate') return;
	// Workbox answers navigations with the precached page; pass its answer through withConnectOrigins.
	const respondWith = event.respondWith.bind(event);
	event.respondWith = (answer) =>
		respondWith(Promise.resolve(answer).then((response) => withConnectOrigins(response)));
});
