/**
 * The one API instance of the running server: created by hooks.server.ts `init` (open the
 * store, migrate it, start the expired-session clean-up) and used by the /api and /metrics
 * routes.
 */
import { mkdir } from 'node:fs/promises';
import { env } from '$env/dynamic/private';
import { parseServerConfig } from './config';
import { BlobStore } from './files/blob-store';
import { createApi, type Api } from './http/api';
import { stdoutLog } from './http/log';
import { openStore } from './store/open-store';

const CLEANUP_EVERY_MS = 60 * 60 * 1000;

let api: Api | undefined;

export async function startApi(): Promise<Api> {
	const config = parseServerConfig(env);
	await mkdir(config.dataDir, { recursive: true });
	const store = await openStore(config);
	await store.migrate();
	api = createApi({ store, config, files: new BlobStore(config.dataDir) });
	const timer = setInterval(() => {
		store.deleteExpiredSessions(Date.now()).then(
			(count) => {
				if (count > 0)
					stdoutLog({
						time: new Date().toISOString(),
						level: 'info',
						msg: `removed ${count} expired sessions`
					});
			},
			(error: unknown) =>
				stdoutLog({
					time: new Date().toISOString(),
					level: 'error',
					msg: 'session clean-up failed',
					error: String(error)
				})
		);
	}, CLEANUP_EVERY_MS);
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
