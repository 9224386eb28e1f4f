/**
 * Which origins, besides its own, the page may connect to (decisions 0009 and 0015): the
 * configured LLM endpoint and the configured Quarry server. Each is recorded by the page in a
 * cookie (read by the Node server when it sends the page) and in Cache Storage (read by the
 * service worker when it serves the page). Pure: the server, the page and the specs share it;
 * static/sw-llm-origin.js repeats the small parts the service worker needs.
 */

/** What a recorded origin is for. */
export type ConnectOriginKind = 'llm' | 'server';

export const CONNECT_ORIGIN_KINDS: readonly ConnectOriginKind[] = ['llm', 'server'];

/** The cookie per kind. They hold nothing secret: only an origin. */
export const CONNECT_ORIGIN_COOKIES: Readonly<Record<ConnectOriginKind, string>> = {
	llm: 'quarry_llm_origin',
	server: 'quarry_server_origin'
};

/** The Cache Storage cache and its key per kind (must match static/sw-llm-origin.js). */
export const CONNECT_ORIGIN_CACHE = 'quarry-llm-origin';
export const CONNECT_ORIGIN_KEYS: Readonly<Record<ConnectOriginKind, string>> = {
	llm: '/quarry-llm-origin',
	server: '/quarry-server-origin'
};

/**
 * `value` when it is exactly an http(s) origin (scheme, host, optional port; nothing else), in
 * lower case; otherwise null. The server and the service worker put this into a
 * Content-Security-Policy header, so nothing else may pass.
 */
export function plainOrigin(value: string): string | null {
	const origin = value.toLowerCase();
	return /^https?:\/\/(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::\d{1,5})?$/.test(
		origin
	)
		? origin
		: null;
}

/**
 * `policy` (a Content-Security-Policy header value) with `origin` added to its connect-src;
 * unchanged when `origin` is not a plain http(s) origin or the policy has no connect-src.
 */
export function allowConnectOrigin(policy: string, origin: string | null | undefined): string {
	const allowed = origin ? plainOrigin(origin) : null;
	if (allowed === null) return policy;
	return policy
		.split(';')
		.map((directive) => {
			const trimmed = directive.trim();
			if (!/^connect-src(\s|$)/i.test(trimmed)) return directive;
			const sources = trimmed.split(/\s+/).slice(1);
			if (sources.includes(allowed)) return directive;
			return `${directive.startsWith(' ') ? ' ' : ''}${['connect-src', ...sources, allowed].join(' ')}`;
		})
		.join(';');
}

/**
 * The origins a page served from `pageOrigin` must be allowed to reach, from the recorded values
 * (raw cookie or cache text): each one that is a plain origin and not the page's own, once, in
 * the order of CONNECT_ORIGIN_KINDS. Anything else recorded is ignored.
 */
export function extraConnectOrigins(
	recorded: Partial<Record<ConnectOriginKind, string | null | undefined>>,
	pageOrigin: string
): string[] {
	const own = plainOrigin(pageOrigin);
	const origins: string[] = [];
	for (const kind of CONNECT_ORIGIN_KINDS) {
		const value = recorded[kind];
		const origin = value ? plainOrigin(value) : null;
		if (origin !== null && origin !== own && !origins.includes(origin)) origins.push(origin);
	}
	return origins;
}

/** `policy` with every one of `origins` added to its connect-src. */
export function allowConnectOrigins(policy: string, origins: readonly string[]): string {
	return origins.reduce((current, origin) => allowConnectOrigin(current, origin), policy);
}

/**
 * The origin of a Quarry server address as the page records it for its policy: null when the
 * address is empty or is the page's own origin (`'self'` covers it), or when it is not a usable
 * http(s) address.
 */
export function serverConnectOrigin(serverUrl: string, pageOrigin: string): string | null {
	const text = serverUrl.trim();
	if (text === '') return null;
	let origin: string;
	try {
		origin = new URL(text).origin;
	} catch {
		return null;
	}
	const allowed = plainOrigin(origin);
	return allowed === null || allowed === plainOrigin(pageOrigin) ? null : allowed;
}

export interface PageHeadersInput {
	/** The response's Content-Security-Policy (null: none). */
	policy: string | null;
	etag: string | null;
	/** The request's Sec-Fetch-Dest (null when the browser did not send it). */
	dest: string | null;
	/** The recorded origins, as the cookies hold them. */
	recorded: Partial<Record<ConnectOriginKind, string | null | undefined>>;
	/** The origin the page is served from. */
	pageOrigin: string;
}

/**
 * The Content-Security-Policy and ETag of a page the browser opens, with the recorded origins
 * added to connect-src; null when nothing changes (no policy, no usable origin, or a request that
 * is not a document's, such as the service worker's precache fetch with `Sec-Fetch-Dest: empty`,
 * which must keep the plain policy). The ETag names the origins too, so that a copy the browser
 * holds from before a change (with another policy) is not revalidated with a 304.
 */
export function pageConnectHeaders(
	input: PageHeadersInput
): { policy: string; etag: string | null } | null {
	if (input.policy === null || (input.dest !== null && input.dest !== 'document')) return null;
	const origins = extraConnectOrigins(input.recorded, input.pageOrigin);
	if (origins.length === 0) return null;
	const etag = input.etag ? `${input.etag.replace(/"$/, '')}-${origins.join(',')}"` : null;
	return { policy: allowConnectOrigins(input.policy, origins), etag };
}
