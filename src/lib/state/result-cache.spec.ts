import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { useWorkspaceFixture } from '$test/workspace-fixture';
import { QueryRunner } from './query-runner.svelte';
import { ResultCache } from './result-cache.svelte';
import type { Workspace } from './workspace.svelte';

const fixture = useWorkspaceFixture('result-cache');

function sales(name: string, rows: Array<[string, number]>): File {
	const lines = ['city,amount', ...rows.map(([city, amount]) => `${city},${amount}`)];
	return new File([lines.join('\n')], name, { type: 'text/csv' });
}

async function setup(): Promise<{ workspace: Workspace; runner: QueryRunner; cache: ResultCache }> {
	const workspace = await fixture.open();
	workspace.importFiles([
		sales('sales.csv', [
			['Oslo', 10],
			['Lima', 20],
			['Oslo', 5]
		])
	]);
	await workspace.idle();
	let clock = 100_000;
	const now = () => (clock += 1_000);
	const cache = new ResultCache({ storage: fixture.storage, now });
	await cache.start();
	const runner = new QueryRunner({ engine: fixture.engine, workspace, now, cache });
	return { workspace, runner, cache };
}

const TOTALS = 'SELECT city, sum(amount)::INTEGER AS total FROM sales GROUP BY city ORDER BY city';

function rowsOf(runner: QueryRunner): string {
	return JSON.stringify(runner.result?.table.toArray().map((row) => row.toJSON()));
}

describe('QueryRunner with a result cache', () => {
	it('serves a repeated query from the cache, with its age, the same rows and a history entry', async () => {
		const { runner, cache } = await setup();
		await runner.run(TOTALS);
		expect(runner.result?.cache).toBeUndefined();
		const first = rowsOf(runner);
		await cache.settled();

		await runner.run(
			'select city, sum(amount)::INTEGER as total\n  from sales -- by city\n group by city order by city;'
		);
		expect(runner.result?.cache).toEqual({ hit: true, ageMs: expect.any(Number) });
		expect(runner.result!.cache!.ageMs).toBeGreaterThan(0);
		expect(rowsOf(runner)).toBe(first);
		expect(runner.result?.columns.map((c) => c.name)).toEqual(['city', 'total']);
		expect(runner.history[0]).toMatchObject({ isCached: true, rows: 2 });
		expect(runner.history[1].isCached).toBeUndefined();

		await cache.refresh();
		expect({ hits: cache.hits, misses: cache.misses, entries: cache.entries }).toEqual({
			hits: 1,
			misses: 1,
			entries: 1
		});
	});

	it('after a reload, serves a cached result without asking DuckDB what it reads', async () => {
		const { workspace, runner, cache } = await setup();
		await runner.run(TOTALS);
		await cache.settled();
		// A fresh page: new cache state and runner over the same storage, and an engine whose
		// parser is not asked (a cached statement's tables are stored with its result).
		const reloaded = new ResultCache({ storage: fixture.storage, now: () => 200_000 });
		await reloaded.start();
		const parses: string[] = [];
		const engine = fixture.engine;
		const watched = Object.assign(Object.create(Object.getPrototypeOf(engine)), engine, {
			reads: (options: { sql: string }) => {
				parses.push(options.sql);
				return engine.reads(options);
			},
			query: engine.query.bind(engine),
			cancel: engine.cancel.bind(engine)
		});
		const again = new QueryRunner({
			engine: watched,
			workspace,
			cache: reloaded,
			now: () => 200_000
		});
		await again.run(TOTALS);
		expect(again.result?.cache).toEqual({ hit: true, ageMs: expect.any(Number) });
		expect(parses).toEqual([]);
		// A statement with no stored result still asks the parser.
		await again.run('SELECT count(*) FROM sales');
		expect(parses).toEqual(['SELECT count(*) FROM sales']);
	});

	it('runs again when asked to bypass, and stores the new result', async () => {
		const { runner, cache } = await setup();
		await runner.run(TOTALS);
		await cache.settled();
		const before = await fixture.storage.db.resultCache.toArray();
		await runner.run(TOTALS, { bypassCache: true });
		expect(runner.result?.cache).toBeUndefined();
		await cache.settled();
		const after = await fixture.storage.db.resultCache.toArray();
		expect(after).toHaveLength(1);
		expect(after[0].createdAt).toBeGreaterThan(before[0].createdAt);
	});

	it('never serves a result after the dataset was deleted and imported again with new data', async () => {
		const { workspace, runner, cache } = await setup();
		await runner.run(TOTALS);
		await cache.settled();
		await workspace.deleteDataset(workspace.datasets[0].id);
		workspace.importFiles([sales('sales.csv', [['Oslo', 1]])]);
		await workspace.idle();
		expect(workspace.datasets[0].tableName).toBe('sales');

		await runner.run(TOTALS);
		expect(runner.result?.cache).toBeUndefined();
		expect(rowsOf(runner)).toBe(JSON.stringify([{ city: 'Oslo', total: 1 }]));
		await cache.settled();
		await runner.run(TOTALS);
		expect(runner.result?.cache).toBeDefined();
		expect(rowsOf(runner)).toBe(JSON.stringify([{ city: 'Oslo', total: 1 }]));
	});

	it('never serves a result after the dataset was renamed and another took its name', async () => {
		const { workspace, runner, cache } = await setup();
		await runner.run(TOTALS);
		await cache.settled();
		await workspace.renameDataset(workspace.datasets[0].id, 'old sales');
		workspace.importFiles([sales('sales.csv', [['Rome', 7]])]);
		await workspace.idle();
		await runner.run(TOTALS);
		expect(runner.result?.cache).toBeUndefined();
		expect(rowsOf(runner)).toBe(JSON.stringify([{ city: 'Rome', total: 7 }]));
	});

	it('does not cache what reads a table that is not a dataset, or what is not a plain read', async () => {
		const { runner, cache } = await setup();
		await runner.run('CREATE TABLE scratch AS SELECT 1 AS x');
		for (let i = 0; i < 2; i++) {
			await runner.run('SELECT x FROM scratch');
			expect(runner.result?.cache).toBeUndefined();
			await runner.run('SELECT city, random() < 2 AS r FROM sales');
			expect(runner.result?.cache).toBeUndefined();
			await cache.settled();
		}
		expect(await fixture.storage.db.resultCache.count()).toBe(0);
		await fixture.engine.query({ queryId: 'drop', sql: 'DROP TABLE scratch' });
	});

	it("stops serving a dataset's results once a statement changed its table in the engine", async () => {
		const { runner, cache } = await setup();
		const count = 'SELECT count(*)::INTEGER AS n FROM sales';
		await runner.run(count);
		await cache.settled();
		await runner.run(count);
		expect(runner.result?.cache).toBeDefined();
		await runner.run("DELETE FROM sales WHERE city = 'Lima'");
		await runner.run(count);
		expect(runner.result?.cache).toBeUndefined();
		expect(rowsOf(runner)).toBe(JSON.stringify([{ n: 2 }]));

		await runner.run('SELECT 1 AS x; UPDATE sales SET amount = 0');
		await runner.run('SELECT 42 AS x');
		await cache.settled();
		await runner.run('SELECT 42 AS x');
		expect(runner.result?.cache).toBeUndefined();
	});

	it('does not store a result above the per-entry limit', async () => {
		const { runner, cache } = await setup();
		expect(await cache.setLimit('maxEntryBytes', 10)).toMatchObject({ ok: false });
		expect(await cache.setLimit('maxEntryBytes', 256 * 1024)).toMatchObject({ ok: true });
		const sql = 'SELECT r.range AS i, s.city FROM sales s, range(100000) r';
		await runner.run(sql);
		await cache.settled();
		expect(runner.result?.rows).toBe(300_000);
		await runner.run(sql);
		expect(runner.result?.cache).toBeUndefined();
		expect(await fixture.storage.db.resultCache.count()).toBe(0);
	});

	it("keeps a hit's count in memory, shows it, and writes it when the page is hidden", async () => {
		const { workspace } = await setup();
		const page = new EventTarget();
		const cache = new ResultCache({ storage: fixture.storage, page, flushDelayMs: 3_600_000 });
		await cache.start();
		const runner = new QueryRunner({ engine: fixture.engine, workspace, cache });
		await runner.run(TOTALS);
		await cache.settled();
		await runner.run(TOTALS);
		expect(runner.result?.cache).toBeDefined();
		// Not written yet, but counted in the figures shown.
		expect(await fixture.storage.resultCache.stats()).toMatchObject({ hits: 0, misses: 1 });
		await cache.refresh();
		expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 1 });

		await runner.run(TOTALS);
		page.dispatchEvent(new Event('pagehide'));
		await vi.waitFor(
			async () =>
				expect(await fixture.storage.resultCache.stats()).toMatchObject({ hits: 2, misses: 1 }),
			{ timeout: 10_000 }
		);
		const [entry] = await fixture.storage.db.resultCache.toArray();
		expect(entry.hits).toBe(2);
	});
});
