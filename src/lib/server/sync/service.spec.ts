import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, change, T0 } from '$test/server/store-fixtures';
import { openStore } from '../store/open-store';
import type { Store } from '../store/types';
import { SyncService } from './service';

describe('SyncService over a real SQLite store', () => {
	let dir: string;
	let store: Store;
	let service: SyncService;
	let clock: number;

	beforeEach(async () => {
		dir = mkdtempSync(join(tmpdir(), 'quarry-service-'));
		store = await openStore({ dataDir: dir });
		clock = T0;
		service = new SyncService({ store, now: () => clock });
		await addUser(store, 'u1');
		await addUser(store, 'u2');
	});
	afterEach(async () => {
		await store.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('pushes, then pulls with a cursor that moves on', async () => {
		const pushed = await service.push('u1', {
			deviceId: 'dev-a',
			changes: [change('r1', { n: 1 }), change('r2', { n: 2 })]
		});
		expect(pushed.ok && pushed.value.results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
		const page = await service.pull('u1', '0', '1');
		if (!page.ok) throw new Error(page.error.message);
		expect(page.value.records.map((r) => r.recordId)).toEqual(['r1']);
		expect(page.value.hasMore).toBe(true);
		const rest = await service.pull('u1', String(page.value.cursor), null);
		if (!rest.ok) throw new Error(rest.error.message);
		expect(rest.value.records.map((r) => r.recordId)).toEqual(['r2']);
		const done = await service.pull('u1', String(rest.value.cursor), null);
		expect(done).toEqual({
			ok: true,
			value: {
				records: [],
				cursor: rest.value.cursor,
				hasMore: false,
				latestSeq: rest.value.cursor
			}
		});
	});

	it('stamps writes with server time, whatever the client put in its data', async () => {
		clock = T0 + 123;
		const edit = change('r1', { editedAt: T0 + 86_400_000 });
		const pushed = await service.push('u1', { deviceId: 'dev-a', changes: [edit] });
		expect(pushed.ok && pushed.value.results[0].record.updatedAt).toBe(T0 + 123);
	});

	it('answers a malformed push with 400 and the field, an oversized one with 413', async () => {
		const bad = await service.push('u1', { deviceId: 'dev-a', changes: [{ changeId: 'x' }] });
		expect(bad).toMatchObject({ ok: false, status: 400, error: { field: 'changes[0].recordId' } });
		const big = await service.push('u1', {
			deviceId: 'dev-a',
			changes: [change('r1', 'x'.repeat(1_000_001))]
		});
		expect(big).toMatchObject({ ok: false, status: 413, error: { code: 'too_large' } });
		expect(await store.pull('u1', 0, 10)).toEqual({ records: [], hasMore: false, latestSeq: 0 });
		expect(await service.push('u1', { deviceId: 'dev-a', changes: [] })).toEqual({
			ok: true,
			value: { results: [] }
		});
	});

	it('answers bad pull parameters with 400', async () => {
		expect(await service.pull('u1', '-5', null)).toMatchObject({
			ok: false,
			status: 400,
			error: { field: 'since' }
		});
		expect(await service.pull('u1', '0', '100000')).toMatchObject({
			status: 400,
			error: { field: 'limit' }
		});
	});

	it('lists and deletes conflict copies of the account only', async () => {
		await service.push('u1', { deviceId: 'dev-a', changes: [change('r1', 'a')] });
		const lost = await service.push('u1', { deviceId: 'dev-b', changes: [change('r1', 'b')] });
		const conflictId = lost.ok ? lost.value.results[0].conflictId : undefined;
		if (!conflictId) throw new Error('expected a conflict');
		const { conflicts } = await service.listConflicts('u1');
		expect(conflicts.map((c) => [c.id, c.data])).toEqual([[conflictId, 'a']]);
		expect(await service.listConflicts('u2')).toEqual({ conflicts: [] });
		expect(await service.deleteConflict('u2', conflictId)).toMatchObject({ status: 404 });
		expect(await service.deleteConflict('u1', '../etc')).toMatchObject({ status: 404 });
		expect(await service.deleteConflict('u1', conflictId)).toEqual({ ok: true, value: null });
		expect(await service.deleteConflict('u1', conflictId)).toMatchObject({ status: 404 });
	});
});
