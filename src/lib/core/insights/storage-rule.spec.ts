import { describe, expect, it } from 'vitest';
import { storageNearQuota } from './storage-rule';

describe('storageNearQuota', () => {
	it('fires from 80 % used with the percentage as its number', () => {
		expect(storageNearQuota(80, 100)).toEqual([
			expect.objectContaining({ kind: 'storage-quota', value: 80, title: 'Storage is 80% full' })
		]);
		expect(storageNearQuota(79, 100)).toEqual([]);
	});

	it('says nothing when the browser does not know', () => {
		expect(storageNearQuota(null, 100)).toEqual([]);
		expect(storageNearQuota(10, null)).toEqual([]);
		expect(storageNearQuota(10, 0)).toEqual([]);
	});
});
