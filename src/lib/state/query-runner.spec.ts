import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName } from '$test/records';
import { DuckDBStandIn, deferred } from '$test/duckdb-engine';
import { QueryRunner } from './query-runner.svelte';
import { Workspace } from './workspace.svelte';

let engine: DuckDBStandIn;
let storage: QuarryStorage;
let clock = 0;

beforeAll(async () => {
	engine = new DuckDBStandIn();
	await engine.start();
});

afterEach(async () => {
	engine.gate = undefined;
	for (const table of engine.tables()) await engine.drop({ tableName: table });
	storage.db.close();
	await storage.db.delete();
});

async function setup(maxRows?: number): Promise<{ workspace: Workspace; runner: QueryRunner }> {
	clock = 1_000;
	storage = openStorage({ name: freshDbName('queries'), now: () => clock });
	const now = () => (clock += 10);
	const workspace = new Workspace({ engine, storage, now, requestPersistence: async () => true });
	await workspace.start();
	const lines = ['city,amount', 'Oslo,10', 'Lima,20', 'Oslo,5'];
	workspace.importFiles([
		new File([lines.join('\n')], 'sales.csv'),
		new File(['id\n1'], 'other.csv')
	]);
	await workspace.idle();
	return { workspace, runner: new QueryRunner({ engine, workspace, now, maxRows }) };
}

describe('QueryRunner.run', () => {
	it('decodes the result, records history and activity, and marks datasets used', async () => {
		const { workspace, runner } = await setup();
		await runner.run(
			'SELECT city, sum(amount)::INTEGER AS total FROM sales GROUP BY city ORDER BY city'
		);

		expect(runner.isRunning).toBe(false);
		expect(runner.error).toBeNull();
		const result = runner.result!;
		expect(result.rows).toBe(2);
		expect(result.truncated).toBe(false);
		expect(result.columns.map((c) => c.name)).toEqual(['city', 'total']);
		expect(result.table.getChild('city')?.toArray()).toEqual(['Lima', 'Oslo']);
		expect([...(result.table.getChild('total') ?? [])]).toEqual([20, 15]);

		const sales = workspace.datasets.find((d) => d.tableName === 'sales')!;
		const other = workspace.datasets.find((d) => d.tableName === 'other')!;
		expect(runner.history).toHaveLength(1);
		expect(runner.history[0]).toMatchObject({ source: 'editor', rows: 2, datasetIds: [sales.id] });
		expect(runner.history[0].error).toBeUndefined();
		expect(await storage.queries.listRecent()).toEqual(runner.history);
		expect((await storage.activity.listRecent())[0]).toMatchObject({
			kind: 'query-run',
			refId: runner.history[0].id,
			summary:
				'Ran SELECT city, sum(amount)::INTEGER AS total FROM sales GROUP BY city ORDER BY ci…'
		});
		expect(sales.useCount).toBe(1);
		expect(sales.lastUsedAt).toBeGreaterThan(sales.createdAt);
		expect(await storage.datasets.get(sales.id)).toEqual(sales);
		expect(other.useCount).toBe(0);
	});

	it("shows the engine's error, records the failure and touches nothing", async () => {
		const { workspace, runner } = await setup();
		await runner.run('SELECT nope FROM sales');
		expect(runner.result).toBeNull();
		expect(runner.error?.code).toBe('sql-error');
		expect(runner.error?.message).toMatch(/nope/);
		expect(runner.history[0]).toMatchObject({ rows: 0, error: runner.error?.message });
		expect((await storage.activity.listRecent())[0].kind).toBe('query-failed');
		expect(workspace.datasets.every((d) => d.useCount === 0)).toBe(true);
	});

	it('refuses empty SQL without running or recording anything', async () => {
		const { runner } = await setup();
		runner.sql = '   ';
		await runner.run();
		expect(runner.error).toEqual({ code: 'sql-error', message: 'Write a query to run.' });
		expect(await storage.queries.listRecent()).toEqual([]);
	});

	it('caps big results and says so', async () => {
		const { runner } = await setup(10);
		await runner.run('SELECT * FROM range(25)');
		expect(runner.result?.rows).toBe(10);
		expect(runner.result?.table.numRows).toBe(10);
		expect(runner.result?.truncated).toBe(true);
	});

	it('runs the text in the editor when called without SQL', async () => {
		const { runner } = await setup();
		runner.sql = 'SELECT count(*) AS n FROM other';
		await runner.run();
		expect(Number(runner.result?.table.getChild('n')?.get(0))).toBe(1);
	});
});

describe('QueryRunner elapsed time', () => {
	it('counts the whole wait, not only the time inside the engine', async () => {
		const { workspace } = await setup();
		const runner = new QueryRunner({ engine, workspace, now: () => performance.now() });
		// The engine answers only after 80 ms, as when a stored table is loaded first.
		engine.gate = () => new Promise((resolve) => setTimeout(resolve, 80));
		await runner.run('SELECT 1 AS one');
		expect(runner.result?.ms).toBeGreaterThanOrEqual(75);
		expect(runner.history[0].ms).toBe(runner.result?.ms);
	});
});

describe('QueryRunner.cancel', () => {
	it('stops a running query with a cancelled error', async () => {
		const { runner } = await setup();
		engine.gate = () => deferred().promise;
		const running = runner.run('SELECT * FROM sales');
		expect(runner.isRunning).toBe(true);
		await runner.cancel();
		await running;
		expect(runner.isRunning).toBe(false);
		expect(runner.error?.code).toBe('cancelled');
		expect(runner.result).toBeNull();
	});

	it('a new run replaces one still going', async () => {
		const { runner } = await setup();
		const slow = deferred();
		engine.gate = (sql) => (sql.includes('slow') ? slow.promise : Promise.resolve());
		const first = runner.run("SELECT 'slow' AS x");
		await runner.run("SELECT 'fast' AS x");
		await first;
		expect(runner.error).toBeNull();
		expect(runner.result?.table.getChild('x')?.get(0)).toBe('fast');
		expect(runner.history.map((q) => q.sql)).toEqual(["SELECT 'fast' AS x"]);
	});
});

describe('QueryRunner.loadHistory', () => {
	it('loads past queries, most recent first', async () => {
		const { workspace, runner } = await setup();
		await runner.run('SELECT 1');
		await runner.run('SELECT 2');
		const fresh = new QueryRunner({ engine, workspace });
		await fresh.loadHistory();
		expect(fresh.history.map((q) => q.sql)).toEqual(['SELECT 2', 'SELECT 1']);
	});
});
