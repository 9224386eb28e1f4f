/**
 * For specs: a fetch for one simulated browser against a test server. Node's fetch keeps no
 * cookies and sends no Origin, so this one keeps the session cookie it is given (a one-cookie
 * jar) and sends the page's Origin on writes, as a browser would. `failNext` makes requests
 * fail the way a dropped connection does, before or after the server handled them.
 */
export interface CookieFetch {
	fetch: typeof fetch;
	/** The `quarry_session=…` pair held now ('' when none). */
	readonly cookie: string;
	/** While true every request fails as if the network were down. */
	isOffline: boolean;
	/**
	 * The next request whose path starts with `pathPrefix` reaches the server, but its answer
	 * is lost on the way back (the caller sees a network error).
	 */
	loseNextResponse(pathPrefix: string): void;
}

export function cookieFetch(pageOrigin: string): CookieFetch {
	let cookie = '';
	let lose: string | null = null;
	const jar: CookieFetch = {
		get cookie() {
			return cookie;
		},
		isOffline: false,
		loseNextResponse(pathPrefix) {
			lose = pathPrefix;
		},
		async fetch(input, init = {}) {
			if (jar.isOffline) throw new TypeError('fetch failed');
			const url = new URL(String(input));
			const method = init.method ?? 'GET';
			const headers = new Headers(init.headers);
			if (cookie) headers.set('cookie', cookie);
			if (method !== 'GET' && method !== 'HEAD') headers.set('origin', pageOrigin);
			const response = await fetch(url, { ...init, headers });
			for (const set of response.headers.getSetCookie()) {
				const pair = set.split(';')[0];
				if (!pair.startsWith('quarry_session=')) continue;
				cookie = /max-age=0/i.test(set) || pair === 'quarry_session=' ? '' : pair;
			}
			if (lose !== null && url.pathname.startsWith(lose)) {
				lose = null;
				await response.arrayBuffer();
				throw new TypeError('fetch failed');
			}
			return response;
		}
	};
	return jar;
}
