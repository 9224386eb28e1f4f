/**
 * The one API instance of the running server: created by hooks.server.ts `init` (open the
 * store, which migrates it, and start the expired-session clean-up) and used by the /api and /metrics
 * routes.
 */
import { mkdir } from 'node:fs/promises';
import { env } from '$env/dynamic/private';
import { parseServerConfig } from './config';
import { BlobStore } from './files/blob-store';
import { createApi, type Api } from './http/api';
import { stdoutLog } from './http/log';
import { openStore } from './store/open-store';
import type { Store } from './store/types';

const CLEANUP_EVERY_MS = 60 * 60 * 1000;

let api: Api | undefined;

async function removeExpiredSessions(store: Store): Promise<void> {
	const time = new Date().toISOString();
	try {
		const count = await store.deleteExpiredSessions(Date.now());
		if (count > 0) stdoutLog({ time, level: 'info', msg: `removed ${count} expired sessions` });
	} catch (error) {
		stdoutLog({ time, level: 'error', msg: 'session clean-up failed', error: String(error) });
	}
}

export async function startApi(): Promise<Api> {
	const config = parseServerConfig(env);
	await mkdir(config.dataDir, { recursive: true });
	const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
	api = createApi({ store, config, files: new BlobStore(config.dataDir) });
	const timer = setInterval(() => void removeExpiredSessions(store), CLEANUP_EVERY_MS);
	timer.unref();
	return api;
}

/** Answers a request with the API (503 if the server has not finished starting). */
export function handleApi(request: Request, clientAddress: string): Promise<Response> {
	if (!api) {
		return Promise.resolve(
			Response.json(
				{ error: { code: 'starting', message: 'The server is starting; try again.' } },
				{ status: 503 }
			)
		);
	}
	return api.handle(request, clientAddress);
}
