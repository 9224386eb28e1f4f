/**
 * The page's policy and the Quarry server's origin (decision 0015). A server on another origin
 * can be reached only once the page was loaded with that origin in its connect-src: the settings
 * page records it (cookie + service worker entry) and asks for a reload before signing in.
 */
import { loadedConnectOrigin, publishConnectOrigin } from '$lib/ask/endpoint-origin';
import { serverConnectOrigin } from '$lib/core/connect-origins';

/** The server origin this page was loaded with (read once, before anything records another). */
const loadedOrigin = loadedConnectOrigin('server');

/** Whether this page may connect to the server at `serverUrl` (its own origin always). */
export function pageReachesServer(serverUrl: string): boolean {
	const origin = serverConnectOrigin(serverUrl, location.origin);
	return origin === null || origin === loadedOrigin;
}

/**
 * Record the server's origin for the page's policy from the next load on (its own origin or an
 * empty address forgets the recorded one).
 */
export async function recordServerOrigin(serverUrl: string): Promise<void> {
	await publishConnectOrigin('server', serverConnectOrigin(serverUrl, location.origin));
}

/** The other server's origin recorded for the page's policy (null when none). */
export function recordedServerOrigin(): string | null {
	return loadedConnectOrigin('server');
}
