/**
 * For specs: the Quarry server API on a real HTTP server on 127.0.0.1, with a real SQLite file
 * in a fresh temporary data directory. No build is needed: node:http serves `createApi`'s
 * `handle` directly (requests become web Requests with streamed bodies).
 *
 *   const server = await startTestServer({ config: { QUARRY_REGISTRATION: 'closed' } });
 *   await fetch(`${server.url}/api/health`);
 *   await server.close();
 *
 * `config` takes the same environment variables the server reads (docs/configuration.md);
 * QUARRY_DATA_DIR defaults to the temporary directory, which close() removes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseServerConfig, type EnvVars, type ServerConfig } from '$lib/server/config';
import { BlobStore } from '$lib/server/files/blob-store';
import { createApi, type Api } from '$lib/server/http/api';
import type { LogLine } from '$lib/server/http/log';
import type { LoginThrottle } from '$lib/server/auth/throttle';
import { openStore } from '$lib/server/store/open-store';
import type { Store } from '$lib/server/store/types';
import { createTestSchema } from './postgres-test-db';

export interface TestServerOptions {
	/** Environment variables as the server reads them (QUARRY_QUOTA_MB, …). */
	config?: EnvVars;
	/** Server clock (default Date.now). */
	now?: () => number;
	/** Replace the sign-in throttles (e.g. with tighter or looser rules). */
	throttle?: LoginThrottle;
	/** Print the JSON log lines (they are always kept in `logs`). */
	printLogs?: boolean;
	/** Serve this data directory, and keep it on close (default: a new one, removed on close). */
	dataDir?: string;
	/** Listen on this port (default: any free one), e.g. to start again at the same address. */
	port?: number;
}

export interface TestServer {
	/** e.g. `http://127.0.0.1:41234` (no trailing slash) */
	url: string;
	dataDir: string;
	config: ServerConfig;
	store: Store;
	api: Api;
	/** Every log line written so far. */
	logs: LogLine[];
	close(): Promise<void>;
}

/**
 * The request body as a web stream that reads only when asked. Cancelling it (or a response
 * sent before the body was read) drains the rest instead of resetting the connection.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
	let isOpen = true;
	// After the response, whatever the handler left unread is discarded.
	req.once('quarry:drain', () => {
		isOpen = false;
		req.resume();
	});
	return new ReadableStream<Uint8Array>({
		start(controller) {
			req.pause();
			req.on('data', (chunk: Buffer) => {
				if (!isOpen) return;
				controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
				if ((controller.desiredSize ?? 0) <= 0) req.pause();
			});
			req.on('end', () => {
				if (isOpen) controller.close();
				isOpen = false;
			});
			req.on('error', (error) => {
				if (isOpen) controller.error(error);
				isOpen = false;
			});
		},
		pull() {
			req.resume();
		},
		cancel() {
			isOpen = false;
			req.resume();
		}
	});
}

function toRequest(req: IncomingMessage, origin: string): Request {
	const headers = new Headers();
	for (const [name, value] of Object.entries(req.headers)) {
		if (value === undefined) continue;
		for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
	}
	const method = req.method ?? 'GET';
	const hasBody = method !== 'GET' && method !== 'HEAD';
	return new Request(new URL(req.url ?? '/', origin), {
		method,
		headers,
		body: hasBody ? bodyStream(req) : undefined,
		// @ts-expect-error Node's fetch needs `duplex` for a streamed body; the DOM types lack it.
		duplex: 'half'
	});
}

async function send(response: Response, res: ServerResponse, req: IncomingMessage): Promise<void> {
	const headers: Record<string, string | string[]> = {};
	response.headers.forEach((value, name) => {
		if (name === 'set-cookie') return;
		headers[name] = value;
	});
	const cookies = response.headers.getSetCookie();
	if (cookies.length > 0) headers['set-cookie'] = cookies;
	res.writeHead(response.status, headers);
	if (response.body && req.method !== 'HEAD') {
		await new Promise<void>((resolve, reject) => {
			const stream = Readable.fromWeb(response.body as import('stream/web').ReadableStream);
			stream.on('error', reject);
			res.on('finish', resolve);
			stream.pipe(res);
		});
	} else {
		res.end();
	}
	// A body the handler did not read (an early refusal) is drained, so the connection stays usable.
	if (!req.complete) req.emit('quarry:drain');
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
	const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'quarry-server-')));
	// The PostgreSQL suite (vitest.pg.config.ts) runs the same HTTP specs on PostgreSQL: each
	// server gets its own throw-away schema there.
	const schema = process.env.QUARRY_TEST_STORE === 'postgres' ? await createTestSchema() : null;
	const config = parseServerConfig({
		QUARRY_DATA_DIR: dataDir,
		...(schema ? { DATABASE_URL: schema.url } : {}),
		...options.config
	});
	const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
	if (schema && store.kind !== 'postgres')
		throw new Error('The PostgreSQL suite opened no PostgreSQL store.');
	const logs: LogLine[] = [];
	const api = createApi({
		store,
		config,
		files: new BlobStore(config.dataDir),
		now: options.now,
		throttle: options.throttle,
		log: (line) => {
			logs.push(line);
			if (options.printLogs) console.log(JSON.stringify(line));
		}
	});
	let origin = '';
	const server = createServer((req, res) => {
		const request = toRequest(req, origin);
		api
			.handle(request, req.socket.remoteAddress ?? '')
			.then((response) => send(response, res, req))
			.catch((error: unknown) => {
				if (!res.headersSent) res.writeHead(500);
				res.end(String(error));
			});
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	origin = `http://127.0.0.1:${port}`;
	return {
		url: origin,
		dataDir,
		config,
		store,
		api,
		logs,
		async close() {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			await store.close();
			await schema?.drop();
			if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
		}
	};
}
