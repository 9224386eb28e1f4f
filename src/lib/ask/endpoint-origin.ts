/**
 * Where the configured endpoint's origin is kept for the Content-Security-Policy (decision
 * 0009): a cookie the Node server reads when it sends the page, and an entry in Cache Storage
 * that the service worker reads when it answers a navigation from its precache (online and
 * offline). Both hold only the origin, e.g. `http://localhost:11434`.
 */
import { LLM_ORIGIN_COOKIE, llmOrigin } from '$lib/core/ask/llm-settings';

/** Must match static/sw-llm-origin.js. */
export const LLM_ORIGIN_CACHE = 'quarry-llm-origin';
export const LLM_ORIGIN_KEY = '/quarry-llm-origin';

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** Record `origin` (or forget it, with null) for the next page load. */
export async function publishLlmOrigin(origin: string | null): Promise<void> {
	const allowed = origin === null ? null : llmOrigin(origin);
	if (typeof document !== 'undefined') {
		const secure = location.protocol === 'https:' ? '; Secure' : '';
		document.cookie =
			allowed === null
				? `${LLM_ORIGIN_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict${secure}`
				: `${LLM_ORIGIN_COOKIE}=${encodeURIComponent(allowed)}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Strict${secure}`;
	}
	if (typeof caches === 'undefined') return;
	const cache = await caches.open(LLM_ORIGIN_CACHE);
	if (allowed === null) await cache.delete(LLM_ORIGIN_KEY);
	else await cache.put(LLM_ORIGIN_KEY, new Response(allowed));
}

/** The origin the current page was loaded with (what its policy allows), from the cookie. */
export function loadedLlmOrigin(): string | null {
	if (typeof document === 'undefined') return null;
	for (const part of document.cookie.split(';')) {
		const [name, ...rest] = part.trim().split('=');
		if (name === LLM_ORIGIN_COOKIE) {
			try {
				return llmOrigin(decodeURIComponent(rest.join('=')));
			} catch {
				return null;
			}
		}
	}
	return null;
}
