/**
 * Serve a build (the production build in build/, or the test build in build-test/) with
 * Quarry's defaults.
 *
 *   PORT             port to listen on (default 3000)
 *   HOST             interface to bind (default 127.0.0.1; use 0.0.0.0 to allow other machines)
 *   QUARRY_DATA_DIR  server data directory (default ./data), created if missing
 *   BODY_SIZE_LIMIT  adapter-node's cap on request bodies (default here 9M: a file upload sends
 *                    up to 8 MiB per request; the API's own per-route limits are the real ones)
 *
 * The API reads its other settings itself (docs/configuration.md) and stops the server with a
 * message when one is not valid.
 * The SvelteKit handler (adapter-node) serves the client-rendered app for every route plus the
 * /api routes. SIGINT/SIGTERM stop accepting connections, let running requests finish, then exit.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cspHeader } from './csp.mjs';
import { root } from './setup.mjs';

const SHUTDOWN_GRACE_MS = 5000;
/** One upload request carries at most 8 MiB; the API's per-route limits are the real ones. */
const API_BODY_LIMIT = '9M';
/** Set by this server on every request when no TLS proxy is configured (see start()). */
const PROTOCOL_HEADER = 'x-quarry-protocol';

function readConfig() {
	const port = Number(process.env.PORT ?? 3000);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		throw new Error(`PORT must be a whole number from 0 to 65535, got "${process.env.PORT}".`);
	}
	return {
		port,
		host: process.env.HOST || '127.0.0.1',
		dataDir: resolve(process.env.QUARRY_DATA_DIR || 'data')
	};
}

/**
 * Start the server for one build. `npm start` and `npm run serve` serve build/ only; the test
 * build is served by the end-to-end tests and the benchmarks (`serve.mjs --test-build`).
 * @param {{ isTestBuild?: boolean }} [options]
 */
export async function serveBuild({ isTestBuild = false } = {}) {
	try {
		await start(isTestBuild);
	} catch (error) {
		console.error(`Quarry could not start: ${error instanceof Error ? error.message : error}`);
		process.exit(1);
	}
}

/** A request for a file (a name with an extension), not for a page or an API route. */
function isFile(url = '/') {
	const path = url.split(/[?#]/)[0];
	return !path.startsWith('/api/') && /\.[a-z0-9]+$/i.test(path);
}

async function start(isTestBuild) {
	const config = readConfig();
	const handlerPath = join(root, isTestBuild ? 'build-test' : 'build', 'handler.js');
	if (!existsSync(handlerPath)) {
		throw new Error(
			isTestBuild
				? 'There is no test build. Run `npm run build:test`.'
				: 'There is no production build. Run `npm start` (it builds) or `npm run build`.'
		);
	}
	mkdirSync(config.dataDir, { recursive: true });
	// The build reads its settings from the environment when it is imported.
	process.env.QUARRY_DATA_DIR = config.dataDir;
	process.env.BODY_SIZE_LIMIT ||= API_BODY_LIMIT;
	// adapter-node takes requests to be HTTPS unless told otherwise. This server speaks plain
	// HTTP, so unless ORIGIN or PROTOCOL_HEADER say a TLS proxy is in front, it tells the adapter
	// so through a header only it sets: cookies are then not marked Secure on http://, and the
	// API's Origin rule compares with the real origin.
	const isBehindProxy = Boolean(process.env.ORIGIN || process.env.PROTOCOL_HEADER);
	if (!isBehindProxy) process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
	const { handler } = await import(pathToFileURL(handlerPath).href);

	const policy = cspHeader();
	const server = createServer((req, res) => {
		// Static files (the engine and service worker scripts among them) carry the policy too.
		// Pages get it from SvelteKit, with the hash of its start-up script added: a second
		// policy on a page would be enforced as well and block that script.
		if (isFile(req.url)) res.setHeader('Content-Security-Policy', policy);
		res.setHeader('X-Content-Type-Options', 'nosniff');
		if (!isBehindProxy) req.headers[PROTOCOL_HEADER] = 'http';
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	server.on('error', (error) => {
		const reason =
			error.code === 'EADDRINUSE'
				? `port ${config.port} on ${config.host} is already in use (set PORT to another port)`
				: error.message;
		console.error(`Quarry could not start: ${reason}`);
		process.exit(1);
	});
	server.listen(config.port, config.host, () => {
		const address = server.address();
		const port = typeof address === 'object' && address ? address.port : config.port;
		const kind = isTestBuild ? ' (test build)' : '';
		console.log(`Quarry${kind} is running at http://${config.host}:${port}`);
		console.log(`Server data directory: ${config.dataDir}`);
	});

	let isStopping = false;
	function stop(signal) {
		if (isStopping) return;
		isStopping = true;
		console.log(`\nReceived ${signal}, stopping Quarry…`);
		server.close(() => {
			console.log('Quarry stopped.');
			process.exit(0);
		});
		server.closeIdleConnections();
		setTimeout(() => {
			server.closeAllConnections();
		}, SHUTDOWN_GRACE_MS).unref();
	}
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
}
