/**
 * Where the origins the page may connect to are kept for its Content-Security-Policy (decisions
 * 0009 and 0015): the configured LLM endpoint's and the configured Quarry server's. Each kind has
 * a cookie the Node server reads when it sends the page, and an entry in Cache Storage that the
 * service worker reads when it answers a navigation from its precache (online and offline). Both
 * hold only the origin, e.g. `http://localhost:11434`.
 */
import {
	CONNECT_ORIGIN_CACHE,
	CONNECT_ORIGIN_COOKIES,
	CONNECT_ORIGIN_KEYS,
	plainOrigin,
	type ConnectOriginKind
} from '$lib/core/connect-origins';

/** Must match static/sw-llm-origin.js. */
export const LLM_ORIGIN_CACHE = CONNECT_ORIGIN_CACHE;
export const LLM_ORIGIN_KEY = CONNECT_ORIGIN_KEYS.llm;

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** Record `origin` of this kind (or forget it, with null) for the next page load. */
export async function publishConnectOrigin(
	kind: ConnectOriginKind,
	origin: string | null
): Promise<void> {
	const allowed = origin === null ? null : plainOrigin(origin);
	const name = CONNECT_ORIGIN_COOKIES[kind];
	if (typeof document !== 'undefined') {
		const secure = location.protocol === 'https:' ? '; Secure' : '';
		document.cookie =
			allowed === null
				? `${name}=; Path=/; Max-Age=0; SameSite=Strict${secure}`
				: `${name}=${encodeURIComponent(allowed)}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Strict${secure}`;
	}
	if (typeof caches === 'undefined') return;
	const cache = await caches.open(CONNECT_ORIGIN_CACHE);
	if (allowed === null) await cache.delete(CONNECT_ORIGIN_KEYS[kind]);
	else await cache.put(CONNECT_ORIGIN_KEYS[kind], new Response(allowed));
}

/** The origin of this kind the current page was loaded with (what its policy allows). */
export function loadedConnectOrigin(kind: ConnectOriginKind): string | null {
	if (typeof document === 'undefined') return null;
	const name = CONNECT_ORIGIN_COOKIES[kind];
	for (const part of document.cookie.split(';')) {
		const [key, ...rest] = part.trim().split('=');
		if (key === name) {
			try {
				return plainOrigin(decodeURIComponent(rest.join('=')));
			} catch {
				return null;
			}
		}
	}
	return null;
}

/** Record the LLM endpoint's origin (or forget it, with null) for the next page load. */
export function publishLlmOrigin(origin: string | null): Promise<void> {
	return publishConnectOrigin('llm', origin);
}

/** The LLM origin the current page was loaded with (what its policy allows), from the cookie. */
export function loadedLlmOrigin(): string | null {
	return loadedConnectOrigin('llm');
}
