/**
 * For specs: small calls to a test server (startTestServer) as a browser page of the same
 * origin would make them: JSON bodies, the session cookie, the page's Origin on writes.
 */
import type { AccountInfo } from '$lib/core/sync/protocol';

export interface CallOptions {
	method?: string;
	/** The `quarry_session=…` pair to send. */
	cookie?: string;
	/** Sent as JSON (Content-Type: application/json). */
	json?: unknown;
	/** Sent as is (set the Content-Type in headers). */
	body?: BodyInit | Uint8Array;
	/** Extra headers; `undefined` removes one (e.g. `origin: undefined`). */
	headers?: Record<string, string | undefined>;
}

/** Fetches `path` on the server; writes carry the server's own Origin unless headers say otherwise. */
export function call(base: string, path: string, options: CallOptions = {}): Promise<Response> {
	const method = options.method ?? (options.json !== undefined ? 'POST' : 'GET');
	const headers: Record<string, string> = {};
	if (method !== 'GET' && method !== 'HEAD') headers.origin = base;
	if (options.cookie) headers.cookie = options.cookie;
	let body: BodyInit | undefined =
		options.body instanceof Uint8Array ? Uint8Array.from(options.body) : options.body;
	if (options.json !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(options.json);
	}
	const merged = Object.entries({ ...headers, ...options.headers }).filter(
		(entry): entry is [string, string] => entry[1] !== undefined
	);
	return fetch(`${base}${path}`, { method, headers: merged, body });
}

/** The `name=value` part of the session cookie a response set ('' when none). */
export function sessionFrom(response: Response): string {
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('quarry_session='));
	return cookie ? cookie.split(';')[0] : '';
}

let counter = 0;

/** Registers a fresh account; returns its cookie, its info and the password used. */
export async function signUp(
	base: string,
	username = `user${Date.now().toString(36)}${(counter += 1)}`,
	password = 'correct horse battery'
): Promise<{ cookie: string; account: AccountInfo; username: string; password: string }> {
	const response = await call(base, '/api/auth/register', { json: { username, password } });
	if (response.status !== 201) {
		throw new Error(`register ${username}: ${response.status} ${await response.text()}`);
	}
	return {
		cookie: sessionFrom(response),
		account: (await response.json()) as AccountInfo,
		username,
		password
	};
}
