/**
 * Where Quarry's time goes: runs the bench's three operations once through the test build
 * (build-test/: the production app plus window.__quarry) and prints the `quarry:*` performance spans the page and the engine worker recorded
 * (src/lib/engine/timing.ts). Start times are ms since the page's navigation.
 *
 *   BENCH_PORT=4261 RELOADS=3 node tests/bench/phases.mjs   (build first: npm run build:test)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { generateCsv } from './generate.mjs';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 4250);
const RELOADS = Number(process.env.RELOADS ?? 3);
const CSV = join(here, '.data/orders-1m.csv');
const PARQUET = join(root, 'node_modules/vega-datasets/data/flights-3m.parquet');
const GROUP_BY =
	'SELECT category, count(*) AS orders, avg(amount) AS avg_amount, sum(quantity) AS units FROM %T GROUP BY category ORDER BY category';
const FLIGHTS_SQL =
	'SELECT origin, count(*) AS flights, avg(delay) AS avg_delay FROM %T GROUP BY origin ORDER BY flights DESC LIMIT 10';

function readSpans() {
	const spans = performance
		.getEntriesByType('measure')
		.filter((e) => e.name.startsWith('quarry:'))
		.map((e) => ({ name: e.name.slice(7), start: e.startTime, ms: e.duration }));
	performance.clearMeasures();
	return { origin: performance.timeOrigin, spans };
}

async function collect(page, title) {
	const main = await page.evaluate(readSpans);
	const all = main.spans.map((s) => ({ ...s, where: 'page' }));
	for (const worker of page.workers()) {
		const w = await worker.evaluate(readSpans).catch(() => ({ origin: 0, spans: [] }));
		for (const s of w.spans) {
			all.push({ ...s, start: s.start + w.origin - main.origin, where: 'worker' });
		}
	}
	all.sort((a, b) => a.start - b.start);
	console.log(`\n## ${title}`);
	for (const s of all) {
		console.log(
			`${s.where.padEnd(6)} ${s.name.padEnd(28)} at ${s.start.toFixed(0).padStart(6)} ms  took ${s.ms.toFixed(0).padStart(6)} ms`
		);
	}
}

async function ready(page) {
	await page.waitForFunction(
		() => window.__quarry?.workspace?.isLoaded && window.__quarry.workspace.engine === 'ready',
		null,
		{ polling: 5, timeout: 120_000 }
	);
}

async function importFile(page, file) {
	const before = await page.evaluate(() => window.__quarry.workspace.imports.length);
	const t0 = Date.now();
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
	const value = await job.jsonValue();
	if (value.status !== 'done') throw new Error(`import ${value.status}: ${value.error}`);
	console.log(`\nimport of ${file.split('/').pop()}: ${Date.now() - t0} ms (bench-style)`);
	return page.evaluate((id) => window.__quarry.workspace.getDataset(id).tableName, value.datasetId);
}

async function run(page, sql) {
	return page.evaluate(async (text) => {
		const t0 = performance.now();
		await window.__quarry.queries.run(text);
		if (window.__quarry.queries.error) throw new Error(window.__quarry.queries.error.message);
		return performance.now() - t0;
	}, sql);
}

async function main() {
	await generateCsv(CSV);
	const dataDir = mkdtempSync(join(tmpdir(), 'quarry-phases-data-'));
	const profile = mkdtempSync(join(tmpdir(), 'quarry-phases-profile-'));
	const server = spawn(process.execPath, [join(root, 'build-test/index.js')], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', QUARRY_DATA_DIR: dataDir },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${PORT}`;
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(url)
				.then((r) => r.ok)
				.catch(() => false)
		)
			break;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		args: chromiumArgs,
		headless: true
	});
	try {
		const page = await context.newPage();
		await page.goto(url);
		await ready(page);
		await collect(page, 'first load');
		if (!process.env.SKIP_CSV) {
			const table = await importFile(page, CSV);
			await collect(page, 'import CSV');
			const sql = GROUP_BY.replace('%T', `"${table}"`);
			console.log(`\nGROUP BY first: ${(await run(page, sql)).toFixed(0)} ms`);
			await collect(page, 'GROUP BY (first)');
			console.log(`\nGROUP BY warm: ${(await run(page, sql)).toFixed(0)} ms`);
			await collect(page, 'GROUP BY (warm)');
		}
		const flights = await importFile(page, PARQUET);
		await collect(page, 'import flights-3m');
		const flightsSql = FLIGHTS_SQL.replace('%T', `"${flights}"`);
		for (let i = 0; i < RELOADS; i++) {
			await page.reload();
			const at = await page.evaluate(async (text) => {
				while (!window.__quarry?.workspace?.isLoaded) {
					await new Promise((resolve) => setTimeout(resolve, 2));
				}
				await window.__quarry.queries.run(text);
				return performance.now();
			}, flightsSql);
			console.log(`\nreload ${i + 1}: first answer at ${at.toFixed(0)} ms`);
			await collect(page, `reload ${i + 1}`);
		}
	} finally {
		await context.close();
		server.kill('SIGTERM');
		rmSync(dataDir, { recursive: true, force: true });
		rmSync(profile, { recursive: true, force: true });
	}
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
