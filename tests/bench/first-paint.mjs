/**
 * First-paint JavaScript: loads `/` of the production build (build/) in a fresh profile, lists
 * the JavaScript the page and its workers fetched until `load` + network idle (the dashboard
 * shown, no chart opened), sums the bytes and checks that none of it is vega. Then opens the
 * query page, runs a small query so a chart is drawn, and reports the vega chunk(s) loaded then.
 */
import { gzipSync } from 'node:zlib';
import { log } from './quarry-page.mjs';

/**
 * Strings found in vega's own code and nowhere in Quarry's: vega-embed's stylesheet class and
 * error texts of vega's runtime and vega-lite's compiler.
 */
export const VEGA_MARKERS = ['.vega-embed', 'Unrecognized signal name', 'Invalid specification'];

/** In the page or a worker: the JavaScript fetched so far, from Resource Timing. */
function scriptEntries() {
	return performance
		.getEntriesByType('resource')
		.filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname))
		.map((e) => ({
			url: e.name,
			start: e.startTime,
			end: e.responseEnd,
			transferBytes: e.transferSize,
			encodedBytes: e.encodedBodySize,
			bytes: e.decodedBodySize
		}));
}

async function collect(page, bodies) {
	const origin = await page.evaluate(() => performance.timeOrigin);
	const entries = (await page.evaluate(scriptEntries)).map((e) => ({ ...e, where: 'page' }));
	for (const worker of page.workers()) {
		const w = await worker
			.evaluate(() => ({ origin: performance.timeOrigin, list: scriptEntries() }))
			.catch(() => ({ origin, list: [] }));
		for (const e of w.list) {
			entries.push({
				...e,
				start: e.start + w.origin - origin,
				end: e.end + w.origin - origin,
				where: 'worker'
			});
		}
	}
	const byPath = new Map();
	for (const e of entries) {
		const body = bodies.get(e.url) ?? '';
		const path = new URL(e.url).pathname;
		if (byPath.has(path)) continue;
		byPath.set(path, {
			path,
			// The engine worker's script is requested by the page; its imports by the worker.
			where: path.includes('/workers/') ? 'engine worker' : 'page',
			bytes: e.bytes || body.length,
			encodedBytes: e.encodedBytes,
			gzipBytes: body ? gzipSync(body).length : null,
			atMs: Math.round(e.end),
			isVega: VEGA_MARKERS.some((marker) => body.includes(marker))
		});
	}
	return [...byPath.values()];
}

/** The JS on `/` until load + network idle, and the vega chunks a chart on /query loads. */
export async function benchFirstPaint(context, url) {
	const bodies = new Map();
	context.on('response', async (response) => {
		const path = new URL(response.url()).pathname;
		if (!/\.m?js$/.test(path) || response.status() !== 200) return;
		try {
			bodies.set(response.url(), await response.text());
		} catch {
			// the body is gone (e.g. a redirect); Resource Timing still has its size
		}
	});
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.getByTestId('datasets-count').waitFor();
	const fcp = await page.evaluate(
		() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
	);
	const onLoad = await collect(page, bodies);
	const seen = new Set(onLoad.map((s) => s.path));

	// A chart on the query page: a VALUES query needs no dataset.
	await page.getByRole('link', { name: 'Query', exact: true }).click();
	await page.waitForURL('**/query');
	await page
		.getByRole('textbox')
		.first()
		.fill("SELECT * FROM (VALUES ('a', 3), ('b', 5), ('c', 2)) AS t(label, amount)");
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await page
		.locator('section[aria-label="Chart"] figure [role="img"] svg g.role-mark > *')
		.first()
		.waitFor({ timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	const later = (await collect(page, bodies)).filter((s) => !seen.has(s.path));
	await page.close();

	const sum = (list, field) => list.reduce((total, s) => total + (s[field] ?? 0), 0);
	const totals = (list) => ({
		scripts: list.length,
		bytes: sum(list, 'bytes'),
		gzipBytes: sum(list, 'gzipBytes'),
		pageBytes: sum(
			list.filter((s) => s.where === 'page'),
			'bytes'
		),
		pageGzipBytes: sum(
			list.filter((s) => s.where === 'page'),
			'gzipBytes'
		),
		workerBytes: sum(
			list.filter((s) => s.where === 'engine worker'),
			'bytes'
		)
	});
	const vegaLater = later.filter((s) => s.isVega);
	const result = {
		firstContentfulPaintMs: fcp === null ? null : Math.round(fcp),
		untilIdle: totals(onLoad),
		beforeFirstPaint: totals(onLoad.filter((s) => fcp !== null && s.atMs <= fcp)),
		vegaOnFirstPaint: onLoad.filter((s) => s.isVega).map((s) => s.path),
		vegaChunksOnChart: vegaLater.map((s) => ({
			path: s.path,
			bytes: s.bytes,
			gzipBytes: s.gzipBytes
		})),
		vegaBytesOnChart: sum(vegaLater, 'bytes'),
		otherJsOnChart: later.filter((s) => !s.isVega).map((s) => ({ path: s.path, bytes: s.bytes })),
		scripts: onLoad
	};
	log(
		`first paint: ${result.untilIdle.scripts} scripts, ${(result.untilIdle.bytes / 1024).toFixed(0)} KiB until idle, vega on first paint: ${result.vegaOnFirstPaint.length}, vega on chart: ${(result.vegaBytesOnChart / 1024).toFixed(0)} KiB`
	);
	return result;
}
