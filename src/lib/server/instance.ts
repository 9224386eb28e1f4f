/**
 * The one API instance of the running server: created by hooks.server.ts `init` (open the
 * store, which migrates it, and start the hourly clean-up) and used by the /api and /metrics
 * routes.
 */
import { mkdir } from 'node:fs/promises';
import { env } from '$env/dynamic/private';
import { parseServerConfig, type EnvVars } from './config';
import { BlobStore } from './files/blob-store';
import { createApi, type Api } from './http/api';
import { stdoutLog } from './http/log';
import { openStore } from './store/open-store';
import type { Store } from './store/types';

const CLEANUP_EVERY_MS = 60 * 60 * 1000;
const STALE_UPLOAD_MS = 7 * 24 * 60 * 60 * 1000;
/** How long a change id is remembered for spotting a push sent twice. */
const CHANGE_LOG_MS = 30 * 24 * 60 * 60 * 1000;

let api: Api | undefined;

/**
 * Hourly: expired sessions, unfinished uploads untouched for a week, and change ids older than
 * 30 days (a resend that late is caught by its device sequence).
 */
async function cleanUp(store: Store, files: BlobStore): Promise<void> {
	const time = new Date().toISOString();
	try {
		const sessions = await store.deleteExpiredSessions(Date.now());
		const uploads = await files.dropStaleUploads(Date.now(), STALE_UPLOAD_MS);
		await store.pruneChangeLog(Date.now() - CHANGE_LOG_MS);
		if (sessions + uploads > 0) {
			const msg = `removed ${sessions} expired sessions and ${uploads} stale uploads`;
			stdoutLog({ time, level: 'info', msg });
		}
	} catch (error) {
		stdoutLog({ time, level: 'error', msg: 'clean-up failed', error: String(error) });
	}
}

/** Starts the API from the environment (`vars`: the server's environment variables). */
export async function startApi(vars: EnvVars = env): Promise<Api> {
	const config = parseServerConfig(vars);
	await mkdir(config.dataDir, { recursive: true });
	const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
	const files = new BlobStore(config.dataDir);
	api = createApi({ store, config, files });
	const timer = setInterval(() => void cleanUp(store, files), CLEANUP_EVERY_MS);
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
