import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type QuarryStorage } from './storage';
import { freshDbName, makeDatasetRecord } from '$test/records';

let storage: QuarryStorage;
let clock = 0;

function open(): QuarryStorage {
	storage = openStorage({ name: freshDbName('dashboard-reads'), now: () => ++clock });
	return storage;
}

afterEach(async () => {
	storage.db.close();
	await storage.db.delete();
});

describe('reads for the dashboard', () => {
	it('lists query stats oldest first, marking failed and saved runs', async () => {
		const { queries } = open();
		const base = { datasetIds: ['d'], source: 'editor' as const, rows: 1 };
		await queries.add({ ...base, sql: 'B', startedAt: 20, ms: 7, error: 'boom' });
		await queries.add({ ...base, sql: 'A', startedAt: 10, ms: 3, savedName: 'mine' });
		const stats = await queries.listStats();
		expect(stats.map((s) => [s.sql, s.ms, s.isFailed, s.isSaved, s.datasetIds])).toEqual([
			['A', 3, false, true, ['d']],
			['B', 7, true, false, ['d']]
		]);
		expect(await queries.count()).toBe(2);
	});

	it('pages the activity feed newest first and counts it', async () => {
		const { activity } = open();
		for (let i = 1; i <= 5; i++) await activity.log('query-run', `q${i}`, `Ran ${i}`);
		expect(await activity.count()).toBe(5);
		expect((await activity.page(0, 2)).map((a) => a.refId)).toEqual(['q5', 'q4']);
		expect((await activity.page(4, 2)).map((a) => a.refId)).toEqual(['q1']);
		expect(await activity.page(6, 2)).toEqual([]);
	});

	it('stores column profiles as a new version of the record', async () => {
		const { datasets } = open();
		const record = makeDatasetRecord({
			columns: [
				{ name: 'a', type: 'BIGINT' },
				{ name: 'b', type: 'VARCHAR' }
			]
		});
		await datasets.saveImported(record, new Blob(['x']));
		const updated = await datasets.setProfiles(record.id, {
			b: { nullCount: 2, nullShare: 0.5, distinctCount: 1, topValues: [{ value: 'x', count: 2 }] }
		});
		expect(updated?.columns).toEqual([
			{ name: 'a', type: 'BIGINT' },
			{
				name: 'b',
				type: 'VARCHAR',
				profile: {
					nullCount: 2,
					nullShare: 0.5,
					distinctCount: 1,
					topValues: [{ value: 'x', count: 2 }]
				}
			}
		]);
		expect(updated?.version).toBe(record.version + 1);
		expect(await datasets.setProfiles('gone', {})).toBeUndefined();
	});
});
