/**
 * Saved charts re-opened through the result cache, over real DuckDB and fake-indexeddb: a
 * re-opened chart is drawn without running anything, and never from data that changed.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { VEGA_LITE_SCHEMA, type ChartSpec } from '$lib/core/charts';
import { useWorkspaceFixture } from '$test/workspace-fixture';
import { Charts } from './charts.svelte';
import type { ChartAdvisor, ChartRenderer } from './chart-view.svelte';
import type { EnginePort } from './engine-port';
import { ResultCache } from './result-cache.svelte';
import type { Workspace } from './workspace.svelte';

const fixture = useWorkspaceFixture('chart-cache');

const BARS: ChartSpec = {
	$schema: VEGA_LITE_SCHEMA,
	mark: 'bar',
	encoding: {
		x: { field: 'city', type: 'nominal' },
		y: { field: 'amount', type: 'quantitative', aggregate: 'sum' }
	}
};

const SAVED_SQL = 'SELECT city, amount FROM sales';

function sales(rows: Array<[string, number]>): File {
	const lines = ['city,amount', ...rows.map(([city, amount]) => `${city},${amount}`)];
	return new File([lines.join('\n')], 'sales.csv', { type: 'text/csv' });
}

interface Setup {
	workspace: Workspace;
	cache: ResultCache;
	/** A renderer as the gallery's chart page makes one (a fresh one per visit). */
	open(limits?: { maxPoints: number }): ChartRenderer;
	/** An advisor as the query page makes one for a result. */
	advise(): ChartAdvisor;
	/** Statements the engine ran (not its parser's questions). */
	ran: string[];
}

async function setup(): Promise<Setup> {
	const workspace = await fixture.open();
	workspace.importFiles([
		sales([
			['Oslo', 10],
			['Lima', 20],
			['Oslo', 5]
		])
	]);
	await workspace.idle();
	let clock = 100_000;
	const cache = new ResultCache({ storage: fixture.storage, now: () => (clock += 1_000) });
	await cache.start();
	const ran: string[] = [];
	const real = fixture.engine;
	const engine: EnginePort = {
		start: () => real.start(),
		ingest: (o) => real.ingest(o),
		attach: (o) => real.attach(o),
		drop: (o) => real.drop(o),
		rename: (o) => real.rename(o),
		reads: (o) => real.reads(o),
		cancel: (o) => real.cancel(o),
		query: (o) => {
			ran.push(o.sql);
			return real.query(o);
		}
	};
	const charts = new Charts({
		engine,
		cache: { cache, datasets: async () => workspace.datasets },
		choiceStore: { getItem: () => null, setItem: () => {} }
	});
	return {
		workspace,
		cache,
		open: (limits) => charts.createRenderer(limits),
		advise: () => charts.createAdvisor(),
		ran
	};
}

/** The bars drawn, as city → total. */
function bars(renderer: ChartRenderer): Record<string, number> {
	expect(renderer.error).toBeNull();
	const rows = renderer.data?.rows ?? [];
	return Object.fromEntries(
		rows.map((row) => {
			const values = Object.values(row);
			return [String(values.find((v) => typeof v === 'string')), Number(values.at(-1))];
		})
	);
}

describe('saved charts through the result cache', () => {
	it('draws a re-opened chart from the cache without running a query, counted once', async () => {
		const { cache, open, ran } = await setup();
		const first = open();
		await first.load(SAVED_SQL, BARS);
		expect(bars(first)).toEqual({ Lima: 20, Oslo: 15 });
		expect(first.data?.cache).toBeUndefined();
		// Columns, statistics and the chart's own query.
		expect(ran).toHaveLength(3);
		await cache.settled();

		const again = open();
		await again.load(`select city, amount\n  from sales;`, BARS);
		expect(bars(again)).toEqual({ Lima: 20, Oslo: 15 });
		expect(again.data?.cache).toEqual({ hit: true, ageMs: expect.any(Number) });
		expect(ran).toHaveLength(3);

		await cache.refresh();
		expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 1 });
		expect({ hits: cache.chartHits, misses: cache.chartMisses }).toEqual({ hits: 1, misses: 1 });

		// Bypassing runs every query again (and looks nothing up).
		await again.load(SAVED_SQL, BARS, {}, { bypassCache: true });
		expect(again.data?.cache).toBeUndefined();
		expect(bars(again)).toEqual({ Lima: 20, Oslo: 15 });
		expect(ran).toHaveLength(6);
		await cache.refresh();
		expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 1 });
	});

	it("counts a result's chart with its result: looked up and stored, not counted", async () => {
		const { cache, ran, advise, open } = await setup();
		const head = await fixture.engine.query({ queryId: 'head', sql: `${SAVED_SQL} LIMIT 0` });
		if (!head.ok) throw new Error(head.error.message);
		const input = { sql: SAVED_SQL, columns: head.value.columns, isComplete: false };
		for (let round = 0; round < 2; round++) {
			// As the query page does: suggestions for the result, then its chart with the fields.
			const advisor = advise();
			await advisor.analyse(input);
			const { fields, rows } = advisor.advice!;
			const chart = open();
			await chart.load(SAVED_SQL, BARS, { fields, rows });
			expect(bars(chart)).toEqual({ Lima: 20, Oslo: 15 });
			expect(chart.data?.cache === undefined).toBe(round === 0);
			await cache.settled();
		}
		// Statistics and the chart's query ran once; the second round came from the cache.
		expect(ran).toHaveLength(2);
		await cache.refresh();
		expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 0, misses: 0 });
	});

	it('redraws with the new data after the dataset is imported again', async () => {
		const { workspace, cache, open } = await setup();
		await open().load(SAVED_SQL, BARS);
		await cache.settled();
		expect(await fixture.storage.db.resultCache.count()).toBe(3);

		await workspace.deleteDataset(workspace.datasets[0].id);
		expect(await fixture.storage.db.resultCache.count()).toBe(0);
		workspace.importFiles([sales([['Rome', 7]])]);
		await workspace.idle();
		expect(workspace.datasets[0].tableName).toBe('sales');

		const redrawn = open();
		await redrawn.load(SAVED_SQL, BARS);
		expect(redrawn.data?.cache).toBeUndefined();
		expect(bars(redrawn)).toEqual({ Rome: 7 });
		await cache.settled();
		const cached = open();
		await cached.load(SAVED_SQL, BARS);
		expect(cached.data?.cache).toBeDefined();
		expect(bars(cached)).toEqual({ Rome: 7 });
	});

	it('says the data is gone after the dataset is deleted, instead of drawing old bars', async () => {
		const { workspace, cache, open } = await setup();
		await open().load(SAVED_SQL, BARS);
		await cache.settled();
		await workspace.deleteDataset(workspace.datasets[0].id);
		const after = open();
		await after.load(SAVED_SQL, BARS);
		expect(after.data).toBeNull();
		expect(after.error?.message).toMatch(/sales/);
	});

	it('does not cache a chart whose rows are above the per-entry limit', async () => {
		const { cache, open, ran } = await setup();
		expect(await cache.setLimit('maxEntryBytes', 256 * 1024)).toMatchObject({ ok: true });
		const points: ChartSpec = {
			$schema: VEGA_LITE_SCHEMA,
			mark: 'point',
			encoding: {
				x: { field: 'i', type: 'quantitative' },
				y: { field: 'amount', type: 'quantitative' }
			}
		};
		// 30,000 points, all drawn (not sampled): about 480 KB of Arrow.
		const sql = 'SELECT r.range AS i, s.amount FROM sales s, range(10000) r';
		const limits = { maxPoints: 50_000 };
		await open(limits).load(sql, points);
		await cache.settled();
		const before = ran.length;
		const again = open(limits);
		await again.load(sql, points);
		expect(again.error).toBeNull();
		expect(again.data?.rows).toHaveLength(30_000);
		expect(again.data?.cache).toBeUndefined();
		// The chart's own query ran again (the smaller column and statistics results were kept).
		expect(ran.slice(before)).toHaveLength(1);
	});
});
