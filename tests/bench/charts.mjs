/**
 * Chart benchmark: from "query result on the page" to "chart SVG with marks in the DOM" over
 * flights-3m, on the query page of the test build, split into the result's statistics (the
 * advisor's query and recommendation), the chart's own SQL, and drawing. The reference runs the
 * same statistics and chart SQL on bare DuckDB-WASM and draws the same spec with vega-embed on
 * the bare page.
 *
 * Times come from the page itself: a MutationObserver notes when each stage shows in the DOM,
 * and a wrapper around `Worker` (installed before the app loads, bench only) notes each engine
 * query's SQL and round trip, so the app needs no instrumentation of its own.
 */
import { readFile } from 'node:fs/promises';
import { log, median, quarryImport, quarryReady } from './quarry-page.mjs';

/** The charted queries; %T is flights-3m's table name. */
export const CHART_QUERIES = [
	{ key: 'all', name: 'SELECT * (recommended chart)', sql: 'SELECT * FROM %T' },
	{
		key: 'byOrigin',
		name: 'count by origin',
		sql: 'SELECT origin, count(*) AS flights FROM %T GROUP BY origin'
	},
	{
		key: 'perDay',
		name: 'flights per day (time series)',
		sql: "SELECT date_trunc('day', date) AS day, count(*) AS flights FROM %T GROUP BY day ORDER BY day"
	},
	{ key: 'delay', name: 'delay (histogram)', sql: 'SELECT delay FROM %T' }
];

/**
 * Runs in the page before any app code: notes every engine query (comlink call whose argument
 * has `sql`) with when it was sent and when its answer arrived.
 */
function tapEngineWorker() {
	const Native = window.Worker;
	window.__benchEngine = [];
	window.Worker = class extends Native {
		constructor(...args) {
			super(...args);
			const pending = new Map();
			const post = this.postMessage.bind(this);
			this.postMessage = (message, ...rest) => {
				const sql = message?.argumentList?.[0]?.value?.sql;
				if (typeof sql === 'string' && message.id) {
					pending.set(message.id, { sql, sentAt: performance.now() });
				}
				return post(message, ...rest);
			};
			this.addEventListener('message', (event) => {
				const sent = pending.get(event.data?.id);
				if (!sent) return;
				pending.delete(event.data.id);
				window.__benchEngine.push({ ...sent, doneAt: performance.now() });
			});
		}
	};
}

/** In the page: note when the result, the advice, the chart data and the drawn marks appear. */
function watchChartStages() {
	const stages = {};
	window.__chartStages = stages;
	const chart = 'section[aria-label="Chart"]';
	const checks = {
		result: '[data-testid="result-summary"]',
		advice: `${chart} figure`,
		data: `${chart} figure [role="img"]`,
		marks: `${chart} figure [role="img"] svg g.role-mark > *`,
		failed: `${chart} [role="alert"], ${chart} h3`
	};
	function check() {
		const now = performance.now();
		for (const [stage, selector] of Object.entries(checks)) {
			if (stages[stage] === undefined && document.querySelector(selector)) stages[stage] = now;
		}
		if (stages.marks !== undefined || stages.failed !== undefined) observer.disconnect();
	}
	const observer = new MutationObserver(check);
	observer.observe(document.body, { childList: true, subtree: true });
}

async function clearResult(page) {
	await page.evaluate(() => {
		window.__quarry.queries.result = null;
		window.__quarry.queries.error = null;
	});
	await page.getByTestId('result-summary').waitFor({ state: 'detached' });
}

/** One measured run: query → result shown → chart drawn. Stage times in ms from the result. */
async function quarryChartRun(page, sql) {
	await clearResult(page);
	const engineFrom = await page.evaluate(() => window.__benchEngine.length);
	await page.evaluate(watchChartStages);
	await page.evaluate(async (text) => {
		await window.__quarry.queries.run(text);
		if (window.__quarry.queries.error) throw new Error(window.__quarry.queries.error.message);
	}, sql);
	await page.waitForFunction(
		() => window.__chartStages.marks !== undefined || window.__chartStages.failed !== undefined,
		null,
		{ polling: 20, timeout: 120_000 }
	);
	const { stages, engine, reason } = await page.evaluate(
		(from) => ({
			stages: { ...window.__chartStages },
			engine: window.__benchEngine.slice(from),
			reason: document.querySelector('[data-testid="chart-reason"]')?.textContent?.trim() ?? ''
		}),
		engineFrom
	);
	if (stages.failed !== undefined) {
		const text = await page.locator('section[aria-label="Chart"]').innerText();
		throw new Error(`no chart for ${sql}: ${text.slice(0, 200)}`);
	}
	const between = (from, to) => engine.filter((q) => q.sentAt >= from && q.sentAt < to);
	const statsQueries = between(stages.result, stages.advice);
	const chartQueries = between(stages.advice, stages.data);
	const roundTrip = (list) => list.reduce((sum, q) => sum + (q.doneAt - q.sentAt), 0);
	return {
		totalMs: stages.marks - stages.result,
		statsMs: stages.advice - stages.result,
		chartSqlMs: stages.data - stages.advice,
		renderMs: stages.marks - stages.data,
		statsEngineMs: roundTrip(statsQueries),
		chartEngineMs: roundTrip(chartQueries),
		statsSql: statsQueries.at(-1)?.sql ?? null,
		chartSql: chartQueries.at(-1)?.sql ?? null,
		reason
	};
}

/** The drawn chart's spec as "Download spec" saves it (data inlined) and the plot's width. */
async function downloadSpec(page) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page
			.getByRole('group', { name: 'Export chart' })
			.getByRole('button', { name: 'Download spec', exact: true })
			.click()
	]);
	const spec = JSON.parse(await readFile(await download.path(), 'utf8'));
	const width = await page
		.locator('section[aria-label="Chart"] figure [role="img"]')
		.evaluate((el) => el.clientWidth);
	return { spec, width };
}

/**
 * Quarry side. Imports flights-3m, opens the query page and charts each query RUNS times (after
 * one cold run that also loads vega's chunk). Returns per query the runs, the SQL and spec.
 */
export async function benchQuarryCharts(context, url, parquet, runs) {
	await context.addInitScript(tapEngineWorker);
	const page = await context.newPage();
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(url);
	await quarryReady(page);
	const { dataset } = await quarryImport(page, parquet);
	log(`charts: flights-3m imported as ${dataset.tableName}`);
	await page.getByRole('link', { name: 'Query', exact: true }).click();
	await page.waitForURL('**/query');

	const out = { table: dataset.tableName, queries: {} };
	for (const [index, query] of CHART_QUERIES.entries()) {
		const sql = query.sql.replace('%T', `"${dataset.tableName}"`);
		if (index === 0) {
			out.cold = await quarryChartRun(page, sql);
			log(`charts: cold ${query.key}: ${out.cold.totalMs.toFixed(0)} ms (vega chunk loaded)`);
		}
		const list = [];
		for (let i = 0; i < runs; i++) {
			const run = await quarryChartRun(page, sql);
			list.push(run);
			log(
				`charts: ${query.key} run ${i + 1}: ${run.totalMs.toFixed(0)} ms (stats ${run.statsMs.toFixed(0)}, chart SQL ${run.chartSqlMs.toFixed(0)}, render ${run.renderMs.toFixed(0)})`
			);
		}
		const last = list.at(-1);
		out.queries[query.key] = { name: query.name, sql, runs: list, ...(await downloadSpec(page)) };
		out.queries[query.key].statsSql = last.statsSql;
		out.queries[query.key].chartSql = last.chartSql;
		out.queries[query.key].reason = last.reason;
	}
	await page.close();
	return out;
}

/** Bare side: the same statistics SQL, chart SQL and spec, on bare DuckDB-WASM + vega-embed. */
export async function benchBareCharts(context, url, quarrySide, runs) {
	const page = await context.newPage();
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(`${url}/index.html`);
	await page.waitForFunction(() => 'bare' in window);
	await page.evaluate(() => window.bare.start());
	await page.evaluate(
		([path, table]) => window.bare.loadParquet(path, table),
		['/data/flights-3m.parquet', quarrySide.table]
	);
	const out = { queries: {} };
	let isFirst = true;
	for (const [key, query] of Object.entries(quarrySide.queries)) {
		const list = [];
		const count = runs + (isFirst ? 1 : 0);
		for (let i = 0; i < count; i++) {
			const run = await page.evaluate((args) => window.bare.chart(args), {
				statsSql: query.statsSql,
				chartSql: query.chartSql,
				spec: query.spec,
				width: query.width
			});
			if (isFirst) {
				out.cold = run;
				isFirst = false;
				continue;
			}
			list.push(run);
		}
		out.queries[key] = { runs: list };
		log(`charts (bare): ${key}: ${median(list.map((r) => r.totalMs)).toFixed(0)} ms`);
	}
	await page.close();
	return out;
}

/** Medians per query, Quarry next to bare, against the 300 ms target. */
export function summariseCharts(quarry, bare) {
	const rows = [];
	for (const [key, q] of Object.entries(quarry.queries)) {
		const b = bare?.queries[key];
		const m = (list, field) => (list ? Math.round(median(list.map((r) => r[field]))) : null);
		const total = m(q.runs, 'totalMs');
		const bareTotal = m(b?.runs, 'totalMs');
		rows.push({
			key,
			name: q.name,
			sql: q.sql,
			recommended: q.reason,
			statsSql: q.statsSql,
			chartSql: q.chartSql,
			quarry: {
				medianMs: total,
				statsMs: m(q.runs, 'statsMs'),
				statsEngineMs: m(q.runs, 'statsEngineMs'),
				chartSqlMs: m(q.runs, 'chartSqlMs'),
				chartEngineMs: m(q.runs, 'chartEngineMs'),
				renderMs: m(q.runs, 'renderMs'),
				runsMs: q.runs.map((r) => Math.round(r.totalMs))
			},
			bare: b
				? {
						medianMs: bareTotal,
						statsMs: m(b.runs, 'statsMs'),
						chartSqlMs: m(b.runs, 'chartSqlMs'),
						renderMs: m(b.runs, 'renderMs'),
						runsMs: b.runs.map((r) => Math.round(r.totalMs))
					}
				: null,
			ratio: bareTotal ? Number((total / bareTotal).toFixed(2)) : null,
			target: '≤ 300 ms',
			met: total <= 300
		});
	}
	const round = (run) =>
		run &&
		Object.fromEntries(
			Object.entries(run).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v) : v])
		);
	const cold = quarry.cold && {
		totalMs: Math.round(quarry.cold.totalMs),
		statsMs: Math.round(quarry.cold.statsMs),
		chartSqlMs: Math.round(quarry.cold.chartSqlMs),
		renderMs: Math.round(quarry.cold.renderMs)
	};
	return {
		table: quarry.table,
		queries: rows,
		coldFirstChart: { quarry: cold, bare: round(bare?.cold) }
	};
}
