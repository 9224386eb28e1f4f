/** The sync part of the Store conformance suite (push, pull, conflicts, isolation). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { SyncRecord } from '$lib/core/sync/protocol';
import type { Store } from '$lib/server/store/types';
import { addUser, change, T0 } from './store-fixtures';

async function pullAll(store: Store, userId: string): Promise<SyncRecord[]> {
	return (await store.pull(userId, 0, 1000)).records;
}

export function describeSyncConformance(get: () => Store): void {
	describe('sync', () => {
		let store: Store;
		beforeEach(async () => {
			store = get();
			await addUser(store, 'u1');
			await addUser(store, 'u2');
		});

		it('applies new records at version 1 with seqs that only grow', async () => {
			const first = await store.push(
				'u1',
				'dev-a',
				[change('r1', { sql: 'SELECT 1' }), change('r2', { sql: 'SELECT 2' })],
				T0
			);
			expect(first.map((r) => r.outcome)).toEqual(['applied', 'applied']);
			expect(first[0].record).toEqual({
				table: 'queries',
				recordId: 'r1',
				version: 1,
				seq: first[0].record.seq,
				deleted: false,
				data: { sql: 'SELECT 1' },
				updatedAt: T0,
				deviceId: 'dev-a'
			});
			const second = await store.push(
				'u1',
				'dev-a',
				[change('r1', { sql: 'SELECT 10' }, { baseVersion: 1 })],
				T0 + 1
			);
			expect(second[0].outcome).toBe('applied');
			expect(second[0].record.version).toBe(2);
			const seqs = [first[0], first[1], second[0]].map((r) => r.record.seq);
			expect(seqs[0]).toBeGreaterThan(0);
			expect(seqs[1]).toBeGreaterThan(seqs[0]);
			expect(seqs[2]).toBeGreaterThan(seqs[1]);
		});

		it('keeps records of different tables with the same id apart', async () => {
			await store.push('u1', 'dev-a', [change('x', { a: 1 }, { table: 'charts' })], T0);
			await store.push('u1', 'dev-a', [change('x', { b: 2 }, { table: 'contexts' })], T0);
			const records = await pullAll(store, 'u1');
			expect(records.map((r) => [r.table, r.version, r.data])).toEqual([
				['charts', 1, { a: 1 }],
				['contexts', 1, { b: 2 }]
			]);
		});

		it('pulls the current version of each changed record in seq order, page by page', async () => {
			await store.push('u1', 'dev-a', [change('r1', 1), change('r2', 2), change('r3', 3)], T0);
			await store.push('u1', 'dev-a', [change('r1', 'one', { baseVersion: 1 })], T0);
			const all = await pullAll(store, 'u1');
			expect(all.map((r) => [r.recordId, r.version, r.data])).toEqual([
				['r2', 1, 2],
				['r3', 1, 3],
				['r1', 2, 'one']
			]);
			const page1 = await store.pull('u1', 0, 2);
			expect(page1.records.map((r) => r.recordId)).toEqual(['r2', 'r3']);
			expect(page1.hasMore).toBe(true);
			const page2 = await store.pull('u1', page1.records[1].seq, 2);
			expect(page2.records.map((r) => r.recordId)).toEqual(['r1']);
			expect(page2.hasMore).toBe(false);
			const page3 = await store.pull('u1', page2.records[0].seq, 2);
			// latestSeq: the account's highest seq, whatever the cursor asked for.
			const latestSeq = page2.records[0].seq;
			expect(page3).toEqual({ records: [], hasMore: false, latestSeq });
			expect(page1.latestSeq).toBe(latestSeq);
			expect(await store.pull('u2', 0, 2)).toEqual({ records: [], hasMore: false, latestSeq: 0 });
		});

		it('keeps a delete as a tombstone with a new version', async () => {
			await store.push('u1', 'dev-a', [change('r1', { n: 1 })], T0);
			const [result] = await store.push(
				'u1',
				'dev-a',
				[change('r1', null, { baseVersion: 1, deleted: true })],
				T0 + 1
			);
			expect(result.outcome).toBe('applied');
			expect(result.record).toMatchObject({ version: 2, deleted: true, data: null });
			expect(await pullAll(store, 'u1')).toMatchObject([
				{ recordId: 'r1', version: 2, deleted: true, data: null }
			]);
		});

		it('applies a change pushed twice once, and answers with the current record', async () => {
			const edit = change('r1', { n: 1 });
			await store.push('u1', 'dev-a', [edit], T0);
			await store.push('u1', 'dev-b', [change('r1', { n: 2 }, { baseVersion: 1 })], T0);
			const before = await pullAll(store, 'u1');
			const again = await store.push('u1', 'dev-a', [edit, edit], T0 + 5);
			expect(again.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate']);
			expect(again[0].record).toMatchObject({ version: 2, data: { n: 2 } });
			expect(await pullAll(store, 'u1')).toEqual(before);
		});

		it('forgets old change ids; a late resend is then stale, a recent one still a duplicate', async () => {
			const early = change('r1', { n: 1 });
			await store.push('u1', 'dev-a', [early], T0);
			await store.push('u1', 'dev-b', [change('r1', { n: 2 }, { baseVersion: 1 })], T0);
			const recent = change('r2', 'recent');
			await store.push('u1', 'dev-a', [recent], T0 + 10);
			expect(await store.pruneChangeLog(T0 + 5)).toBe(2);
			const before = await pullAll(store, 'u1');
			const [late] = await store.push('u1', 'dev-a', [early], T0 + 20);
			expect(late.outcome).toBe('stale');
			expect(late.record).toMatchObject({ version: 2, data: { n: 2 } });
			const [again] = await store.push('u1', 'dev-a', [recent], T0 + 20);
			expect(again.outcome).toBe('duplicate');
			expect(await pullAll(store, 'u1')).toEqual(before);
			expect(await store.listConflicts('u1', 10)).toEqual([]);
		});

		it('counts a change id repeated inside one push once', async () => {
			const edit = change('r1', { n: 1 });
			const results = await store.push('u1', 'dev-a', [edit, edit], T0);
			expect(results.map((r) => r.outcome)).toEqual(['applied', 'duplicate']);
			expect(results[1].record.version).toBe(1);
		});

		it('drops an older change from the same device as stale', async () => {
			await store.push('u1', 'dev-a', [change('r1', 'new', { deviceSeq: 9 })], T0);
			const [result] = await store.push(
				'u1',
				'dev-a',
				[change('r1', 'old', { deviceSeq: 4, baseVersion: 0 })],
				T0
			);
			expect(result.outcome).toBe('stale');
			expect(result.record).toMatchObject({ version: 1, data: 'new' });
			expect(await store.listConflicts('u1', 10)).toEqual([]);
		});

		it('keeps the overwritten version as a conflict copy when the writer had not seen it', async () => {
			await store.push('u1', 'dev-a', [change('r1', { by: 'a' })], T0);
			const [result] = await store.push(
				'u1',
				'dev-b',
				[change('r1', { by: 'b' }, { baseVersion: 0 })],
				T0 + 7
			);
			expect(result.outcome).toBe('conflict');
			expect(result.record).toMatchObject({ version: 2, data: { by: 'b' }, deviceId: 'dev-b' });
			const conflicts = await store.listConflicts('u1', 10);
			expect(conflicts).toEqual([
				{
					id: result.conflictId,
					table: 'queries',
					recordId: 'r1',
					version: 1,
					deleted: false,
					data: { by: 'a' },
					deviceId: 'dev-a',
					keptAt: T0 + 7
				}
			]);
			expect(await store.getConflict('u1', conflicts[0].id)).toEqual(conflicts[0]);
			expect(await store.deleteConflict('u1', conflicts[0].id)).toBe(true);
			expect(await store.deleteConflict('u1', conflicts[0].id)).toBe(false);
			expect(await store.getConflict('u1', conflicts[0].id)).toBeUndefined();
		});

		it('keeps no copy when the writer had seen the version, or both sides deleted', async () => {
			await store.push('u1', 'dev-a', [change('r1', 1), change('r2', 2)], T0);
			const [seen] = await store.push('u1', 'dev-b', [change('r1', 10, { baseVersion: 1 })], T0);
			const [own] = await store.push('u1', 'dev-a', [change('r2', 20, { baseVersion: 0 })], T0);
			expect([seen.outcome, own.outcome]).toEqual(['applied', 'applied']);
			await store.push('u1', 'dev-a', [change('r3', null, { deleted: true })], T0);
			const [both] = await store.push('u1', 'dev-b', [change('r3', null, { deleted: true })], T0);
			expect(both.outcome).toBe('applied');
			expect(await store.listConflicts('u1', 10)).toEqual([]);
		});

		it('returns data as it was pushed', async () => {
			const data = { name: 'Ünïcode ✓ "quoted"', nested: { list: [1, 2.5, null, true] } };
			await store.push('u1', 'dev-a', [change('r1', data, { table: 'contexts' })], T0);
			expect((await pullAll(store, 'u1'))[0].data).toEqual(data);
		});

		it('keeps accounts apart: B never sees or changes A’s records or conflicts', async () => {
			const edit = change('r1', 'a-1');
			await store.push('u1', 'dev-a', [edit], T0);
			await store.push('u1', 'dev-b', [change('r1', 'a-2')], T0);
			const [conflict] = await store.listConflicts('u1', 10);

			expect(await pullAll(store, 'u2')).toEqual([]);
			expect(await store.listConflicts('u2', 10)).toEqual([]);
			expect(await store.getConflict('u2', conflict.id)).toBeUndefined();
			expect(await store.deleteConflict('u2', conflict.id)).toBe(false);
			// The same change id and record id in B's account are B's own.
			const [result] = await store.push('u2', 'dev-a', [edit], T0);
			expect(result.outcome).toBe('applied');
			expect(result.record.version).toBe(1);
			expect((await pullAll(store, 'u1')).map((r) => [r.version, r.data])).toEqual([[2, 'a-2']]);
			expect(await store.getConflict('u1', conflict.id)).toEqual(conflict);
		});
	});
}
