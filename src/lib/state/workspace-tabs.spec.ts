/**
 * Two tabs: two Workspaces, each with its own engine, over one IndexedDB database. What one
 * does shows in the other without a reload, and the other's engine lets go of stale tables.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBStandIn } from '$test/duckdb-engine';
import { csv, importAll, until, useWorkspaceFixture } from '$test/workspace-fixture';
import { staleTableNames } from './live-datasets';
import { Workspace } from './workspace.svelte';
import { makeDatasetRecord } from '$test/records';

const fx = useWorkspaceFixture('tabs');
const engineB = new DuckDBStandIn();
const opened: Workspace[] = [];

beforeAll(async () => {
	await engineB.start();
});

afterEach(async () => {
	for (const workspace of opened.splice(0)) workspace.dispose();
	for (const table of engineB.tables()) await engineB.drop({ tableName: table });
	engineB.log.length = 0;
});

/** Tab A (the fixture's workspace) and tab B over the same database. */
async function twoTabs(): Promise<[Workspace, Workspace]> {
	const a = await fx.open();
	const b = new Workspace({ engine: engineB, storage: fx.storage });
	await b.start();
	opened.push(a, b);
	return [a, b];
}

/** Tab B's engine attaches a stored table, as a query in tab B would. */
async function attachInB(b: Workspace, tableName: string): Promise<void> {
	const dataset = b.datasets.find((d) => d.tableName === tableName)!;
	const file = await fx.storage.datasets.loadFile(dataset.id);
	const attached = await engineB.attach({
		tableName,
		stored: file!.blob,
		storedFormat: 'arrow'
	});
	expect(attached.ok).toBe(true);
}

describe('Workspaces in two tabs', () => {
	it('an import in one tab is listed in the other', async () => {
		const [a, b] = await twoTabs();
		expect(b.datasets).toEqual([]);
		await importAll(a, [csv('sales.csv')]);
		await until(() => b.datasets.length === 1);
		expect(b.datasets[0]).toMatchObject({ name: 'sales', tableName: 'sales' });
		// Column profiles are written after the import: B ends up with the same record as A.
		const id = a.datasets[0].id;
		await until(() => JSON.stringify(b.getDataset(id)) === JSON.stringify(a.getDataset(id)));
		expect(b.getDataset(id)?.columns[0].profile).toMatchObject({ nullCount: 0, nullShare: 0 });
	});

	it('a rename in one tab renames the dataset in the other and drops its old table there', async () => {
		const [a, b] = await twoTabs();
		await importAll(a, [csv('sales.csv', 5)]);
		await until(() => b.datasets.length === 1);
		await attachInB(b, 'sales');

		expect(await a.renameDataset(a.datasets[0].id, 'Revenue')).toEqual({ ok: true });
		await until(() => b.datasets[0]?.tableName === 'revenue');
		expect(b.datasets[0].name).toBe('Revenue');
		await until(() => !engineB.tables().includes('sales'));
		// Under its new name the table comes from the stored copy, with all its rows.
		await attachInB(b, 'revenue');
		const rows = await engineB.query({ queryId: 'q', sql: 'SELECT * FROM revenue' });
		expect(rows.ok && rows.value.rows).toBe(5);
		expect(engineB.tables()).toEqual(['revenue']);
	});

	it('a delete in one tab removes the dataset from the other and from its engine', async () => {
		const [a, b] = await twoTabs();
		await importAll(a, [csv('sales.csv'), csv('costs.csv')]);
		await until(() => b.datasets.length === 2);
		await attachInB(b, 'sales');

		await a.deleteDataset(a.datasets.find((d) => d.tableName === 'sales')!.id);
		await until(() => b.datasets.length === 1);
		expect(b.datasets.map((d) => d.tableName)).toEqual(['costs']);
		await until(() => engineB.log.includes('drop:sales'));
		expect(engineB.tables()).toEqual([]);
		const stale = await engineB.query({ queryId: 'q', sql: 'SELECT * FROM sales' });
		expect(stale.ok).toBe(false);
	});
});

describe('staleTableNames', () => {
	it('names tables of deleted and renamed datasets, not of unchanged or new ones', () => {
		const kept = makeDatasetRecord({ tableName: 'kept' });
		const renamed = makeDatasetRecord({ tableName: 'old_name' });
		const deleted = makeDatasetRecord({ tableName: 'deleted' });
		const added = makeDatasetRecord({ tableName: 'added' });
		expect(
			staleTableNames(
				[kept, renamed, deleted],
				[added, kept, { ...renamed, tableName: 'new_name' }]
			)
		).toEqual(['old_name', 'deleted']);
	});
});
