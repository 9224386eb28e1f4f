/**
 * Browser probe: can DuckDB-WASM's own file format serve as the durable copy?
 *   npx vite build --config tests/bench/engine-probe/dbfile/vite.config.ts
 *   node tests/bench/engine-probe/dbfile/run.mjs   (needs tests/bench/.data/orders-1m.csv,
 *   written by `npm run bench`)
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../../helpers/chromium.mjs';

const root = '/tmp/quarry-dbfile-probe';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
	const path = join(root, req.url === '/' ? 'index.html' : (req.url ?? '').split('?')[0]);
	if (!existsSync(path)) {
		res.statusCode = 404;
		res.end();
		return;
	}
	res.setHeader('content-type', types[extname(path)] ?? 'application/octet-stream');
	res.end(readFileSync(path));
}).listen(4291, '127.0.0.1');

const sql = 'SELECT category, count(*) AS n, avg(amount) AS a FROM %T GROUP BY category';
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	const page = await browser.newPage();
	await page.goto('http://127.0.0.1:4291/');
	await page.waitForFunction(() => document.title === 'ready');
	await page.setInputFiles('#file', 'tests/bench/.data/orders-1m.csv');
	const show = async (label, body, arg) =>
		console.log(label.padEnd(22), JSON.stringify(await page.evaluate(body, arg)));
	await show('start', () => window.probe.start());
	if (process.env.COMPARE) {
		await show('read_csv ×3 (ms)', () => window.probe.compareBundles());
		process.exit(0);
	}
	await show('load csv', () => window.probe.loadCsv());
	await show('copy after CHECKPOINT', () => window.probe.writeCopy('a.duckdb', 'a', 'checkpoint'));
	await show('copy after DETACH', () => window.probe.writeCopy('b.duckdb', 'b', 'detach'));
	await show('read back a', (text) => window.probe.readBack('a.duckdb', text), sql);
	await show('read back b', (text) => window.probe.readBack('b.duckdb', text), sql);
} finally {
	await browser.close();
	server.close();
}
