import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { QueryOptions } from '$lib/engine/engine-api';
import { importAll, until, useWorkspaceFixture } from '$test/workspace-fixture';
import type { EnginePort } from './engine-port';
import { Workspace } from './workspace.svelte';

const fx = useWorkspaceFixture('profile');

const PEOPLE = 'id,note,city\n1,,Oslo\n2,,Oslo\n3,,Bergen\n4,x,Oslo\n5,,Bergen';

/** The engine, with each profiling statement reported to `onProfile` before it runs. */
function watched(onProfile: (sql: string) => Promise<void> | void): EnginePort {
	const engine = fx.engine;
	return {
		start: () => engine.start(),
		ingest: (options, onProgress) => engine.ingest(options, onProgress),
		attach: (options) => engine.attach(options),
		drop: (options) => engine.drop(options),
		rename: (options) => engine.rename(options),
		reads: (options) => engine.reads(options),
		cancel: (options) => engine.cancel(options),
		async query(options: QueryOptions) {
			if (options.sql.startsWith('WITH stats AS')) await onProfile(options.sql);
			return engine.query(options);
		}
	};
}

/** Import `files`, then strip their profiles as a version before v3 would have left them. */
async function importUnprofiled(files: File[]): Promise<void> {
	const workspace = await fx.open();
	await importAll(workspace, files);
	await until(() => workspace.profiling.length === 0);
	await fx.storage.db.datasets.toCollection().modify((record) => {
		record.columns = record.columns.map(({ name, type }) => ({ name, type }));
	});
	workspace.dispose();
}

/** A second workspace over the same storage (as after a reload), with a watched engine. */
async function reopen(onProfile: (sql: string) => Promise<void> | void): Promise<Workspace> {
	const workspace = new Workspace({ engine: watched(onProfile), storage: fx.storage });
	await workspace.start();
	return workspace;
}

describe('column profiles after import', () => {
	it('are computed by the engine and stored with the dataset', async () => {
		const workspace = await fx.open();
		await importAll(workspace, [new File([PEOPLE], 'p.csv')]);
		await until(() => workspace.datasets[0]?.columns.every((c) => c.profile !== undefined));
		const [dataset] = workspace.datasets;
		const byName = Object.fromEntries(dataset.columns.map((c) => [c.name, c.profile]));
		expect(byName.note).toMatchObject({ nullCount: 4, nullShare: 0.8, distinctCount: 1 });
		expect(byName.city).toMatchObject({
			nullCount: 0,
			distinctCount: 2,
			topValues: [
				{ value: 'Oslo', count: 3 },
				{ value: 'Bergen', count: 2 }
			]
		});
		expect(byName.id).toMatchObject({ nullCount: 0, distinctCount: 5, min: 1, max: 5 });
		expect(byName.id?.histogram).toHaveLength(5);
		const stored = await fx.storage.datasets.get(dataset.id);
		expect(stored?.columns.find((c) => c.name === 'city')?.profile).toEqual(byName.city);
		expect(workspace.profiling).toEqual([]);
	});
});

describe('ensureProfiles', () => {
	it('profiles datasets that have none, once, however many callers ask at the same time', async () => {
		await importUnprofiled([new File([PEOPLE], 'people.csv'), new File(['a\n1\n2'], 'a.csv')]);
		const statements: string[] = [];
		let release = () => {};
		const gate = new Promise<void>((resolve) => (release = resolve));
		const workspace = await reopen(async (sql) => {
			statements.push(sql);
			await gate;
		});
		expect(workspace.datasets.every((d) => d.columns.every((c) => !c.profile))).toBe(true);
		const people = workspace.datasets.find((d) => d.name === 'people')!;

		const first = workspace.ensureProfiles([people.id]);
		await until(() => statements.length === 1);
		expect(workspace.profiling).toEqual([people.id]);
		const all = Promise.all([workspace.ensureProfiles([people.id]), workspace.ensureProfiles()]);
		await until(() => statements.length === 2);
		release();
		await Promise.all([first, all]);

		expect(statements).toHaveLength(2);
		expect(workspace.profiling).toEqual([]);
		for (const dataset of workspace.datasets) {
			expect(dataset.columns.every((c) => Array.isArray(c.profile?.topValues))).toBe(true);
		}
		const stored = await fx.storage.datasets.get(people.id);
		expect(stored?.columns.find((c) => c.name === 'note')?.profile?.nullCount).toBe(4);

		await workspace.ensureProfiles();
		expect(statements).toHaveLength(2);
		workspace.dispose();
	});

	it('survives a failure: the other datasets are profiled and the failed one is not retried', async () => {
		await importUnprofiled([new File([PEOPLE], 'people.csv'), new File(['a\n1\n2'], 'a.csv')]);
		let calls = 0;
		const workspace = await reopen((sql) => {
			calls++;
			if (sql.includes('"people"')) throw new Error('engine gone');
		});
		await expect(workspace.ensureProfiles()).resolves.toBeUndefined();
		const byName = Object.fromEntries(workspace.datasets.map((d) => [d.name, d]));
		expect(byName.a.columns[0].profile?.distinctCount).toBe(2);
		expect(byName.people.columns.some((c) => c.profile)).toBe(false);
		expect(workspace.profileFailed).toEqual([byName.people.id]);

		await workspace.ensureProfiles([byName.people.id]);
		expect(calls).toBe(2);
		workspace.dispose();
	});

	it('ignores ids of datasets that do not exist', async () => {
		const workspace = await fx.open();
		await expect(workspace.ensureProfiles(['nope'])).resolves.toBeUndefined();
		expect(workspace.profiling).toEqual([]);
	});
});
