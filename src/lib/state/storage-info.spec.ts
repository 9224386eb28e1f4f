import { describe, expect, it } from 'vitest';
import { StorageInfo } from './storage-info.svelte';

describe('StorageInfo', () => {
	it('reports usage, quota and persistence, and asks to persist', async () => {
		let isPersistent = false;
		const info = new StorageInfo({
			manager: {
				estimate: async () => ({ usage: 2048, quota: 1_000_000 }),
				persisted: async () => isPersistent,
				persist: async () => (isPersistent = true)
			}
		});
		expect([info.usage, info.quota, info.persisted]).toEqual([null, null, null]);
		await info.refresh();
		expect([info.usage, info.quota, info.persisted]).toEqual([2048, 1_000_000, false]);
		await info.requestPersist();
		expect(info.persisted).toBe(true);
	});

	it('stays unknown when the browser cannot say', async () => {
		const info = new StorageInfo({
			manager: {
				estimate: () => Promise.reject(new Error('nope')),
				persisted: () => Promise.reject(new Error('nope')),
				persist: async () => false
			}
		});
		await info.refresh();
		expect([info.usage, info.quota, info.persisted]).toEqual([null, null, null]);
	});
});
