import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName, makeDatasetRecord } from '$test/records';
import { ensureStoredOver } from './ensure-stored';

let storage: QuarryStorage;

afterEach(async () => {
	storage.db.close();
	await storage.db.delete();
});

describe('ensureStoredOver', () => {
	it('downloads only the named datasets whose data is not on the device', async () => {
		storage = openStorage({ name: freshDbName('ensure') });
		await storage.datasets.saveImported(
			makeDatasetRecord({ id: 'here', tableName: 'here' }),
			new Blob(['x'])
		);
		await storage.db.datasets.bulkAdd([
			makeDatasetRecord({ id: 'r1', tableName: 'remote_one' }),
			makeDatasetRecord({ id: 'r2', tableName: 'remote_two' })
		]);
		const downloaded: string[] = [];
		const sync = {
			ensureLocal: async (id: string) => {
				downloaded.push(id);
				return id === 'r2'
					? { ok: false as const, message: 'The data of “remote two” could not be downloaded.' }
					: { ok: true as const };
			}
		};
		expect(await ensureStoredOver(storage, sync, ['HERE', 'Remote_One'])).toEqual({
			ok: true,
			value: null
		});
		expect(downloaded).toEqual(['r1']);
		expect(await ensureStoredOver(storage, sync, ['remote_two'])).toEqual({
			ok: false,
			error: { code: 'not-found', message: 'The data of “remote two” could not be downloaded.' }
		});
	});
});
