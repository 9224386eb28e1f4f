import { describe, expect, it } from 'vitest';
import { SYNC_LIMITS } from '$lib/core/sync/protocol';
import type { PendingChange } from '$lib/storage/sync-repo';
import { batchChanges } from './pusher';

function pending(n: number, data: unknown = { id: `q${n}` }): PendingChange {
	return {
		entry: {
			id: `queries:q${n}`,
			table: 'queries',
			recordId: `q${n}`,
			changeId: `change-${n}`,
			deviceSeq: n,
			op: data === undefined ? 'delete' : 'put',
			at: 1
		},
		baseVersion: n % 3,
		data
	};
}

describe('batchChanges', () => {
	it('builds each change from the current record, a deleted one as a tombstone', () => {
		const { changes } = batchChanges([pending(1), { ...pending(2), data: undefined }]);
		expect(changes).toEqual([
			{
				changeId: 'change-1',
				table: 'queries',
				recordId: 'q1',
				baseVersion: 1,
				deleted: false,
				data: { id: 'q1' },
				deviceSeq: 1
			},
			{
				changeId: 'change-2',
				table: 'queries',
				recordId: 'q2',
				baseVersion: 2,
				deleted: true,
				data: null,
				deviceSeq: 2
			}
		]);
	});

	it('stops at the number of changes one push may hold', () => {
		const many = Array.from({ length: SYNC_LIMITS.maxChangesPerPush + 5 }, (_, i) => pending(i));
		expect(batchChanges(many).changes).toHaveLength(SYNC_LIMITS.maxChangesPerPush);
	});

	it('stops before the request would be too large, and leaves out records too large to sync', () => {
		const big = 'x'.repeat(SYNC_LIMITS.maxRecordBytes - 100);
		const many = Array.from({ length: 12 }, (_, i) => pending(i, { id: `q${i}`, sql: big }));
		const huge = pending(99, { id: 'q99', sql: 'x'.repeat(SYNC_LIMITS.maxRecordBytes) });
		const { changes, tooLarge } = batchChanges([huge, ...many]);
		expect(tooLarge).toEqual(['queries:q99']);
		// Seven records of almost 1 MB fit in 8 MB with their fields; the eighth waits.
		expect(changes.length).toBe(7);
		expect(JSON.stringify({ deviceId: 'd', changes }).length).toBeLessThan(
			SYNC_LIMITS.maxPushBytes
		);
	});
});
