/**
 * The server load benchmark (`BENCH_ONLY=server npm run bench`): the real production server
 * (build/ through scripts/serve.mjs) on 127.0.0.1 with an empty data directory, 100 accounts
 * registered through the API, then autocannon with 100 connections, each connection signed in
 * as a different account, every connection alternating a push of a small batch of changes and
 * a pull from its cursor, as a syncing client does. Run once on the SQLite store and, when
 * QUARRY_TEST_DATABASE_URL is set, once on PostgreSQL (a throw-away schema in that database).
 *
 * Each store gets two runs with the same devices: "saturated" (autocannon: every connection
 * sends its next request as soon as the last is answered, so this is the server's capacity and
 * its latency is mostly queueing) and "paced" (each device on its own keep-alive connection,
 * pausing a random, exponentially distributed time between requests, all together offering
 * BENCH_SERVER_RATE requests per second; default 100, each device pushing or pulling about once
 * a second, a busy sync client).
 *
 * BENCH_SERVER_SECONDS (default 20) sets each run's length, BENCH_SERVER_USERS (default 100)
 * the number of accounts and connections, BENCH_SERVER_BATCH (default 5) the changes per push,
 * BENCH_SERVER_STORES (default sqlite,postgres) the stores.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { log } from './quarry-page.mjs';

const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 20);
const USERS = Number(process.env.BENCH_SERVER_USERS ?? 100);
const BATCH = Number(process.env.BENCH_SERVER_BATCH ?? 5);
/** The paced run's requests per second from all connections together. */
const RATE = Number(process.env.BENCH_SERVER_RATE ?? 100);
/** Records each account writes to, over and over (so versions grow, as edits do). */
const RECORDS_PER_USER = 40;
/** Requests queued per connection; far more than a run makes, so each keeps its account. */
const REQUESTS_PER_CONNECTION = 20_000;

function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return sorted[Math.max(0, index)];
}

function latencySummary(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const round = (v) => Math.round(v * 10) / 10;
	return {
		count: sorted.length,
		p50: round(percentile(sorted, 50)),
		p95: round(percentile(sorted, 95)),
		p99: round(percentile(sorted, 99)),
		max: round(sorted[sorted.length - 1] ?? NaN)
	};
}

/** Starts `node scripts/serve.mjs` (the production build) and waits for /api/health. */
async function startServer(root, port, env) {
	const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
		cwd: root,
		// ORIGIN: adapter-node takes a request for https unless told the server's origin, and
		// the API refuses writes whose Origin header is not the server's own.
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			...env
		},
		// The server's JSON request log goes to stdout: drained, not kept.
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 300; i++) {
		try {
			const response = await fetch(`${url}/api/health`);
			if (response.ok) return { url, stop: () => stopServer(server) };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill('SIGKILL');
	throw new Error(`the Quarry server did not answer /api/health on port ${port}`);
}

function stopServer(server) {
	return new Promise((resolve) => {
		if (server.exitCode !== null) return resolve();
		server.once('exit', () => resolve());
		server.kill('SIGTERM');
	});
}

/** Registers `count` accounts (a few at a time: each sign-up hashes a password with Argon2id). */
async function registerUsers(url, count) {
	const users = [];
	const origin = new URL(url).origin;
	for (let start = 0; start < count; start += 4) {
		const batch = Array.from({ length: Math.min(4, count - start) }, async (_, i) => {
			const username = `bench-${start + i}-${randomBytes(3).toString('hex')}`;
			const response = await fetch(`${url}/api/auth/register`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin },
				body: JSON.stringify({ username, password: `pw-${randomUUID()}` })
			});
			if (response.status !== 201) {
				throw new Error(`register ${username}: ${response.status} ${await response.text()}`);
			}
			const cookie = response.headers
				.getSetCookie()
				.map((c) => c.split(';')[0])
				.find((c) => c.startsWith('quarry_session='));
			if (!cookie) throw new Error(`register ${username}: no session cookie`);
			return { username, cookie, deviceId: `bench-device-${start + i}` };
		});
		users.push(...(await Promise.all(batch)));
	}
	return users;
}

/** A connection's state: its account, device counter, cursor and the versions it has seen. */
function connectionState(user) {
	return { user, deviceSeq: 0, cursor: 0, versions: new Map() };
}

/** The next push of a device: BATCH edits of its records, on the versions it has seen. */
function pushOf(state, origin) {
	const changes = Array.from({ length: BATCH }, () => {
		state.deviceSeq += 1;
		const recordId = `q-${state.deviceSeq % RECORDS_PER_USER}`;
		return {
			changeId: randomUUID(),
			table: 'queries',
			recordId,
			baseVersion: state.versions.get(recordId) ?? 0,
			deleted: false,
			data: {
				id: recordId,
				sql: `SELECT category, count(*) FROM orders WHERE amount > ${state.deviceSeq} GROUP BY 1`,
				source: 'editor',
				startedAt: 1_800_000_000_000 + state.deviceSeq,
				ms: 12,
				rows: 20
			},
			deviceSeq: state.deviceSeq
		};
	});
	return {
		method: 'POST',
		path: '/api/sync/push',
		headers: { cookie: state.user.cookie, origin, 'content-type': 'application/json' },
		body: JSON.stringify({ deviceId: state.user.deviceId, changes })
	};
}

function afterPush(state, status, body) {
	if (status !== 200) return;
	for (const result of JSON.parse(body).results) {
		state.versions.set(result.record.recordId, result.record.version);
	}
}

function pullOf(state) {
	return {
		method: 'GET',
		path: `/api/sync/pull?since=${state.cursor}&limit=100`,
		headers: { cookie: state.user.cookie }
	};
}

function afterPull(state, status, body) {
	if (status !== 200) return;
	const page = JSON.parse(body);
	state.cursor = page.cursor;
	for (const record of page.records) state.versions.set(record.recordId, record.version);
}

function summary(seconds, states, timings, counts, offered) {
	return {
		seconds,
		connections: states.length,
		offeredRequestsPerSecond: offered,
		changesPerPush: BATCH,
		requests: timings.push.length + timings.pull.length,
		requestsPerSecond: Math.round((timings.push.length + timings.pull.length) / seconds),
		changesPushedPerSecond: Math.round((timings.push.length * BATCH) / seconds),
		latencyMs: latencySummary([...timings.push, ...timings.pull]),
		pushLatencyMs: latencySummary(timings.push),
		pullLatencyMs: latencySummary(timings.pull),
		...counts
	};
}

/**
 * The saturated run: autocannon, one account per connection, each connection sending its next
 * request as soon as the last is answered. autocannon resets a connection's context when it
 * wraps round its request list, so the state lives in `states` and the context only names it;
 * the list is long enough that no connection wraps within a run (checked: `reassigned`).
 */
async function runSaturated(url, states, seconds) {
	const origin = new URL(url).origin;
	const timings = { push: [], pull: [] };
	let assigned = 0;

	function stateOf(context) {
		if (context.index === undefined) {
			context.index = assigned % states.length;
			assigned += 1;
		}
		return states[context.index];
	}
	function step(build, after, kind) {
		return {
			setupRequest(request, context) {
				context.sentAt = performance.now();
				return { ...request, ...build(stateOf(context), origin) };
			},
			onResponse(status, body, context) {
				timings[kind].push(performance.now() - context.sentAt);
				after(stateOf(context), status, body);
			}
		};
	}

	const requests = [];
	for (let i = 0; i < REQUESTS_PER_CONNECTION / 2; i++) {
		requests.push(step(pushOf, afterPush, 'push'), step(pullOf, afterPull, 'pull'));
	}
	const result = await autocannon({ url, connections: states.length, duration: seconds, requests });
	return {
		...summary(seconds, states, timings, {}, 'as fast as answered'),
		// autocannon's own count and latency percentiles, for comparison with ours.
		autocannon: {
			requests: result.requests.total,
			p50: result.latency.p50,
			p97_5: result.latency.p97_5,
			p99: result.latency.p99
		},
		non2xx: result.non2xx,
		errors: result.errors,
		timeouts: result.timeouts,
		reassignedConnections: Math.max(0, assigned - states.length)
	};
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The paced run: every device alternates push and pull with random pauses between requests
 * (exponentially distributed, as independent users are), so that all of them together offer
 * `rate` requests per second. One keep-alive connection per device.
 */
async function runPaced(url, states, seconds, rate) {
	const origin = new URL(url).origin;
	const timings = { push: [], pull: [] };
	const counts = { non2xx: 0, errors: 0, timeouts: 0 };
	const meanGapMs = (states.length / rate) * 1000;
	const end = performance.now() + seconds * 1000;
	await Promise.all(
		states.map(async (state) => {
			const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
			await sleep(Math.random() * meanGapMs);
			for (let isPush = true; performance.now() < end; isPush = !isPush) {
				const request = isPush ? pushOf(state, origin) : pullOf(state);
				const started = performance.now();
				try {
					const { status, body } = await send(url, request, agent);
					timings[isPush ? 'push' : 'pull'].push(performance.now() - started);
					if (status < 200 || status > 299) counts.non2xx += 1;
					(isPush ? afterPush : afterPull)(state, status, body);
				} catch {
					counts.errors += 1;
				}
				await sleep(-Math.log(1 - Math.random()) * meanGapMs);
			}
			agent.destroy();
		})
	);
	return summary(seconds, states, timings, counts, rate);
}

function send(base, request, agent) {
	return new Promise((resolve, reject) => {
		const req = http.request(
			new URL(request.path, base),
			{ method: request.method, headers: request.headers, agent, timeout: 10_000 },
			(res) => {
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () =>
					resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() })
				);
				res.on('error', reject);
			}
		);
		req.on('timeout', () => req.destroy(new Error('timed out')));
		req.on('error', reject);
		req.end(request.body);
	});
}

async function withPostgresSchema(baseUrl, body) {
	const schema = `quarry_bench_${randomBytes(5).toString('hex')}`;
	const admin = new pg.Client({ connectionString: baseUrl });
	await admin.connect();
	await admin.query(`CREATE SCHEMA ${schema}`);
	const url = new URL(baseUrl);
	url.searchParams.set('options', `-c search_path=${schema}`);
	try {
		return await body(url.toString());
	} finally {
		await admin.query(`DROP SCHEMA ${schema} CASCADE`);
		await admin.end();
	}
}

async function benchOneStore(root, port, store, databaseUrl) {
	const dataDir = mkdtempSync(join(tmpdir(), `quarry-bench-server-${store}-`));
	const env = { QUARRY_DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' };
	const server = await startServer(root, port, env);
	try {
		log(`server (${store}): registering ${USERS} accounts…`);
		const t0 = performance.now();
		const users = await registerUsers(server.url, USERS);
		const registerMs = performance.now() - t0;
		// Each account's device keeps its sequence numbers, cursor and versions across both runs.
		const states = users.map(connectionState);
		const runs = {};
		for (const name of ['saturated', 'paced']) {
			log(`server (${store}): ${USERS} devices, push + pull for ${SECONDS} s, ${name}…`);
			// The machine's 1-minute load average as the run starts: other work on it shows here.
			const loadAverage = Number(loadavg()[0].toFixed(2));
			const run =
				name === 'saturated'
					? await runSaturated(server.url, states, SECONDS)
					: await runPaced(server.url, states, SECONDS, RATE);
			runs[name] = { loadAverage, ...run };
		}
		return { store, registerMsPerUser: Math.round(registerMs / USERS), ...runs };
	} finally {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** Runs the load on SQLite and, when a test database is configured, on PostgreSQL. */
export async function benchServer(root, port) {
	const stores = (process.env.BENCH_SERVER_STORES ?? 'sqlite,postgres').split(',');
	const runs = stores.includes('sqlite') ? [await benchOneStore(root, port, 'sqlite')] : [];
	const pgUrl = process.env.QUARRY_TEST_DATABASE_URL;
	if (!stores.includes('postgres')) {
		// not asked for
	} else if (pgUrl) {
		runs.push(await withPostgresSchema(pgUrl, (url) => benchOneStore(root, port, 'postgres', url)));
	} else {
		log('server: QUARRY_TEST_DATABASE_URL is not set, so PostgreSQL was not measured');
	}
	return { target: 'p95 < 200 ms (aim ≤ 50 ms)', runs };
}

export function printServer(report) {
	const rows = [
		[
			'store',
			'run',
			'req/s',
			'p50 ms',
			'p95 ms',
			'p99 ms',
			'push p95',
			'pull p95',
			'non-2xx',
			'errors',
			'load avg'
		]
	];
	for (const store of report.runs) {
		for (const name of ['saturated', 'paced']) {
			const run = store[name];
			rows.push([
				store.store,
				name,
				run.requestsPerSecond,
				run.latencyMs.p50,
				run.latencyMs.p95,
				run.latencyMs.p99,
				run.pushLatencyMs.p95,
				run.pullLatencyMs.p95,
				run.non2xx,
				run.errors + run.timeouts,
				run.loadAverage
			]);
		}
	}
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
	for (const row of rows) console.log(row.map((v, c) => String(v).padEnd(widths[c])).join('  '));
	const first = report.runs[0].saturated;
	console.log(
		`${first.connections} connections, one account each, alternating a push of ${first.changesPerPush} changes and a pull, ${first.seconds} s per run; paced: ${report.runs[0].paced.offeredRequestsPerSecond} requests/s offered; target ${report.target}`
	);
}
