/**
 * The server load benchmark (`BENCH_ONLY=server npm run bench`): the real production server
 * (build/ through scripts/serve.mjs) on 127.0.0.1 with an empty data directory, 100 accounts
 * registered through the API, then autocannon with 100 connections, each connection signed in
 * as a different account, every connection alternating a push of a small batch of changes and
 * a pull from its cursor, as a syncing client does. Run once on the SQLite store and, when
 * QUARRY_TEST_DATABASE_URL is set, once on PostgreSQL (a throw-away schema in that database).
 *
 * BENCH_SERVER_SECONDS (default 20) sets each run's length, BENCH_SERVER_USERS (default 100)
 * the number of accounts and connections, BENCH_SERVER_BATCH (default 5) the changes per push.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { log } from './quarry-page.mjs';

const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 20);
const USERS = Number(process.env.BENCH_SERVER_USERS ?? 100);
const BATCH = Number(process.env.BENCH_SERVER_BATCH ?? 5);
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

/**
 * autocannon with one account per connection. autocannon resets a connection's context when it
 * wraps round its request list, so the state lives in `states` and the context only names it;
 * the list is long enough that no connection wraps within a run (checked: `reassigned`).
 */
async function runLoad(url, users, seconds) {
	const origin = new URL(url).origin;
	const states = [];
	const timings = { push: [], pull: [] };
	let reassigned = 0;

	function stateOf(context) {
		if (context.index === undefined) {
			if (states.length >= users.length) reassigned += 1;
			context.index = states.length % users.length;
			states.push(connectionState(users[context.index]));
		}
		return states[context.index];
	}

	function pushRequest(request, context) {
		const state = stateOf(context);
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
		context.sentAt = performance.now();
		return {
			...request,
			method: 'POST',
			path: '/api/sync/push',
			headers: { cookie: state.user.cookie, origin, 'content-type': 'application/json' },
			body: JSON.stringify({ deviceId: state.user.deviceId, changes })
		};
	}

	function onPush(status, body, context) {
		timings.push.push(performance.now() - context.sentAt);
		if (status !== 200) return;
		const state = stateOf(context);
		for (const result of JSON.parse(body).results) {
			state.versions.set(result.record.recordId, result.record.version);
		}
	}

	function pullRequest(request, context) {
		const state = stateOf(context);
		context.sentAt = performance.now();
		return {
			...request,
			method: 'GET',
			path: `/api/sync/pull?since=${state.cursor}&limit=100`,
			headers: { cookie: state.user.cookie }
		};
	}

	function onPull(status, body, context) {
		timings.pull.push(performance.now() - context.sentAt);
		if (status !== 200) return;
		const state = stateOf(context);
		const page = JSON.parse(body);
		state.cursor = page.cursor;
		for (const record of page.records) state.versions.set(record.recordId, record.version);
	}

	const requests = [];
	for (let i = 0; i < REQUESTS_PER_CONNECTION / 2; i++) {
		requests.push({ setupRequest: pushRequest, onResponse: onPush });
		requests.push({ setupRequest: pullRequest, onResponse: onPull });
	}
	const all = [];
	const instance = autocannon({
		url,
		connections: users.length,
		duration: seconds,
		requests
	});
	instance.on('response', (_client, _status, _bytes, responseTime) => all.push(responseTime));
	const result = await instance;
	return {
		seconds,
		connections: users.length,
		changesPerPush: BATCH,
		requests: result.requests.total,
		requestsPerSecond: Math.round(result.requests.average),
		changesPushedPerSecond: Math.round((timings.push.length * BATCH) / seconds),
		latencyMs: latencySummary(all),
		pushLatencyMs: latencySummary(timings.push),
		pullLatencyMs: latencySummary(timings.pull),
		non2xx: result.non2xx,
		errors: result.errors,
		timeouts: result.timeouts,
		reassignedConnections: reassigned
	};
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
		log(`server (${store}): ${USERS} connections, push + pull for ${SECONDS} s…`);
		// The machine's 1-minute load average as the run starts: other work on it shows here.
		const loadAverage = Number(loadavg()[0].toFixed(2));
		const load = await runLoad(server.url, users, SECONDS);
		return { store, loadAverage, registerMsPerUser: Math.round(registerMs / USERS), ...load };
	} finally {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

/** Runs the load on SQLite and, when a test database is configured, on PostgreSQL. */
export async function benchServer(root, port) {
	const runs = [await benchOneStore(root, port, 'sqlite')];
	const pgUrl = process.env.QUARRY_TEST_DATABASE_URL;
	if (pgUrl) {
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
	for (const run of report.runs) {
		rows.push([
			run.store,
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
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
	for (const row of rows) console.log(row.map((v, c) => String(v).padEnd(widths[c])).join('  '));
	const first = report.runs[0];
	console.log(
		`${first.connections} connections, one account each, alternating a push of ${first.changesPerPush} changes and a pull, ${first.seconds} s per store; target ${report.target}`
	);
}
