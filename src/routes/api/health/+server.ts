import { json } from '@sveltejs/kit';
import { readServerConfig } from '$lib/server/config';
import type { RequestHandler } from './$types';

/** Liveness check: answers as soon as the server can serve requests. */
export const GET: RequestHandler = () => {
	const { version, dataDir } = readServerConfig();
	return json({ ok: true, version, dataDir }, { headers: { 'cache-control': 'no-store' } });
};
