/**
 * `npm run bench` — Quarry against bare DuckDB-WASM, in the same headless Chromium run.
 *
 * Each operation runs RUNS times through Quarry (the test build — the production app plus
 * window.__quarry — on the Node server, driven through the page) and through a bare page that
 * uses @duckdb/duckdb-wasm (and vega-embed for charts) directly.
 * Medians and ratios are printed as a table and written to tests/bench/results/<date>.json.
 * These are measurements, not assertions: the command fails only if the benchmark itself breaks.
 *
 * BENCH_ONLY=import,charts,dashboard,firstpaint,answers,contexts,caches,server picks the groups
 * (default: all; `server` is the API under load, tests/bench/server.mjs);
 * BENCH_SIDES=bare,quarry picks the sides of the import and chart groups.
 */
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { benchAnswers, printAnswers, summariseAnswers } from './answers.mjs';
import { benchCaches, printCaches, summariseCaches } from './caches.mjs';
import { benchBareCharts, benchQuarryCharts, summariseCharts } from './charts.mjs';
import {
	benchBareContexts,
	benchQuarryContexts,
	printContexts,
	summariseContexts
} from './contexts.mjs';
import { benchDashboard, summariseDashboard } from './dashboard.mjs';
import { benchFirstPaint } from './first-paint.mjs';
import { generateCsv } from './generate.mjs';
import { benchServer, printServer } from './server.mjs';
import { log, median, quarryImport, quarryReady, startQuarryServer } from './quarry-page.mjs';
import { startStaticServer } from './static-server.mjs';
import { chromiumArgs as FLAGS, chromiumPath as CHROMIUM } from '../helpers/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUARRY_PORT = Number(process.env.BENCH_PORT ?? 4250);
const GROUPS = (
	process.env.BENCH_ONLY ?? 'import,charts,dashboard,firstpaint,answers,contexts,caches,server'
).split(',');
const SIDES = (process.env.BENCH_SIDES ?? 'bare,quarry').split(',');
const PARQUET = join(root, 'node_modules/vega-datasets/data/flights-3m.parquet');
const CSV = join(here, '.data/orders-1m.csv');
const GROUP_BY =
	'SELECT category, count(*) AS orders, avg(amount) AS avg_amount, sum(quantity) AS units FROM %T GROUP BY category ORDER BY category';
const FLIGHTS_SQL =
	'SELECT origin, count(*) AS flights, avg(delay) AS avg_delay FROM %T GROUP BY origin ORDER BY flights DESC LIMIT 10';

function build(label, args, env = {}) {
	log(`building ${label}…`);
	execFileSync('npx', ['vite', 'build', ...args], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
}

function buildIfNeeded() {
	const rebuild = Boolean(process.env.BENCH_REBUILD);
	const needsTest = GROUPS.some((g) =>
		['import', 'charts', 'dashboard', 'answers', 'contexts', 'caches'].includes(g)
	);
	if (needsTest && (rebuild || !existsSync(join(root, 'build-test/index.js')))) {
		build('Quarry’s test build (it exposes window.__quarry)', [], { QUARRY_TEST_BUILD: '1' });
	}
	const needsProduction = GROUPS.includes('firstpaint') || GROUPS.includes('server');
	if (needsProduction && (rebuild || !existsSync(join(root, 'build/index.js')))) {
		build('Quarry’s production build', []);
	}
	if (SIDES.includes('bare') && GROUPS.some((g) => ['import', 'charts', 'contexts'].includes(g))) {
		build('the bare reference page', ['--config', 'tests/bench/bare/vite.config.ts']);
	}
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

function printChartTable(charts) {
	const rows = [
		[
			'chart over flights-3m',
			'Quarry (median ms)',
			'stats',
			'chart SQL',
			'render',
			'bare',
			'ratio',
			'≤ 300 ms'
		]
	];
	for (const q of charts.queries) {
		rows.push([
			q.name,
			q.quarry.medianMs,
			q.quarry.statsMs,
			q.quarry.chartSqlMs,
			q.quarry.renderMs,
			q.bare
				? `${q.bare.medianMs} (${q.bare.statsMs}/${q.bare.chartSqlMs}/${q.bare.renderMs})`
				: '—',
			q.ratio ?? '—',
			q.met ? 'yes' : 'no'
		]);
	}
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
	for (const row of rows) console.log(row.map((v, c) => String(v).padEnd(widths[c])).join('  '));
	const cold = charts.coldFirstChart;
	if (cold.quarry) {
		console.log(
			`first chart after opening the page (loads vega): Quarry ${cold.quarry.totalMs} ms (render ${cold.quarry.renderMs})` +
				(cold.bare ? `, bare ${cold.bare.totalMs} ms (render ${cold.bare.renderMs})` : '')
		);
	}
}

function printOthers(report) {
	const d = report.dashboard;
	if (d) {
		console.log(
			`dashboard with ${d.datasets} datasets and ${d.historyRows.toLocaleString('en')} history rows: cards at ${d.medianMs} ms from navigation (first paint ${d.firstContentfulPaintMedianMs} ms), target ${d.target}: ${d.met ? 'met' : 'not met'}`
		);
	}
	const f = report.firstPaintJs;
	if (f) {
		const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
		const part = (t) =>
			`${t.scripts} files, ${kib(t.bytes)} (${kib(t.gzipBytes)} gzipped): page ${kib(t.pageBytes)} (${kib(t.pageGzipBytes)} gzipped), engine worker ${kib(t.workerBytes)}`;
		console.log(
			`JS on / before first paint (${f.firstContentfulPaintMs} ms): ${part(f.beforeFirstPaint)}`
		);
		console.log(`JS on / until load + network idle: ${part(f.untilIdle)}`);
		console.log(
			`vega among them: ${f.vegaOnFirstPaint.length ? f.vegaOnFirstPaint.join(', ') : 'none'}`
		);
		console.log(
			`vega loaded when a chart shows on /query: ${f.vegaChunksOnChart.map((c) => `${c.path} ${kib(c.bytes)} (${kib(c.gzipBytes)} gzipped)`).join(', ') || 'none found'}`
		);
	}
}

/**
 * Writes tests/bench/results/<date>.json, keeping the other groups' results of that day;
 * `keys` are the report's entries to write (default: all).
 */
function writeReport(report, keys = Object.keys(report)) {
	const outDir = join(here, 'results');
	mkdirSync(outDir, { recursive: true });
	const outFile = join(outDir, `${report.date.slice(0, 10)}.json`);
	const earlier = existsSync(outFile) ? JSON.parse(readFileSync(outFile, 'utf8')) : {};
	const fresh = Object.fromEntries(keys.map((key) => [key, report[key]]));
	writeFileSync(outFile, JSON.stringify({ ...earlier, ...fresh }, null, '\t') + '\n');
	return outFile;
}

async function withContext(name, profiles, body) {
	const profile = mkdtempSync(join(tmpdir(), `quarry-bench-${name}-`));
	profiles.push(profile);
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		args: FLAGS,
		headless: true
	});
	try {
		return await body(context);
	} finally {
		await context.close();
	}
}

async function main() {
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
	buildIfNeeded();
	if (GROUPS.includes('import')) {
		log('generating data…');
		await generateCsv(CSV);
	}
	if (GROUPS.length === 1 && GROUPS[0] === 'server') {
		// The API alone: no browser, no test build. Only the server entry of the day's file changes.
		const date = new Date().toISOString();
		const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version };
		const report = {
			date,
			server: { date, machine, ...(await benchServer(root, QUARRY_PORT + 2)) }
		};
		const outFile = writeReport(report, ['server']);
		printServer(report.server);
		console.log(`\nwritten: ${outFile}`);
		return;
	}
	const dataDir = mkdtempSync(join(tmpdir(), 'quarry-bench-data-'));
	const quarry = await startQuarryServer(join(root, 'build-test'), QUARRY_PORT, dataDir);
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
	const report = { date: new Date().toISOString(), runs: RUNS, groups: GROUPS };
	const profiles = [];
	try {
		if (GROUPS.includes('import')) {
			for (const side of SIDES) {
				await withContext(side, profiles, (context) =>
					side === 'bare'
						? benchBare(context, bare.url, results)
						: benchQuarry(context, quarry.url, results)
				);
			}
		}
		if (GROUPS.includes('charts')) {
			const quarryCharts = await withContext('charts', profiles, (context) =>
				benchQuarryCharts(context, quarry.url, PARQUET, RUNS)
			);
			const bareCharts = SIDES.includes('bare')
				? await withContext('charts-bare', profiles, (context) =>
						benchBareCharts(context, bare.url, quarryCharts, RUNS)
					)
				: null;
			report.charts = summariseCharts(quarryCharts, bareCharts);
		}
		if (GROUPS.includes('dashboard')) {
			const dashboard = await withContext('dashboard', profiles, (context) =>
				benchDashboard(context, quarry.url, dataDir, RUNS)
			);
			report.dashboard = summariseDashboard(dashboard);
		}
		if (GROUPS.includes('answers')) {
			const answers = await withContext('answers', profiles, (context) =>
				benchAnswers(context, quarry.url, root, RUNS)
			);
			report.answers = summariseAnswers(answers);
		}
		if (GROUPS.includes('contexts')) {
			const quarryContexts = await withContext('contexts', profiles, (context) =>
				benchQuarryContexts(context, quarry.url, root, RUNS)
			);
			const bareContexts = SIDES.includes('bare')
				? await withContext('contexts-bare', profiles, (context) =>
						benchBareContexts(context, bare.url, root, quarryContexts, RUNS)
					)
				: null;
			report.contexts = summariseContexts(quarryContexts, bareContexts);
		}
		if (GROUPS.includes('caches')) {
			const caches = await withContext('caches', profiles, (context) =>
				benchCaches(context, quarry.url, root)
			);
			report.caches = summariseCaches(caches);
		}
		if (GROUPS.includes('server')) report.server = await benchServer(root, QUARRY_PORT + 2);
		if (GROUPS.includes('firstpaint')) {
			const production = await startQuarryServer(join(root, 'build'), QUARRY_PORT + 1, dataDir);
			try {
				report.firstPaintJs = await withContext('firstpaint', profiles, (context) =>
					benchFirstPaint(context, production.url)
				);
			} finally {
				production.stop();
			}
		}
	} finally {
		quarry.stop();
		await bare.stop();
		for (const dir of [dataDir, ...profiles]) rmSync(dir, { recursive: true, force: true });
	}

	report.machine = {
		cpus: cpus().length,
		cpu: cpus()[0]?.model,
		node: process.version,
		chromium: execFileSync(CHROMIUM, ['--version']).toString().trim()
	};
	if (GROUPS.includes('import')) {
		report.data = {
			csv: { path: 'generated 1,000,000 × 8', bytes: statSync(CSV).size },
			parquet: 'vega-datasets flights-3m.parquet'
		};
		report.ops = summarise(results);
		report.mainThreadLongTasks = {
			during: 'Quarry CSV imports and GROUP BY queries',
			count: results.longTasks.length,
			maxMs: Math.round(Math.max(0, ...results.longTasks))
		};
		report.millionRowResult = results.wideResult ?? null;
		report.sizes = Object.fromEntries(
			Object.entries(results.sizes).map(([k, v]) => [
				k,
				{ ...v, ratio: Number((v.storedBytes / v.sourceBytes).toFixed(3)) }
			])
		);
	}
	const outFile = writeReport(report);

	if (report.ops) {
		printTable(report.ops, results.sizes);
		console.log(
			`main-thread long tasks (> 50 ms) during Quarry imports and queries: ${report.mainThreadLongTasks.count}, longest ${report.mainThreadLongTasks.maxMs} ms`
		);
		if (report.millionRowResult) {
			const wide = report.millionRowResult;
			console.log(
				`1M × 8 result in the grid: ${wide.ms} ms from Run, main-thread long tasks: ${wide.longTasks}, longest ${wide.longestTaskMs} ms`
			);
		}
		console.log('');
	}
	if (report.charts) {
		printChartTable(report.charts);
		console.log('');
	}
	if (report.answers) {
		printAnswers(report.answers);
		console.log('');
	}
	if (report.contexts) {
		printContexts(report.contexts);
		console.log('');
	}
	if (report.caches) {
		printCaches(report.caches);
		console.log('');
	}
	if (report.server) {
		printServer(report.server);
		console.log('');
	}
	printOthers(report);
	console.log(`\nwritten: ${outFile}`);
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
