/** Helpers the benchmarks share: medians, logging, starting a Quarry server, driving its page. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export function median(values) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function log(message) {
	process.stderr.write(`[bench] ${message}\n`);
}

/** Start a built Quarry server (`build-test/` or `build/`) on 127.0.0.1:port. */
export async function startQuarryServer(buildDir, port, dataDir) {
	const server = spawn(process.execPath, [join(buildDir, 'index.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', QUARRY_DATA_DIR: dataDir },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => server.kill('SIGTERM') };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill('SIGKILL');
	throw new Error(`Quarry server (${buildDir}) did not start on port ${port}`);
}

/** Quarry: wait until the workspace is loaded and the engine is ready. */
export async function quarryReady(page) {
	await page.waitForFunction(
		() => window.__quarry?.workspace?.isLoaded && window.__quarry.workspace.engine === 'ready',
		null,
		{ polling: 5, timeout: 120_000 }
	);
}

/** Import one file (or several) through the page's file input; waits for every job to end. */
export async function quarryImport(page, files) {
	const list = Array.isArray(files) ? files : [files];
	const before = await page.evaluate(() => window.__quarry.workspace.imports.length);
	const t0 = performance.now();
	await page.locator('input[type=file]').first().setInputFiles(list);
	const jobs = await page.waitForFunction(
		({ n, count }) => {
			const jobs = window.__quarry.workspace.imports.slice(n);
			if (jobs.length < count) return null;
			const ended = jobs.every((j) => ['done', 'failed', 'cancelled'].includes(j.status));
			return ended ? jobs.map((j) => ({ ...j })) : null;
		},
		{ n: before, count: list.length },
		{ polling: 10, timeout: 600_000 }
	);
	const ms = performance.now() - t0;
	const values = await jobs.jsonValue();
	const bad = values.find((j) => j.status !== 'done');
	if (bad) throw new Error(`Quarry import ${bad.status}: ${bad.error}`);
	const datasets = await page.evaluate(
		(ids) =>
			ids.map((id) => {
				const d = window.__quarry.workspace.getDataset(id);
				return {
					id: d.id,
					tableName: d.tableName,
					rows: d.rows,
					storedBytes: d.storedBytes,
					sourceBytes: d.sourceBytes
				};
			}),
		values.map((j) => j.datasetId)
	);
	return { ms, dataset: datasets[0], datasets };
}
