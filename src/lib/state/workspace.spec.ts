import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName } from '$lib/storage/test-records';
import { sha256Hex } from '$lib/storage/fingerprint';
import { DuckDBStandIn, deferred } from './testing/duckdb-engine';
import { Workspace } from './workspace.svelte';

let engine: DuckDBStandIn;
let storage: QuarryStorage;
let persistCalls = 0;
let clock = 41_000;

beforeAll(async () => {
	engine = new DuckDBStandIn();
	await engine.start();
});

afterEach(async () => {
	engine.gate = undefined;
	for (const table of engine.tables()) await engine.drop({ tableName: table });
	engine.log.length = 0;
	storage.db.close();
	await storage.db.delete();
});

function csv(name: string, rows = 3): File {
	const lines = ['id,city'];
	for (let i = 1; i <= rows; i++) lines.push(`${i},city ${i}`);
	return new File([lines.join('\n')], name, { type: 'text/csv' });
}

async function openWorkspace(): Promise<Workspace> {
	storage = openStorage({ name: freshDbName('workspace') });
	persistCalls = 0;
	clock = 41_000;
	const workspace = new Workspace({
		engine,
		storage,
		now: () => (clock += 1000),
		requestPersistence: async () => (++persistCalls, true)
	});
	await workspace.start();
	return workspace;
}

async function importAll(workspace: Workspace, files: File[]): Promise<void> {
	workspace.importFiles(files);
	await workspace.idle();
}

describe('Workspace.start', () => {
	it('lists stored datasets newest first and starts the engine', async () => {
		const first = await openWorkspace();
		await importAll(first, [csv('old.csv')]);
		await importAll(first, [csv('new.csv')]);

		const again = new Workspace({ engine, storage });
		expect(again.isLoaded).toBe(false);
		await again.start();
		expect(again.isLoaded).toBe(true);
		expect(again.engine).toBe('ready');
		expect(again.datasets.map((d) => d.name)).toEqual(['new', 'old']);
	});

	it('reports an engine that cannot start, and fails imports with its message', async () => {
		storage = openStorage({ name: freshDbName('workspace') });
		const broken = new DuckDBStandIn();
		broken.start = async () => ({ ok: false, error: { code: 'internal', message: 'no wasm' } });
		const workspace = new Workspace({ engine: broken, storage });
		await workspace.start();
		expect(workspace.engine).toBe('failed');
		expect(workspace.engineError).toBe('no wasm');
		expect(workspace.notices.map((n) => n.message)).toEqual([
			'The engine could not start: no wasm'
		]);
		await importAll(workspace, [csv('a.csv')]);
		expect(workspace.imports[0]).toMatchObject({
			status: 'failed',
			error: expect.stringContaining('no wasm')
		});
		expect(await storage.db.datasets.count()).toBe(0);
	});
});

describe('Workspace.importFiles', () => {
	it('imports a CSV: engine table, stored copy with fingerprint, activity, persistence', async () => {
		const workspace = await openWorkspace();
		await importAll(workspace, [csv('Q1 Sales.csv', 5)]);

		const [job] = workspace.imports;
		expect(job).toMatchObject({
			fileName: 'Q1 Sales.csv',
			status: 'done',
			phase: 'done',
			fraction: 1
		});
		const [dataset] = workspace.datasets;
		expect(dataset).toMatchObject({
			id: job.datasetId,
			name: 'Q1 Sales',
			tableName: 'q1_sales',
			source: 'Q1 Sales.csv',
			format: 'csv',
			storedFormat: 'arrow',
			rows: 5,
			columns: [
				{ name: 'id', type: 'BIGINT' },
				{ name: 'city', type: 'VARCHAR' }
			],
			version: 1,
			createdAt: 42_000,
			useCount: 0
		});
		expect(engine.tables()).toEqual(['q1_sales']);
		expect(await storage.datasets.get(dataset.id)).toEqual(dataset);
		const file = await storage.datasets.loadFile(dataset.id);
		expect(file?.blob.size).toBe(dataset.storedBytes);
		expect(dataset.fingerprint).toBe(await sha256Hex(file!.blob));
		expect((await storage.activity.listRecent()).map((a) => a.summary)).toEqual([
			'Imported Q1 Sales.csv (5 rows)'
		]);
		expect(persistCalls).toBe(1);

		await importAll(workspace, [csv('more.csv')]);
		expect(persistCalls).toBe(1);
	});

	it('runs imports one at a time, in order', async () => {
		const workspace = await openWorkspace();
		const gates = new Map([
			['a.csv', deferred()],
			['b.csv', deferred()]
		]);
		const started: string[] = [];
		engine.gate = (fileName) => {
			started.push(fileName);
			return gates.get(fileName)!.promise;
		};
		workspace.importFiles([csv('a.csv'), csv('b.csv')]);
		await until(() => started.length === 1);
		expect(workspace.imports.map((j) => j.status)).toEqual(['running', 'queued']);

		gates.get('a.csv')!.resolve();
		await until(() => started.length === 2);
		expect(workspace.imports.map((j) => j.status)).toEqual(['done', 'running']);
		gates.get('b.csv')!.resolve();
		await workspace.idle();

		expect(engine.log.filter((l) => l.startsWith('ingest'))).toEqual([
			'ingest:start:a.csv',
			'ingest:end:a.csv',
			'ingest:start:b.csv',
			'ingest:end:b.csv'
		]);
		expect(workspace.datasets.map((d) => d.tableName)).toEqual(['b', 'a']);
	});

	it('gives files with the same name distinct table names', async () => {
		const workspace = await openWorkspace();
		await importAll(workspace, [csv('sales.csv'), csv('Sales.csv'), csv('select.csv')]);
		expect(workspace.datasets.map((d) => d.tableName)).toEqual(['select_data', 'sales_2', 'sales']);
		expect(engine.tables()).toEqual(['sales', 'sales_2', 'select_data']);
	});

	it('fails unsupported files at once, naming the supported formats, and stores nothing', async () => {
		const workspace = await openWorkspace();
		await importAll(workspace, [new File(['x'], 'notes.docx')]);
		expect(workspace.imports[0]).toMatchObject({
			status: 'failed',
			error: expect.stringContaining('.csv, .tsv')
		});
		expect(engine.log).toEqual([]);
		expect(await storage.db.datasets.count()).toBe(0);
	});

	it("fails with the engine's message when the engine rejects a file", async () => {
		const workspace = await openWorkspace();
		const messages: string[] = [];
		const ingest = engine.ingest.bind(engine);
		engine.ingest = async (options, onProgress) => {
			const result = await ingest(options, onProgress);
			if (!result.ok) messages.push(result.error.message);
			return result;
		};
		try {
			await importAll(workspace, [new File(['[{"a": 1}]'], 'rows.json')]);
		} finally {
			engine.ingest = ingest;
		}
		expect(messages).toHaveLength(1);
		expect(workspace.imports[0]).toMatchObject({ status: 'failed', error: messages[0] });
		expect(engine.tables()).toEqual([]);
		expect(await storage.db.datasets.count()).toBe(0);
	});

	it('rejects a binary file named .csv before it reaches the engine', async () => {
		const workspace = await openWorkspace();
		await importAll(workspace, [new File([new Uint8Array([0x89, 0x50, 0, 0, 1])], 'photo.csv')]);
		expect(workspace.imports[0]).toMatchObject({
			status: 'failed',
			error: expect.stringContaining('binary')
		});
		expect(engine.log).toEqual([]);
	});
});

describe('Workspace.cancelImport', () => {
	it('stops a running import: nothing stored, no table, and the next import runs', async () => {
		const workspace = await openWorkspace();
		const hold = deferred();
		engine.gate = (fileName) => (fileName === 'big.csv' ? hold.promise : Promise.resolve());
		workspace.importFiles([csv('big.csv'), csv('next.csv')]);
		await until(() => workspace.imports[0].status === 'running' && engine.log.length === 1);

		await workspace.cancelImport(workspace.imports[0].id);
		expect(workspace.imports[0].status).toBe('cancelled');
		await workspace.idle();

		expect(workspace.imports.map((j) => j.status)).toEqual(['cancelled', 'done']);
		expect(workspace.datasets.map((d) => d.source)).toEqual(['next.csv']);
		expect((await storage.datasets.list()).map((d) => d.source)).toEqual(['next.csv']);
		expect(await storage.db.datasetFiles.count()).toBe(1);
		expect(engine.tables()).toEqual(['next']);
	});

	it('cancels a queued import before it starts', async () => {
		const workspace = await openWorkspace();
		const hold = deferred();
		engine.gate = () => hold.promise;
		workspace.importFiles([csv('first.csv'), csv('second.csv')]);
		await until(() => engine.log.length === 1);
		await workspace.cancelImport(workspace.imports[1].id);
		hold.resolve();
		await workspace.idle();
		expect(workspace.imports.map((j) => j.status)).toEqual(['done', 'cancelled']);
		expect(engine.log).not.toContain('ingest:start:second.csv');
		workspace.dismissImport(workspace.imports[1].id);
		expect(workspace.imports.map((j) => j.fileName)).toEqual(['first.csv']);
	});
});

describe('Workspace storage failures', () => {
	it('drops the table, stores nothing and explains a full disk', async () => {
		const workspace = await openWorkspace();
		storage.db.datasetFiles.hook('creating', () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await importAll(workspace, [csv('huge.csv')]);

		const [job] = workspace.imports;
		expect(job.status).toBe('failed');
		expect(job.error).toMatch(
			/^Not enough storage space to keep huge\.csv \(needs \d+(\.\d)? (B|KB)\)\. Free space by deleting datasets\.$/
		);
		expect(workspace.notices.map((n) => [n.kind, n.message])).toEqual([['error', job.error]]);
		expect(engine.log).toContain('drop:huge');
		expect(engine.tables()).toEqual([]);
		expect(await storage.db.datasets.count()).toBe(0);
		expect(await storage.db.datasetFiles.count()).toBe(0);
		expect(workspace.datasets).toEqual([]);
		expect(persistCalls).toBe(0);
	});
});

describe('Workspace.renameDataset', () => {
	it('renames display name, engine table and stored record together', async () => {
		const workspace = await openWorkspace();
		await importAll(workspace, [csv('sales.csv'), csv('costs.csv')]);
		const sales = workspace.datasets.find((d) => d.tableName === 'sales')!;

		expect(await workspace.renameDataset(sales.id, '  Revenue – 2024  ')).toEqual({ ok: true });
		const renamed = workspace.getDataset(sales.id)!;
		expect(renamed).toMatchObject({
			name: 'Revenue – 2024',
			tableName: 'revenue_2024',
			version: 2
		});
		expect(await storage.datasets.get(sales.id)).toEqual(renamed);
		expect(engine.tables()).toEqual(['costs', 'revenue_2024']);
		const preview = await workspace.preview(sales.id);
		expect(preview.ok && preview.value.rows).toBe(3);

		expect(await workspace.renameDataset(sales.id, 'Costs')).toEqual({ ok: true });
		expect(workspace.getDataset(sales.id)?.tableName).toBe('costs_2');
	});

	it('keeps the table when only the display name changes', async () => {
		const workspace = await openWorkspace();
		await importAll(workspace, [csv('sales.csv')]);
		const [sales] = workspace.datasets;
		expect(await workspace.renameDataset(sales.id, 'SALES')).toEqual({ ok: true });
		expect(workspace.getDataset(sales.id)).toMatchObject({ name: 'SALES', tableName: 'sales' });
		expect(engine.log.some((l) => l.startsWith('rename'))).toBe(false);
	});

	it('rejects empty, too long and unknown names without changing anything', async () => {
		const workspace = await openWorkspace();
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
		expect(await storage.datasets.get(sales.id)).toEqual(sales);
		expect(engine.tables()).toEqual(['sales']);
	});
});

describe('Workspace.deleteDataset', () => {
	it('drops the table and frees its storage', async () => {
		const workspace = await openWorkspace();
		await importAll(workspace, [csv('keep.csv'), csv('gone.csv')]);
		const gone = workspace.datasets.find((d) => d.tableName === 'gone')!;
		await workspace.deleteDataset(gone.id);
		expect(workspace.datasets.map((d) => d.tableName)).toEqual(['keep']);
		expect(engine.tables()).toEqual(['keep']);
		expect(await storage.datasets.get(gone.id)).toBeUndefined();
		expect(await storage.datasets.loadFile(gone.id)).toBeUndefined();
		expect(await storage.db.datasetFiles.count()).toBe(1);
		expect((await storage.activity.listRecent())[0].summary).toBe('Deleted gone');
	});
});

describe('Workspace.preview', () => {
	it('returns the first 100 rows', async () => {
		const workspace = await openWorkspace();
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
		const workspace = await openWorkspace();
		await importAll(workspace, [csv('sales.csv', 7)]);
		const fresh = new DuckDBStandIn();
		await fresh.start();
		for (const attachment of await storage.datasets.listAttachments())
			await fresh.attach(attachment);
		const counted = await fresh.query({ queryId: 'q', sql: 'SELECT count(*) AS n FROM sales' });
		if (!counted.ok) throw new Error(counted.error.message);
		expect(Number(tableFromIPC(counted.value.arrow).getChild('n')?.get(0))).toBe(7);
	});
});

describe('Workspace engine events', () => {
	it('shows a crash and the recovery', async () => {
		const workspace = await openWorkspace();
		workspace.handleEngineEvent({ kind: 'crashed', message: 'out of memory' });
		expect(workspace.engine).toBe('restarting');
		expect(workspace.notices.at(-1)).toMatchObject({
			kind: 'error',
			message: 'The engine stopped (out of memory); restarting…'
		});
		workspace.handleEngineEvent({ kind: 'starting' });
		expect(workspace.engine).toBe('restarting');
		workspace.handleEngineEvent({ kind: 'restarted' });
		expect(workspace.engine).toBe('ready');
		expect(workspace.engineError).toBeNull();
		const id = workspace.notices[0].id;
		workspace.dismissNotice(id);
		expect(workspace.notices.some((n) => n.id === id)).toBe(false);
	});
});

/** Let pending work run until `condition` holds (fails after many turns, never on time). */
async function until(condition: () => boolean): Promise<void> {
	for (let turn = 0; turn < 1000; turn++) {
		if (condition()) return;
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	throw new Error('Condition never became true');
}
