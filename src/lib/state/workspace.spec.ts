import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBStandIn } from '$test/duckdb-engine';
import { csv, importAll, useWorkspaceFixture } from '$test/workspace-fixture';
import { Workspace } from './workspace.svelte';

const fx = useWorkspaceFixture();

describe('Workspace.start', () => {
	it('lists stored datasets newest first and starts the engine', async () => {
		const first = await fx.open();
		await importAll(first, [csv('old.csv')]);
		await importAll(first, [csv('new.csv')]);

		const again = new Workspace({ engine: fx.engine, storage: fx.storage });
		expect(again.isLoaded).toBe(false);
		await again.start();
		expect(again.isLoaded).toBe(true);
		expect(again.engine).toBe('ready');
		expect(again.engineVersion).toBe('node (node-blocking)');
		expect(again.datasets.map((d) => d.name)).toEqual(['new', 'old']);
	});

	it('reports an engine that cannot start, and fails imports with its message', async () => {
		const storage = fx.newStorage();
		const broken = new DuckDBStandIn();
		broken.start = async () => ({ ok: false, error: { code: 'internal', message: 'no wasm' } });
		const workspace = new Workspace({ engine: broken, storage });
		await workspace.start();
		expect(workspace.engine).toBe('failed');
		expect(workspace.engineError).toBe('no wasm');
		expect(workspace.notices.items.map((n) => n.message)).toEqual([
			'The engine could not start: no wasm'
		]);
		await importAll(workspace, [csv('a.csv')]);
		expect(workspace.imports[0]).toMatchObject({
			status: 'failed',
			error: expect.stringContaining('no wasm')
		});
		expect(await fx.storage.db.datasets.count()).toBe(0);
	});
});

describe('Workspace.renameDataset', () => {
	it('renames display name, engine table and stored record together', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [csv('sales.csv'), csv('costs.csv')]);
		const sales = workspace.datasets.find((d) => d.tableName === 'sales')!;

		expect(await workspace.renameDataset(sales.id, '  Revenue – 2024  ')).toEqual({ ok: true });
		const renamed = workspace.getDataset(sales.id)!;
		expect(renamed).toMatchObject({
			name: 'Revenue – 2024',
			tableName: 'revenue_2024',
			version: 3 // stored, profiled, renamed
		});
		expect(await fx.storage.datasets.get(sales.id)).toEqual(renamed);
		expect(fx.engine.tables()).toEqual(['costs', 'revenue_2024']);
		const preview = await workspace.preview(sales.id);
		expect(preview.ok && preview.value.rows).toBe(3);

		expect(await workspace.renameDataset(sales.id, 'Costs')).toEqual({ ok: true });
		expect(workspace.getDataset(sales.id)?.tableName).toBe('costs_2');
	});

	it('keeps the table when only the display name changes', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [csv('sales.csv')]);
		const [sales] = workspace.datasets;
		expect(await workspace.renameDataset(sales.id, 'SALES')).toEqual({ ok: true });
		expect(workspace.getDataset(sales.id)).toMatchObject({ name: 'SALES', tableName: 'sales' });
		expect(fx.engine.log.some((l) => l.startsWith('rename'))).toBe(false);
	});

	it('rejects empty, too long and unknown names without changing anything', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [csv('sales.csv')]);
		const [sales] = workspace.datasets;
		expect(await workspace.renameDataset(sales.id, '   ')).toEqual({
			ok: false,
			message: 'A name cannot be empty.'
		});
		expect(await workspace.renameDataset(sales.id, 'x'.repeat(121))).toEqual({
			ok: false,
			message: 'A name can have at most 120 characters.'
		});
		expect(await workspace.renameDataset('nope', 'x')).toMatchObject({ ok: false });
		expect(await fx.storage.datasets.get(sales.id)).toEqual(sales);
		expect(fx.engine.tables()).toEqual(['sales']);
	});
});

describe('Workspace.renameDataset when storage fails', () => {
	it('puts the engine table back and reports the failure', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [csv('sales.csv')]);
		const [sales] = workspace.datasets;
		fx.storage.db.datasets.hook('updating', () => {
			throw new Error('disk busy');
		});
		expect(await workspace.renameDataset(sales.id, 'Revenue')).toEqual({
			ok: false,
			message: 'Could not save the new name: disk busy'
		});
		expect(fx.engine.tables()).toEqual(['sales']);
		expect(workspace.getDataset(sales.id)).toEqual(sales);
	});
});

describe('Workspace.deleteDataset', () => {
	it('drops the table and frees its storage', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [csv('keep.csv'), csv('gone.csv')]);
		const gone = workspace.datasets.find((d) => d.tableName === 'gone')!;
		await workspace.deleteDataset(gone.id);
		expect(workspace.datasets.map((d) => d.tableName)).toEqual(['keep']);
		expect(fx.engine.tables()).toEqual(['keep']);
		expect(await fx.storage.datasets.get(gone.id)).toBeUndefined();
		expect(await fx.storage.datasets.loadFile(gone.id)).toBeUndefined();
		expect(await fx.storage.db.datasetFiles.count()).toBe(1);
		expect((await fx.storage.activity.listRecent())[0].summary).toBe('Deleted gone');
	});
});

describe('Workspace.preview', () => {
	it('returns the first 100 rows', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [csv('long.csv', 150)]);
		const result = await workspace.preview(workspace.datasets[0].id);
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value.rows).toBe(100);
		expect(tableFromIPC(result.value.arrow).getChild('city')?.get(0)).toBe('city 1');
		expect(await workspace.preview('missing')).toMatchObject({
			ok: false,
			error: { code: 'not-found' }
		});
	});
});

describe('Workspace and the stored copies', () => {
	it('keeps what the engine needs to rebuild every table after a reload', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [csv('sales.csv', 7)]);
		const fresh = new DuckDBStandIn();
		await fresh.start();
		for (const attachment of await fx.storage.datasets.listAttachments())
			await fresh.attach(attachment);
		const counted = await fresh.query({ queryId: 'q', sql: 'SELECT count(*) AS n FROM sales' });
		if (!counted.ok) throw new Error(counted.error.message);
		expect(Number(tableFromIPC(counted.value.arrow).getChild('n')?.get(0))).toBe(7);
	});
});

describe('Workspace engine events', () => {
	it('shows a crash and the recovery', async () => {
		const workspace = await fx.open();
		workspace.handleEngineEvent({ kind: 'crashed', message: 'out of memory' });
		expect(workspace.engine).toBe('restarting');
		expect(workspace.notices.items.at(-1)).toMatchObject({
			kind: 'error',
			message: 'The engine stopped (out of memory); restarting…'
		});
		workspace.handleEngineEvent({ kind: 'starting' });
		expect(workspace.engine).toBe('restarting');
		workspace.handleEngineEvent({ kind: 'restarted' });
		expect(workspace.engine).toBe('ready');
		expect(workspace.engineError).toBeNull();
		const id = workspace.notices.items[0].id;
		workspace.notices.dismiss(id);
		expect(workspace.notices.items.some((n) => n.id === id)).toBe(false);
	});
});
