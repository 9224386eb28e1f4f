/**
 * For specs only: one real DuckDB (stand-in engine) per spec file, a fresh IndexedDB database
 * per test, and a Workspace over both with a controllable clock.
 */
import { afterEach, beforeAll } from 'vitest';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName } from '$test/records';
import { Workspace } from '$lib/state/workspace.svelte';
import { DuckDBStandIn } from './duckdb-engine';

export interface WorkspaceFixture {
	engine: DuckDBStandIn;
	storage: QuarryStorage;
	/** Times the workspace asked for persistent storage. */
	persistCalls: number;
	/** A started Workspace over a fresh database; its clock ticks 1 s per reading. */
	open(): Promise<Workspace>;
	/** Fresh storage not tied to a workspace (cleaned up after the test). */
	newStorage(): QuarryStorage;
}

export function useWorkspaceFixture(label = 'workspace'): WorkspaceFixture {
	const storages: QuarryStorage[] = [];
	const fixture: WorkspaceFixture = {
		engine: new DuckDBStandIn(),
		storage: undefined as unknown as QuarryStorage,
		persistCalls: 0,
		newStorage() {
			const storage = openStorage({ name: freshDbName(label) });
			storages.push(storage);
			fixture.storage = storage;
			return storage;
		},
		async open() {
			const storage = fixture.newStorage();
			fixture.persistCalls = 0;
			let clock = 41_000;
			const workspace = new Workspace({
				engine: fixture.engine,
				storage,
				now: () => (clock += 1000),
				requestPersistence: async () => (fixture.persistCalls++, true)
			});
			await workspace.start();
			return workspace;
		}
	};

	beforeAll(async () => {
		await fixture.engine.start();
	});

	afterEach(async () => {
		const { engine } = fixture;
		engine.gate = undefined;
		for (const table of engine.tables()) await engine.drop({ tableName: table });
		engine.log.length = 0;
		for (const storage of storages.splice(0)) {
			storage.db.close();
			await storage.db.delete();
		}
	});

	return fixture;
}

/** A small CSV file: `id,city` and `rows` rows. */
export function csv(name: string, rows = 3): File {
	const lines = ['id,city'];
	for (let i = 1; i <= rows; i++) lines.push(`${i},city ${i}`);
	return new File([lines.join('\n')], name, { type: 'text/csv' });
}

/** Queue files and wait until every import has finished. */
export async function importAll(workspace: Workspace, files: File[]): Promise<void> {
	workspace.importFiles(files);
	await workspace.idle();
}

/** Let pending work run until `condition` holds (fails after many turns, never on time). */
export async function until(condition: () => boolean): Promise<void> {
	for (let turn = 0; turn < 1000; turn++) {
		if (condition()) return;
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	throw new Error('Condition never became true');
}
