/**
 * The engine worker's second line of defence: after the worker has started, nothing in it can
 * make a network request through the usual browser APIs. `disableNetwork` replaces `fetch`,
 * `XMLHttpRequest`, `WebSocket`, `EventSource` and `WebTransport` on the worker's global scope
 * with stand-ins that throw, and hands back one fetch of its own that reaches only the page's
 * origin (for the engine's wasm files, which load lazily).
 */

export const networkDisabledMessage =
	'Quarry works offline: the engine may not make network requests.';

interface Scope {
	fetch: typeof fetch;
	location: { href: string };
}

/** Globals that can send a request. */
const requestGlobals = ['XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport'] as const;

function refuse(): never {
	throw new Error(networkDisabledMessage);
}

/** A class that cannot be constructed (so `new XMLHttpRequest()` throws before any `open`). */
class Refused {
	constructor() {
		refuse();
	}
}

export type OwnOriginFetch = (url: string) => Promise<Response>;

export function disableNetwork(scope: Scope): OwnOriginFetch {
	const realFetch = scope.fetch.bind(scope);
	const origin = new URL(scope.location.href).origin;
	for (const name of requestGlobals) {
		if (name in scope) Reflect.set(scope, name, Refused);
	}
	scope.fetch = () => Promise.reject(new Error(networkDisabledMessage));
	return (url) => {
		const target = new URL(url, scope.location.href);
		if (target.origin !== origin) return Promise.reject(new Error(networkDisabledMessage));
		return realFetch(target.href, { credentials: 'same-origin' });
	};
}
