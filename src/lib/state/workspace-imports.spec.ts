import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '$lib/storage/fingerprint';
import { deferred } from '$test/duckdb-engine';
import { csv, importAll, until, useWorkspaceFixture } from '$test/workspace-fixture';

const fx = useWorkspaceFixture('imports');

describe('Workspace.importFiles', () => {
	it('picks another table name when SQL in the editor already made a table with that name', async () => {
		const workspace = await fx.open();
		const made = await fx.engine.query({
			queryId: 'q',
			sql: 'CREATE TABLE sales AS SELECT 1 AS x'
		});
		expect(made.ok).toBe(true);
		await importAll(workspace, [csv('sales.csv', 3)]);

		expect(workspace.imports[0].status).toBe('done');
		const [dataset] = workspace.datasets;
		expect(dataset.tableName).not.toBe('sales');
		expect(dataset.tableName).toMatch(/^sales_\d+$/);
		expect(fx.engine.tables().sort()).toEqual([dataset.tableName, 'sales'].sort());
	});

	it('imports a CSV: engine table, stored copy with fingerprint, activity, persistence', async () => {
		const workspace = await fx.open();
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
			// 1 when stored, 2 once its columns have been profiled (after the queue emptied).
			version: 2,
			createdAt: 42_000,
			useCount: 0
		});
		expect(fx.engine.tables()).toEqual(['q1_sales']);
		expect(await fx.storage.datasets.get(dataset.id)).toEqual(dataset);
		const file = await fx.storage.datasets.loadFile(dataset.id);
		expect(file?.blob.size).toBe(dataset.storedBytes);
		expect(dataset.fingerprint).toBe(await sha256Hex(file!.blob));
		expect((await fx.storage.activity.listRecent()).map((a) => a.summary)).toEqual([
			'Imported Q1 Sales.csv (5 rows)'
		]);
		expect(fx.persistCalls).toBe(1);

		await importAll(workspace, [csv('more.csv')]);
		expect(fx.persistCalls).toBe(1);
	});

	it('runs imports one at a time, in order', async () => {
		const workspace = await fx.open();
		const gates = new Map([
			['a.csv', deferred()],
			['b.csv', deferred()]
		]);
		const started: string[] = [];
		fx.engine.gate = (fileName) => {
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

		expect(fx.engine.log.filter((l) => l.startsWith('ingest'))).toEqual([
			'ingest:start:a.csv',
			'ingest:end:a.csv',
			'ingest:start:b.csv',
			'ingest:end:b.csv'
		]);
		expect(workspace.datasets.map((d) => d.tableName)).toEqual(['b', 'a']);
	});

	it('gives files with the same name distinct table names', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [csv('sales.csv'), csv('Sales.csv'), csv('select.csv')]);
		expect(workspace.datasets.map((d) => d.tableName)).toEqual(['select_data', 'sales_2', 'sales']);
		expect(fx.engine.tables()).toEqual(['sales', 'sales_2', 'select_data']);
	});

	it('fails unsupported files at once, naming the supported formats, and stores nothing', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [new File(['x'], 'notes.docx')]);
		expect(workspace.imports[0]).toMatchObject({
			status: 'failed',
			error: expect.stringContaining('.csv, .tsv')
		});
		expect(fx.engine.log).toEqual([]);
		expect(await fx.storage.db.datasets.count()).toBe(0);
	});

	it("fails with the engine's message when the engine rejects a file", async () => {
		const workspace = await fx.open();
		const messages: string[] = [];
		const ingest = fx.engine.ingest.bind(fx.engine);
		fx.engine.ingest = async (options, onProgress) => {
			const result = await ingest(options, onProgress);
			if (!result.ok) messages.push(result.error.message);
			return result;
		};
		try {
			await importAll(workspace, [new File(['[{"a": 1}]'], 'rows.json')]);
		} finally {
			fx.engine.ingest = ingest;
		}
		expect(messages).toHaveLength(1);
		expect(workspace.imports[0]).toMatchObject({ status: 'failed', error: messages[0] });
		expect(fx.engine.tables()).toEqual([]);
		expect(await fx.storage.db.datasets.count()).toBe(0);
	});

	it('rejects a binary file named .csv before it reaches the engine', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [new File([new Uint8Array([0x89, 0x50, 0, 0, 1])], 'photo.csv')]);
		expect(workspace.imports[0]).toMatchObject({
			status: 'failed',
			error: expect.stringContaining('binary')
		});
		expect(fx.engine.log).toEqual([]);
	});
});

describe('Workspace.cancelImport', () => {
	it('stops a running import: nothing stored, no table, and the next import runs', async () => {
		const workspace = await fx.open();
		const hold = deferred();
		fx.engine.gate = (fileName) => (fileName === 'big.csv' ? hold.promise : Promise.resolve());
		workspace.importFiles([csv('big.csv'), csv('next.csv')]);
		await until(() => workspace.imports[0].status === 'running' && fx.engine.log.length === 1);

		await workspace.cancelImport(workspace.imports[0].id);
		expect(workspace.imports[0].status).toBe('cancelled');
		await workspace.idle();

		expect(workspace.imports.map((j) => j.status)).toEqual(['cancelled', 'done']);
		expect(workspace.datasets.map((d) => d.source)).toEqual(['next.csv']);
		expect((await fx.storage.datasets.list()).map((d) => d.source)).toEqual(['next.csv']);
		expect(await fx.storage.db.datasetFiles.count()).toBe(1);
		expect(fx.engine.tables()).toEqual(['next']);
	});

	it('cancels a queued import before it starts', async () => {
		const workspace = await fx.open();
		const hold = deferred();
		fx.engine.gate = () => hold.promise;
		workspace.importFiles([csv('first.csv'), csv('second.csv')]);
		await until(() => fx.engine.log.length === 1);
		await workspace.cancelImport(workspace.imports[1].id);
		hold.resolve();
		await workspace.idle();
		expect(workspace.imports.map((j) => j.status)).toEqual(['done', 'cancelled']);
		expect(fx.engine.log).not.toContain('ingest:start:second.csv');
		workspace.dismissImport(workspace.imports[1].id);
		expect(workspace.imports.map((j) => j.fileName)).toEqual(['first.csv']);
	});
});

describe('Workspace storage failures', () => {
	it('drops the table, stores nothing and explains a full disk', async () => {
		const workspace = await fx.open();
		fx.storage.db.datasetFiles.hook('creating', () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		await importAll(workspace, [csv('huge.csv')]);

		const [job] = workspace.imports;
		expect(job.status).toBe('failed');
		expect(job.error).toMatch(
			/^Not enough storage space to keep huge\.csv \(needs \d+(\.\d)? (B|KB)\)\. Free space by deleting datasets\.$/
		);
		expect(workspace.notices.items.map((n) => [n.kind, n.message])).toEqual([['error', job.error]]);
		expect(fx.engine.log).toContain('drop:huge');
		expect(fx.engine.tables()).toEqual([]);
		expect(await fx.storage.db.datasets.count()).toBe(0);
		expect(await fx.storage.db.datasetFiles.count()).toBe(0);
		expect(workspace.datasets).toEqual([]);
		expect(fx.persistCalls).toBe(0);
	});
});
