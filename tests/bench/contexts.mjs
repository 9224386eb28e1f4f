/**
 * `BENCH_ONLY=contexts npm run bench` — a query through a context view against the same SQL in
 * bare DuckDB-WASM. Quarry imports flights-3m (Parquet) and airports (CSV), a context relating
 * flights.origin ↔ airports.iata is stored, and the query (flights per airport state, average
 * delay) names the context's view. Timed: the query warm (view and tables in the engine), and
 * reload → first answer (the view is created again and both tables attached on demand). The
 * bare page builds the same tables, creates the same view with the same SQL, and runs the same
 * query. Target: ≤ 2 s; p50, p95 and the ratio are reported.
 */
import { join } from 'node:path';
import { log, median, quarryImport, quarryReady } from './quarry-page.mjs';

const TARGET_MS = 2000;

/** `SELECT … FROM <view>`: the question a travel context is for. */
function questionSql(view) {
	return `SELECT state, count(*) AS flights, avg(delay) AS avg_delay FROM "${view}" GROUP BY state ORDER BY flights DESC`;
}

/** Page-side spans of one query (engine/timing.ts), in ms. */
const SPANS = [
	'client-plan',
	'client-parse',
	'client-list-attachments',
	'client-ensure-attached',
	'client-query',
	'run-decode'
];

function readSpans(names) {
	return Object.fromEntries(
		names.map((n) => [n, performance.getEntriesByName(`quarry:${n}`).at(-1)?.duration ?? null])
	);
}

export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function saveContext(page, flights, airports) {
	return page.evaluate(
		async ({ f, a }) => {
			const now = Date.now();
			await window.__quarry.workspace.storage.contexts.put({
				id: 'bench-travel',
				name: 'Travel',
				datasetIds: [f.id, a.id],
				relations: [
					{
						left: { datasetId: f.id, column: 'origin' },
						right: { datasetId: a.id, column: 'iata' },
						kind: 'many-to-one'
					}
				],
				metrics: [{ name: 'avg_delay', expression: 'AVG(delay)', datasetId: f.id }],
				descriptions: [],
				synonyms: [],
				notes: '',
				version: 1,
				createdAt: now,
				updatedAt: now
			});
		},
		{ f: flights, a: airports }
	);
}

async function waitForView(page) {
	const handle = await page.waitForFunction(
		() => window.__quarry?.contextViews?.sets?.[0]?.views?.[0] ?? null,
		null,
		{ polling: 10, timeout: 60_000 }
	);
	const view = await handle.jsonValue();
	return { name: view.name, sql: view.sql, tables: view.tables };
}

async function quarryRun(page, sql) {
	return page.evaluate(async (text) => {
		const runner = window.__quarry.queries;
		await runner.run(text);
		if (runner.error) throw new Error(runner.error.message);
		return { ms: runner.result.ms, rows: runner.result.rows };
	}, sql);
}

export async function benchQuarryContexts(context, url, root, runs) {
	const page = await context.newPage();
	await page.goto(url);
	await quarryReady(page);
	const data = join(root, 'node_modules/vega-datasets/data');
	const { datasets } = await quarryImport(page, [
		join(data, 'flights-3m.parquet'),
		join(data, 'airports.csv')
	]);
	const [flights, airports] = datasets;
	await saveContext(page, flights, airports);
	const view = await waitForView(page);
	const sql = questionSql(view.name);
	// After the import both tables are in the engine; the first query creates the view.
	const first = await quarryRun(page, sql);
	log(`contexts: quarry first query through ${view.name}: ${first.ms.toFixed(0)} ms`);
	const warm = [];
	const spans = [];
	for (let i = 0; i < runs; i++) {
		await page.evaluate(() => performance.clearMeasures());
		warm.push((await quarryRun(page, sql)).ms);
		spans.push(await page.evaluate(readSpans, SPANS));
	}
	// The same join written out in the query (no view), through the same runner.
	const direct = [];
	const body = view.sql.slice(view.sql.indexOf('\nSELECT ') + 1);
	const directSql = sql.replace(`FROM "${view.name}"`, `FROM (${body}) AS joined`);
	for (let i = 0; i < runs; i++) direct.push((await quarryRun(page, directSql)).ms);
	const reload = [];
	for (let i = 0; i < runs; i++) {
		await page.reload();
		const at = await page.evaluate(async (text) => {
			const sleep = () => new Promise((resolve) => setTimeout(resolve, 2));
			while (!window.__quarry?.workspace?.isLoaded || !window.__quarry.contextViews?.isLoaded)
				await sleep();
			const t0 = performance.now();
			await window.__quarry.queries.run(text);
			if (window.__quarry.queries.error) throw new Error(window.__quarry.queries.error.message);
			return { fromLoad: performance.now(), fromRun: performance.now() - t0 };
		}, sql);
		reload.push(at);
		log(`contexts: quarry reload ${i + 1}: answer ${at.fromRun.toFixed(0)} ms after Run`);
	}
	await page.close();
	return {
		view,
		tables: { flights: flights.tableName, airports: airports.tableName },
		rows: first.rows,
		firstMs: first.ms,
		warm,
		direct,
		spans,
		reloadFromRun: reload.map((r) => r.fromRun),
		reloadFromLoad: reload.map((r) => r.fromLoad)
	};
}

export async function benchBareContexts(context, url, root, quarry, runs) {
	const page = await context.newPage();
	const csv = join(root, 'node_modules/vega-datasets/data/airports.csv');
	const sql = questionSql(quarry.view.name);
	const load = async () => {
		await page.goto(`${url}/index.html`);
		await page.waitForFunction(() => 'bare' in window);
		await page.locator('#file').setInputFiles(csv);
		return page.evaluate(
			async ({ tables, viewSql, text }) => {
				await window.bare.start();
				const t0 = performance.now();
				await window.bare.loadParquet('/data/flights-3m.parquet', tables.flights);
				await window.bare.importCsv(tables.airports);
				await window.bare.query(viewSql);
				const answer = await window.bare.query(text);
				return { fromLoad: performance.now(), fromData: performance.now() - t0, rows: answer.rows };
			},
			{ tables: quarry.tables, viewSql: quarry.view.sql, text: sql }
		);
	};
	const reload = [];
	for (let i = 0; i < runs; i++) {
		reload.push(await load());
		log(`contexts: bare reload ${i + 1}: answer at ${reload.at(-1).fromLoad.toFixed(0)} ms`);
	}
	const warm = [];
	for (let i = 0; i < runs; i++) {
		warm.push((await page.evaluate((text) => window.bare.query(text), sql)).ms);
	}
	await page.close();
	return { rows: reload[0].rows, warm, reloadFromLoad: reload.map((r) => r.fromLoad) };
}

function stats(values) {
	return {
		p50: Math.round(median(values)),
		p95: Math.round(percentile(values, 95)),
		runs: values.map(Math.round)
	};
}

export function summariseContexts(quarry, bare) {
	const warmQ = stats(quarry.warm);
	const warmB = bare ? stats(bare.warm) : null;
	const loadQ = stats(quarry.reloadFromLoad);
	const loadB = bare ? stats(bare.reloadFromLoad) : null;
	return {
		view: quarry.view.name,
		sql: questionSql(quarry.view.name),
		rows: quarry.rows,
		bareRows: bare?.rows ?? null,
		target: `≤ ${TARGET_MS} ms`,
		firstQueryMs: Math.round(quarry.firstMs),
		warm: {
			quarry: warmQ,
			quarryJoinWrittenOut: stats(quarry.direct),
			quarrySpansMedianMs: Object.fromEntries(
				SPANS.map((n) => [
					n,
					Number(median(quarry.spans.map((s) => s[n]).filter((v) => v !== null)).toFixed(1))
				])
			),
			bare: warmB,
			ratio: warmB ? Number((warmQ.p50 / warmB.p50).toFixed(2)) : null,
			met: warmQ.p95 <= TARGET_MS
		},
		reloadFirstAnswer: {
			quarryFromRun: stats(quarry.reloadFromRun),
			quarryFromLoad: loadQ,
			bareFromLoad: loadB,
			ratio: loadB ? Number((loadQ.p50 / loadB.p50).toFixed(2)) : null,
			met: stats(quarry.reloadFromRun).p95 <= TARGET_MS
		}
	};
}

export function printContexts(summary) {
	const rows = [
		['query through a context view', 'Quarry p50/p95 ms', 'bare p50/p95 ms', 'ratio', 'met']
	];
	const pair = (s) => (s ? `${s.p50} / ${s.p95}` : '—');
	rows.push([
		'warm (view and tables in the engine)',
		pair(summary.warm.quarry),
		pair(summary.warm.bare),
		summary.warm.ratio ?? '—',
		summary.warm.met ? 'yes' : 'no'
	]);
	rows.push([
		'warm, the join written out (no view)',
		pair(summary.warm.quarryJoinWrittenOut),
		'—',
		'—',
		'—'
	]);
	rows.push([
		'reload → answer (from page load)',
		pair(summary.reloadFirstAnswer.quarryFromLoad),
		pair(summary.reloadFirstAnswer.bareFromLoad),
		summary.reloadFirstAnswer.ratio ?? '—',
		'—'
	]);
	rows.push([
		'reload → answer (from Run)',
		pair(summary.reloadFirstAnswer.quarryFromRun),
		'—',
		'—',
		summary.reloadFirstAnswer.met ? 'yes' : 'no'
	]);
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
	for (const row of rows) console.log(row.map((v, c) => String(v).padEnd(widths[c])).join('  '));
	const spans = Object.entries(summary.warm.quarrySpansMedianMs)
		.map(([n, ms]) => `${n} ${ms}`)
		.join(', ');
	console.log(`warm Quarry spans (median ms): ${spans}`);
	console.log(
		`view ${summary.view}: ${summary.rows} rows (bare ${summary.bareRows}); first query after the import ${summary.firstQueryMs} ms; target ${summary.target}`
	);
}
