/**
 * Question box benchmark (BENCH_ONLY=answers): with seattle-weather.csv imported, each of the
 * questions below is asked through the page's question box (typed, then Enter) once with an
 * empty answer cache (the offline engine answers) and once more (the answer cache answers).
 *
 * Timed in the page with performance marks: from the Enter keydown to the answer — tier, SQL
 * and readings — in the DOM (a MutationObserver), and to the next animation frame after it.
 * References in the same run, in the same page: the IndexedDB read of the stored entry alone,
 * the answer cache's whole lookup alone (settings, two SHA-256 keys, the read), and showing
 * the same answer with no lookup at all (the Asker's state set directly, until the DOM shows
 * it). The engine's own `answerQuestion` time is measured in Node on the same catalog (the
 * page's dataset records, profiles included), loaded through Vite from src/.
 */
import { join } from 'node:path';
import { createServer } from 'vite';
import { log, median, quarryImport, quarryReady } from './quarry-page.mjs';

export const ANSWER_QUESTIONS = [
	'How many days did it rain?',
	'average max temperature per month',
	'total precipitation in 2014',
	'monthly average wind in 2015',
	'count of days by weather type',
	'what share of days had each kind of weather',
	'What was the highest temp_max recorded?',
	'lowest minimum temperature each year',
	'how many days had precipitation above 30',
	'number of sunny days per year',
	'total rainfall since March 2015',
	'average temp_max in the last 12 months',
	'how many snow or fog days were there',
	'average max temp by day of week',
	'quarterly precipitation totals',
	'which day had the most precipitation',
	'trend of average max temperature by year',
	'total precipitation between June 2014 and August 2014',
	'days that were not rain or sun',
	'Average wind on rainy days in 2013',
	'number of days per weekday with snow',
	'average wind by weather',
	'maximum precipitation per year',
	'how many days in 2012'
];

/** Asked first (and not measured): profiles are computed, code paths warmed. */
const WARM_UP = 'average minimum temperature by weather';

const TIER_TEXT = { cache: 'From the answer cache', offline: 'Answered offline by Quarry' };

/**
 * In the page, once: note the Enter keydown on the question box, and (while `__answerWatch` is
 * set) when the answer with the expected tier is in the DOM, the frame after, and when the
 * result's status line says the question was answered.
 */
function installWatcher() {
	window.__answerWatch = null;
	document.addEventListener(
		'keydown',
		(event) => {
			const watch = window.__answerWatch;
			if (!watch || event.key !== 'Enter') return;
			if (event.target?.id !== 'ask-input') return;
			watch.enterAt = performance.now();
			performance.mark('quarry-bench:ask-enter');
		},
		true
	);
	function check() {
		const watch = window.__answerWatch;
		if (!watch || watch.enterAt === undefined) return;
		if (watch.shownAt === undefined) {
			const tier = document.querySelector('[data-testid="answer-tier"]')?.textContent ?? '';
			const sql = document.getElementById('answer-sql')?.value ?? '';
			const asker = window.__quarry.asker;
			if (tier.startsWith(watch.tierText) && sql !== '' && asker.asked === watch.question) {
				watch.shownAt = performance.now();
				watch.sql = sql;
				watch.readings = document.querySelectorAll('ul.chips > li').length;
				performance.mark('quarry-bench:answer-shown');
				requestAnimationFrame(() => (watch.frameAt = performance.now()));
			}
		}
		if (watch.resultAt === undefined) {
			const status = document.querySelector('.ask [role="status"]')?.textContent ?? '';
			if (status.startsWith(`Answered “${watch.question}”`)) watch.resultAt = performance.now();
		}
	}
	new MutationObserver(check).observe(document, {
		childList: true,
		subtree: true,
		characterData: true
	});
}

/** Ask one question through the box; returns the page's timings for it. */
async function askTimed(page, question, tier) {
	await page.evaluate(({ q, tierText }) => (window.__answerWatch = { question: q, tierText }), {
		q: question,
		tierText: TIER_TEXT[tier]
	});
	const input = page.locator('#ask-input');
	await input.fill(question);
	await input.press('Enter');
	const done = await page.waitForFunction(
		() => {
			const w = window.__answerWatch;
			const asker = window.__quarry.asker;
			if (asker.phase === 'done' && asker.refusal) return { refused: true };
			if (asker.phase === 'done' && asker.problem) return { problem: asker.problem.message };
			if (w.frameAt === undefined || w.resultAt === undefined || asker.phase !== 'done') {
				return null;
			}
			return {
				shownMs: w.shownAt - w.enterAt,
				frameMs: w.frameAt - w.enterAt,
				resultMs: w.resultAt - w.enterAt,
				sql: w.sql,
				readings: w.readings,
				runError: asker.runError?.message ?? null
			};
		},
		null,
		{ polling: 5, timeout: 60_000 }
	);
	return done.jsonValue();
}

/** The references, in the page, for questions whose answers are stored. */
async function references(page, questions) {
	return page.evaluate(async (list) => {
		const q = window.__quarry;
		const db = q.workspace.storage.db;
		const scope = {
			datasets: q.workspace.datasets.map(({ id, fingerprint }) => ({ id, fingerprint }))
		};
		const keyOf = new Map((await db.askCache.toArray()).map((r) => [r.question, r.key]));
		const idbReadMs = [];
		const lookupMs = [];
		const renderOnlyMs = [];
		const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
		for (const question of list) {
			const key = keyOf.get(question);
			if (!key) throw new Error(`not in the answer cache: ${question}`);
			let t0 = performance.now();
			const record = await db.askCache.get(key);
			idbReadMs.push(performance.now() - t0);
			t0 = performance.now();
			const found = await q.answerCache.lookup(question, scope);
			lookupMs.push(performance.now() - t0);
			if (!found) throw new Error(`answer cache lookup missed: ${question}`);
			// The same answer shown with no lookup: clear it, let the page settle, set it again.
			const asker = q.asker;
			asker.answer = null;
			asker.tier = null;
			await nextFrame();
			const shown = new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					const tier = document.querySelector('[data-testid="answer-tier"]')?.textContent ?? '';
					if (tier.startsWith('From the answer cache')) {
						observer.disconnect();
						resolve(performance.now());
					}
				});
				observer.observe(document, { childList: true, subtree: true, characterData: true });
			});
			t0 = performance.now();
			asker.answer = record.answer;
			asker.tier = 'cache';
			asker.sql = record.answer.sql;
			renderOnlyMs.push((await shown) - t0);
		}
		return { idbReadMs, lookupMs, renderOnlyMs };
	}, questions);
}

/** Percentile by nearest rank (p in 0..100). */
export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1];
}

/** The engine's own time per question, in Node, over the catalog the page built. */
async function engineTimes(root, datasets, questions, repeats) {
	const server = await createServer({
		root,
		configFile: join(root, 'vite.config.ts'),
		server: { middlewareMode: true, hmr: false, ws: false },
		appType: 'custom',
		logLevel: 'error'
	});
	try {
		const { answerQuestion, isRefusal } = await server.ssrLoadModule('/src/lib/core/nl/index.ts');
		const { buildAskScope } = await server.ssrLoadModule('/src/lib/state/ask-scope.ts');
		const times = [];
		const sqlOf = {};
		for (let r = 0; r < repeats + 1; r++) {
			for (const question of questions) {
				// The catalog is built per question, as the question box does.
				const t0 = performance.now();
				const { catalog } = buildAskScope(datasets);
				const result = answerQuestion({ question, catalog });
				const ms = performance.now() - t0;
				if (r === 0) {
					sqlOf[question] = isRefusal(result) ? null : result.sql;
					continue; // warm-up round
				}
				times.push(ms);
			}
		}
		return { times, sqlOf };
	} finally {
		await server.close();
	}
}

export async function benchAnswers(context, url, root, runs) {
	const page = await context.newPage();
	await page.goto(url);
	await quarryReady(page);
	const csv = join(root, 'node_modules/vega-datasets/data/seattle-weather.csv');
	const { dataset } = await quarryImport(page, csv);
	log(`answers: imported ${dataset.tableName} (${dataset.rows} rows)`);
	await page.evaluate(installWatcher);
	const warm = await askTimed(page, WARM_UP, 'offline');
	if (warm.refused || warm.problem) throw new Error(`answers: warm-up not answered`);

	// Which questions the offline engine answers (the rest are left out and reported).
	const answered = [];
	const refused = [];
	await page.evaluate(() => window.__quarry.answerCache.clear());
	const runsOut = [];
	for (let run = 0; run < runs; run++) {
		await page.evaluate(() => window.__quarry.answerCache.clear());
		const offline = [];
		const cache = [];
		const list = run === 0 ? ANSWER_QUESTIONS : answered;
		for (const question of list) {
			const t = await askTimed(page, question, 'offline');
			if (t.refused || t.problem) {
				if (run === 0) refused.push({ question, why: t.problem ?? 'refused' });
				continue;
			}
			if (t.runError) throw new Error(`answers: "${question}" ran with an error: ${t.runError}`);
			if (run === 0) answered.push(question);
			offline.push({ question, ...t });
		}
		for (const question of answered) {
			const t = await askTimed(page, question, 'cache');
			if (t.refused || t.problem) throw new Error(`answers: cache pass failed on "${question}"`);
			const first = offline.find((o) => o.question === question);
			if (first.sql !== t.sql) throw new Error(`answers: cached SQL differs for "${question}"`);
			cache.push({ question, ...t });
		}
		const refs = await references(page, answered);
		runsOut.push({ offline, cache, refs });
		log(
			`answers run ${run + 1}: ${answered.length} questions; cache hit shown p95 ${percentile(
				cache.map((c) => c.shownMs),
				95
			).toFixed(1)} ms, offline p95 ${percentile(
				offline.map((o) => o.shownMs),
				95
			).toFixed(1)} ms`
		);
	}
	const datasets = await page.evaluate(() =>
		JSON.parse(JSON.stringify(window.__quarry.workspace.datasets))
	);
	await page.close();
	log('answers: timing answerQuestion in Node…');
	const engine = await engineTimes(root, datasets, answered, runs);
	const pageSql = Object.fromEntries(runsOut[0].offline.map((o) => [o.question, o.sql]));
	const sameSql = answered.filter((q) => engine.sqlOf[q] === pageSql[q]).length;
	return { dataset, answered, refused, runs: runsOut, engine, sameSql };
}

/** Median over runs of a statistic taken within each run. */
function acrossRuns(runs, pick, stat) {
	return Number(median(runs.map((run) => stat(pick(run)))).toFixed(2));
}

export function summariseAnswers(results) {
	const p50 = (v) => percentile(v, 50);
	const p95 = (v) => percentile(v, 95);
	const both = (pick) => ({
		p50Ms: acrossRuns(results.runs, pick, p50),
		p95Ms: acrossRuns(results.runs, pick, p95)
	});
	const cacheShown = both((r) => r.cache.map((c) => c.shownMs));
	const cacheFrame = both((r) => r.cache.map((c) => c.frameMs));
	const cacheResult = both((r) => r.cache.map((c) => c.resultMs));
	const offlineShown = both((r) => r.offline.map((o) => o.shownMs));
	const offlineFrame = both((r) => r.offline.map((o) => o.frameMs));
	const offlineResult = both((r) => r.offline.map((o) => o.resultMs));
	const idbRead = both((r) => r.refs.idbReadMs);
	const lookup = both((r) => r.refs.lookupMs);
	const renderOnly = both((r) => r.refs.renderOnlyMs);
	const engineTimes = results.engine.times;
	const engine = {
		p50Ms: Number(p50(engineTimes).toFixed(2)),
		p95Ms: Number(p95(engineTimes).toFixed(2))
	};
	const ratio = (a, b) => Number((a / b).toFixed(2));
	return {
		dataset: `vega-datasets seattle-weather.csv (${results.dataset.rows} rows)`,
		questions: results.answered.length,
		refusedLeftOut: results.refused,
		engineSqlSameAsPage: `${results.sameSql} of ${results.answered.length}`,
		cacheHit: { answerShown: cacheShown, nextFrame: cacheFrame, resultShown: cacheResult },
		offline: { answerShown: offlineShown, nextFrame: offlineFrame, resultShown: offlineResult },
		engineAnswerQuestionNode: engine,
		references: {
			indexedDbReadAlone: idbRead,
			cacheLookupAlone: lookup,
			sameAnswerShownWithoutLookup: renderOnly
		},
		ratios: {
			cacheHitOverShownWithoutLookupP50: ratio(cacheShown.p50Ms, renderOnly.p50Ms),
			cacheHitOverIndexedDbReadP50: ratio(cacheShown.p50Ms, idbRead.p50Ms),
			offlineOverCacheHitP50: ratio(offlineShown.p50Ms, cacheShown.p50Ms)
		},
		target: 'cache hit: answer on screen ≤ 30 ms p95',
		met: cacheShown.p95Ms <= 30
	};
}

export function printAnswers(a) {
	const rows = [['question box (Enter → …)', 'p50 ms', 'p95 ms']];
	const add = (name, m) => rows.push([name, m.p50Ms, m.p95Ms]);
	add('cache hit: answer shown', a.cacheHit.answerShown);
	add('cache hit: next frame', a.cacheHit.nextFrame);
	add('cache hit: result shown', a.cacheHit.resultShown);
	add('offline: answer shown', a.offline.answerShown);
	add('offline: next frame', a.offline.nextFrame);
	add('offline: result shown', a.offline.resultShown);
	add('answerQuestion alone (Node)', a.engineAnswerQuestionNode);
	add('ref: IndexedDB read alone', a.references.indexedDbReadAlone);
	add('ref: cache lookup alone', a.references.cacheLookupAlone);
	add('ref: same answer shown, no lookup', a.references.sameAnswerShownWithoutLookup);
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
	for (const row of rows) console.log(row.map((v, c) => String(v).padEnd(widths[c])).join('  '));
	console.log(
		`${a.questions} questions over ${a.dataset}; ratios (p50): cache hit / shown without lookup ${a.ratios.cacheHitOverShownWithoutLookupP50}, cache hit / IndexedDB read ${a.ratios.cacheHitOverIndexedDbReadP50}, offline / cache hit ${a.ratios.offlineOverCacheHitP50}; target ${a.target}: ${a.met ? 'met' : 'not met'}`
	);
	if (a.refusedLeftOut.length > 0) {
		console.log(
			`left out (not answered offline): ${a.refusedLeftOut.map((r) => r.question).join('; ')}`
		);
	}
}
