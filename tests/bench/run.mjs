/**
 * `npm run bench` — Quarry against bare DuckDB-WASM, in the same headless Chromium run.
 *
 * Each operation runs RUNS times through Quarry (the test build — the production app plus
 * window.__quarry — on the Node server, driven through the page) and through a bare page that uses @duckdb/duckdb-wasm directly.
 * Medians and ratios are printed as a table and written to tests/bench/results/<date>.json.
 * These are measurements, not assertions: the command fails only if the benchmark itself breaks.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { generateCsv } from './generate.mjs';
import { startStaticServer } from './static-server.mjs';
import { chromiumArgs as FLAGS, chromiumPath as CHROMIUM } from '../helpers/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUARRY_PORT = Number(process.env.BENCH_PORT ?? 4250);
const PARQUET = join(root, 'node_modules/vega-datasets/data/flights-3m.parquet');
const CSV = join(here, '.data/orders-1m.csv');
const GROUP_BY =
	'SELECT category, count(*) AS orders, avg(amount) AS avg_amount, sum(quantity) AS units FROM %T GROUP BY category ORDER BY category';
const FLIGHTS_SQL =
	'SELECT origin, count(*) AS flights, avg(delay) AS avg_delay FROM %T GROUP BY origin ORDER BY flights DESC LIMIT 10';

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function log(message) {
	process.stderr.write(`[bench] ${message}\n`);
}

function buildIfNeeded() {
	if (!existsSync(join(root, 'build-test/index.js')) || process.env.BENCH_REBUILD) {
		log('building Quarry’s test build (it exposes window.__quarry)…');
		execFileSync('npx', ['vite', 'build'], {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, QUARRY_TEST_BUILD: '1' }
		});
	}
	log('building the bare reference page…');
	execFileSync('npx', ['vite', 'build', '--config', 'tests/bench/bare/vite.config.ts'], {
		cwd: root,
		stdio: 'inherit'
	});
}

async function startQuarry(dataDir) {
	const server = spawn(process.execPath, [join(root, 'build-test/index.js')], {
		env: { ...process.env, PORT: String(QUARRY_PORT), HOST: '127.0.0.1', QUARRY_DATA_DIR: dataDir },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${QUARRY_PORT}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => server.kill('SIGTERM') };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill('SIGKILL');
	throw new Error('Quarry server did not start');
}

/** Quarry: wait until the workspace is loaded and the engine is ready. */
async function quarryReady(page) {
	await page.waitForFunction(
		() => window.__quarry?.workspace?.isLoaded && window.__quarry.workspace.engine === 'ready',
		null,
		{ polling: 5, timeout: 60_000 }
	);
}

/** Record main-thread long tasks (> 50 ms) so blocking shows up in the report. */
async function watchLongTasks(page) {
	await page.evaluate(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
	});
}

async function takeLongTasks(page) {
	return page.evaluate(() => {
		const tasks = window.__longTasks ?? [];
		window.__longTasks = [];
		return tasks;
	});
}

async function quarryImport(page, file) {
	const before = await page.evaluate(() => window.__quarry.workspace.imports.length);
	const t0 = performance.now();
	await page.locator('input[type=file]').first().setInputFiles(file);
	const job = await page.waitForFunction(
		(n) => {
			const jobs = window.__quarry.workspace.imports;
			const job = jobs.length > n ? jobs[jobs.length - 1] : null;
			return job && ['done', 'failed', 'cancelled'].includes(job.status) ? { ...job } : null;
		},
		before,
		{ polling: 10, timeout: 300_000 }
	);
	const ms = performance.now() - t0;
	const value = await job.jsonValue();
	if (value.status !== 'done') throw new Error(`Quarry import ${value.status}: ${value.error}`);
	const dataset = await page.evaluate((id) => {
		const d = window.__quarry.workspace.getDataset(id);
		return {
			id: d.id,
			tableName: d.tableName,
			rows: d.rows,
			storedBytes: d.storedBytes,
			sourceBytes: d.sourceBytes
		};
	}, value.datasetId);
	return { ms, dataset };
}

async function quarryQuery(page, sql) {
	return page.evaluate(async (text) => {
		const runner = window.__quarry.queries;
		await runner.run(text);
		if (runner.error) throw new Error(runner.error.message);
		// The time Quarry shows with the answer: from Run to a decoded result on the page. (The
		// history write that follows is not part of the wait: the answer is on screen by then.)
		return { ms: runner.result.ms, rows: runner.result.rows };
	}, sql);
}

async function quarryDelete(page, id) {
	await page.evaluate((datasetId) => window.__quarry.workspace.deleteDataset(datasetId), id);
}

async function benchQuarry(context, url, results) {
	const page = await context.newPage();
	await page.goto(url);
	await quarryReady(page);
	await watchLongTasks(page);

	for (let i = 0; i < RUNS; i++) {
		const { ms, dataset } = await quarryImport(page, CSV);
		results.importCsv.quarry.push(ms);
		results.sizes.csv = dataset;
		const sql = GROUP_BY.replace('%T', `"${dataset.tableName}"`);
		await quarryQuery(page, sql); // first run warms the attach
		results.groupBy.quarry.push((await quarryQuery(page, sql)).ms);
		results.longTasks.push(...(await takeLongTasks(page)));
		log(`quarry run ${i + 1}: import ${ms.toFixed(0)} ms`);
		if (i < RUNS - 1) await quarryDelete(page, dataset.id);
	}

	// A 1,000,000-row × 8-column result shown in the query page's grid: decoding and the first
	// render happen on the page's thread. (Client-side navigation keeps the long-task observer.)
	await page.getByRole('link', { name: 'Query', exact: true }).click();
	await page.waitForURL('**/query');
	await takeLongTasks(page);
	const wide = await quarryQuery(page, `SELECT * FROM "${results.sizes.csv.tableName}"`);
	await page.getByRole('grid', { name: 'Query result' }).waitFor();
	await page.waitForTimeout(500);
	const wideTasks = await takeLongTasks(page);
	results.wideResult = {
		rows: wide.rows,
		ms: Math.round(wide.ms),
		longTasks: wideTasks.length,
		longestTaskMs: Math.round(Math.max(0, ...wideTasks))
	};
	log(`quarry 1M-row result: ${wide.ms.toFixed(0)} ms, long tasks ${wideTasks.map(Math.round)}`);
	await page.getByRole('link', { name: 'Home', exact: true }).click();
	await page.waitForURL(url + '/');

	const { dataset: flights } = await quarryImport(page, PARQUET);
	results.sizes.parquet = flights;
	const flightsSql = FLIGHTS_SQL.replace('%T', `"${flights.tableName}"`);
	for (let i = 0; i < RUNS; i++) {
		await page.reload();
		const { at, readyAt } = await page.evaluate(async (text) => {
			const sleep = () => new Promise((resolve) => setTimeout(resolve, 2));
			const engineReady = (async () => {
				while (window.__quarry?.workspace?.engine !== 'ready') await sleep();
				return performance.now();
			})();
			// As soon as the page can take a query (the engine may still be starting, as it is
			// when a user presses Run right after opening Quarry).
			while (!window.__quarry?.workspace?.isLoaded) await sleep();
			await window.__quarry.queries.run(text);
			if (window.__quarry.queries.error) throw new Error(window.__quarry.queries.error.message);
			return { at: performance.now(), readyAt: await engineReady };
		}, flightsSql);
		results.firstAnswer.quarry.push(at);
		results.engineReady.quarry.push(readyAt);
		log(`quarry reload ${i + 1}: first answer at ${at.toFixed(0)} ms`);
	}
	await page.close();
}

async function benchBare(context, url, results) {
	const page = await context.newPage();
	await page.goto(`${url}/index.html`);
	await page.waitForFunction(() => 'bare' in window);
	await page.evaluate(() => window.bare.start());
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		await page.locator('#file').setInputFiles(CSV);
		const { rows } = await page.evaluate(() => window.bare.importCsv('orders'));
		results.importCsv.bare.push(performance.now() - t0);
		if (rows !== 1_000_000) throw new Error(`bare import read ${rows} rows`);
		const sql = GROUP_BY.replace('%T', '"orders"');
		await page.evaluate((text) => window.bare.query(text), sql);
		results.groupBy.bare.push((await page.evaluate((text) => window.bare.query(text), sql)).ms);
		log(`bare run ${i + 1}`);
	}
	for (let i = 0; i < RUNS; i++) {
		await page.goto(`${url}/index.html`);
		await page.waitForFunction(() => 'bare' in window);
		const { at, readyAt } = await page.evaluate(
			async ([sql]) => {
				await window.bare.start();
				const readyAt = performance.now();
				const at = await window.bare.parquetFirstAnswer('/data/flights-3m.parquet', 'flights', sql);
				return { at, readyAt };
			},
			[FLIGHTS_SQL.replace('%T', '"flights"')]
		);
		results.firstAnswer.bare.push(at);
		results.engineReady.bare.push(readyAt);
		log(`bare reload ${i + 1}: first answer at ${at.toFixed(0)} ms`);
	}
	await page.close();
}

function summarise(results) {
	const ops = [
		{ key: 'importCsv', name: 'import 1M × 8 CSV (64 MB)', target: 1.15 },
		{ key: 'groupBy', name: 'GROUP BY over 1M rows (warm)', target: 1.1 },
		{ key: 'firstAnswer', name: 'reload → first answer, flights-3m', targetMs: 1000 },
		// No target: how long DuckDB-WASM takes to start, the floor under the first answer.
		{ key: 'engineReady', name: 'reload → engine ready (reference)' }
	];
	return ops.map(({ key, name, target, targetMs }) => {
		const quarry = median(results[key].quarry);
		const bare = median(results[key].bare);
		return {
			name,
			quarryMedianMs: Math.round(quarry),
			bareMedianMs: Math.round(bare),
			ratio: Number((quarry / bare).toFixed(2)),
			target: target ? `ratio ≤ ${target}` : targetMs ? `≤ ${targetMs} ms` : 'none',
			met: target ? quarry / bare <= target : targetMs ? quarry <= targetMs : null,
			quarryRunsMs: results[key].quarry.map(Math.round),
			bareRunsMs: results[key].bare.map(Math.round)
		};
	});
}

function printTable(ops, sizes) {
	const rows = [['operation', 'Quarry (median ms)', 'bare (median ms)', 'ratio', 'target', 'met']];
	for (const op of ops) {
		rows.push([
			op.name,
			op.quarryMedianMs,
			op.bareMedianMs,
			op.ratio,
			op.target,
			op.met === null ? '—' : op.met ? 'yes' : 'no'
		]);
	}
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
	for (const row of rows) console.log(row.map((v, c) => String(v).padEnd(widths[c])).join('  '));
	console.log('');
	for (const [name, size] of Object.entries(sizes)) {
		console.log(
			`stored size (${name}): ${(size.storedBytes / 1e6).toFixed(1)} MB vs original ${(size.sourceBytes / 1e6).toFixed(1)} MB (${(size.storedBytes / size.sourceBytes).toFixed(2)}×)`
		);
	}
}

async function main() {
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
	buildIfNeeded();
	log('generating data…');
	await generateCsv(CSV);
	const dataDir = mkdtempSync(join(tmpdir(), 'quarry-bench-data-'));
	const quarry = await startQuarry(dataDir);
	const bare = await startStaticServer({
		'/': join(here, '.build/bare'),
		'/data/': join(root, 'node_modules/vega-datasets/data')
	});
	const results = {
		importCsv: { quarry: [], bare: [] },
		groupBy: { quarry: [], bare: [] },
		firstAnswer: { quarry: [], bare: [] },
		engineReady: { quarry: [], bare: [] },
		longTasks: [],
		sizes: {}
	};
	const profiles = [];
	try {
		for (const side of (process.env.BENCH_SIDES ?? 'bare,quarry').split(',')) {
			const profile = mkdtempSync(join(tmpdir(), `quarry-bench-${side}-`));
			profiles.push(profile);
			const context = await chromium.launchPersistentContext(profile, {
				executablePath: CHROMIUM,
				args: FLAGS,
				headless: true
			});
			try {
				if (side === 'bare') await benchBare(context, bare.url, results);
				else await benchQuarry(context, quarry.url, results);
			} finally {
				await context.close();
			}
		}
	} finally {
		quarry.stop();
		await bare.stop();
		for (const dir of [dataDir, ...profiles]) rmSync(dir, { recursive: true, force: true });
	}

	const ops = summarise(results);
	const chromiumVersion = execFileSync(CHROMIUM, ['--version']).toString().trim();
	const report = {
		date: new Date().toISOString(),
		runs: RUNS,
		machine: {
			cpus: cpus().length,
			cpu: cpus()[0]?.model,
			node: process.version,
			chromium: chromiumVersion
		},
		data: {
			csv: { path: 'generated 1,000,000 × 8', bytes: statSync(CSV).size },
			parquet: 'vega-datasets flights-3m.parquet'
		},
		ops,
		mainThreadLongTasks: {
			during: 'Quarry CSV imports and GROUP BY queries',
			count: results.longTasks.length,
			maxMs: Math.round(Math.max(0, ...results.longTasks))
		},
		millionRowResult: results.wideResult ?? null,
		sizes: Object.fromEntries(
			Object.entries(results.sizes).map(([k, v]) => [
				k,
				{ ...v, ratio: Number((v.storedBytes / v.sourceBytes).toFixed(3)) }
			])
		)
	};
	const outDir = join(here, 'results');
	mkdirSync(outDir, { recursive: true });
	const outFile = join(outDir, `${report.date.slice(0, 10)}.json`);
	writeFileSync(outFile, JSON.stringify(report, null, '\t') + '\n');
	printTable(ops, results.sizes);
	console.log(
		`main-thread long tasks (> 50 ms) during Quarry imports and queries: ${report.mainThreadLongTasks.count}, longest ${report.mainThreadLongTasks.maxMs} ms`
	);
	if (report.millionRowResult) {
		const wide = report.millionRowResult;
		console.log(
			`1M × 8 result in the grid: ${wide.ms} ms from Run, main-thread long tasks: ${wide.longTasks}, longest ${wide.longestTaskMs} ms`
		);
	}
	console.log(`\nwritten: ${outFile}`);
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
