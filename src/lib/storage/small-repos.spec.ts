import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type QuarryStorage } from './storage';
import { freshDbName } from '$test/records';
import { sha256Hex } from './fingerprint';

let storage: QuarryStorage;
let clock = 0;
let ids = 0;

function open(): QuarryStorage {
	storage = openStorage({
		name: freshDbName('repos'),
		now: () => clock,
		newId: () => `id-${++ids}`
	});
	return storage;
}

afterEach(async () => {
	storage.db.close();
	await storage.db.delete();
});

describe('QueriesRepo', () => {
	it('adds queries and lists the most recent first', async () => {
		const { queries } = open();
		const base = { datasetIds: [], source: 'editor' as const, ms: 1, rows: 1 };
		await queries.add({ ...base, sql: 'SELECT 1', startedAt: 1 });
		await queries.add({ ...base, sql: 'SELECT 3', startedAt: 3 });
		const failed = await queries.add({
			...base,
			sql: 'SELEC 2',
			startedAt: 2,
			error: 'syntax error'
		});
		expect(failed.id).toMatch(/^id-/);
		expect((await queries.listRecent()).map((q) => q.sql)).toEqual([
			'SELECT 3',
			'SELEC 2',
			'SELECT 1'
		]);
		expect((await queries.listRecent(1)).map((q) => q.sql)).toEqual(['SELECT 3']);
		expect(await queries.get(failed.id)).toMatchObject({ error: 'syntax error' });
	});
});

describe('ActivityRepo', () => {
	it('logs with the current time and lists newest first', async () => {
		const { activity } = open();
		clock = 5;
		await activity.log('dataset-imported', 'd1', 'Imported sales.csv');
		clock = 9;
		await activity.log('dataset-deleted', 'd1', 'Deleted Sales');
		const recent = await activity.listRecent();
		expect(recent.map((a) => [a.at, a.kind, a.summary])).toEqual([
			[9, 'dataset-deleted', 'Deleted Sales'],
			[5, 'dataset-imported', 'Imported sales.csv']
		]);
	});
});

describe('ActivityRepo.logEdit', () => {
	it('folds a burst of the same edit into its newest line, and nothing else', async () => {
		const { activity } = open();
		const edit = (at: number, refId: string, summary: string) => {
			clock = at;
			return activity.logEdit('context-saved', refId, summary, 600);
		};
		await edit(1_000, 'c1', 'Changed context “A”');
		await edit(1_400, 'c1', 'Changed context “A”');
		await edit(1_500, 'c1', 'Renamed context to “B”');
		await edit(1_600, 'c2', 'Changed context “C”');
		await edit(1_700, 'c2', 'Changed context “C”');
		await edit(2_400, 'c2', 'Changed context “C”');
		clock = 2_450;
		await activity.log('dataset-imported', 'c2', 'Imported c2.csv');
		await edit(2_500, 'c2', 'Changed context “C”');
		const recent = await activity.listRecent();
		expect(recent.map((a) => [a.at, a.refId, a.summary])).toEqual([
			[2_500, 'c2', 'Changed context “C”'],
			[2_450, 'c2', 'Imported c2.csv'],
			[2_400, 'c2', 'Changed context “C”'],
			[1_700, 'c2', 'Changed context “C”'],
			[1_500, 'c1', 'Renamed context to “B”'],
			[1_400, 'c1', 'Changed context “A”']
		]);
	});
});

describe('SettingsRepo', () => {
	it('stores, overwrites and removes typed settings', async () => {
		const { settings } = open();
		expect(await settings.get('theme')).toBeUndefined();
		await settings.set('theme', 'dark');
		await settings.set('theme', 'light');
		await settings.set('resultCacheTtlMs', 3_600_000);
		expect(await settings.get('theme')).toBe('light');
		expect(await settings.getAll()).toEqual({ theme: 'light', resultCacheTtlMs: 3_600_000 });
		await settings.remove('theme');
		expect(await settings.get('theme')).toBeUndefined();
	});
});

describe('sha256Hex', () => {
	it('hashes a blob to lower-case hex', async () => {
		expect(await sha256Hex(new Blob(['abc']))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});
