/**
 * The PostgreSQL store against a real PostgreSQL (QUARRY_TEST_DATABASE_URL; the PostgreSQL
 * suite, vitest.pg.config.ts). Besides what every store must do, it checks what only a
 * database with concurrent connections can get wrong: pushes of one account arriving at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncChange } from '$lib/core/sync/protocol';
import { createTestSchema, type TestSchema } from '$test/server/postgres-test-db';
import { describeStore } from '$test/server/store-conformance';
import { openStore } from './open-store';
import { openPostgresStore } from './postgres';
import type { Store } from './types';

const T0 = Date.UTC(2026, 11, 1);

function change(
	recordId: string,
	changeId: string,
	deviceSeq: number,
	baseVersion = 0
): SyncChange {
	return {
		changeId,
		table: 'charts',
		recordId,
		baseVersion,
		deleted: false,
		data: { title: `${recordId} ${changeId}` },
		deviceSeq
	};
}

/** A store over its own empty schema; closing it drops the schema. */
async function openInFreshSchema(): Promise<Store> {
	const schema = await createTestSchema();
	const store = await openPostgresStore(schema.url);
	return {
		...store,
		async close() {
			await store.close();
			await schema.drop();
		}
	};
}

describeStore('postgres', openInFreshSchema);

describe('PostgreSQL store through openStore (DATABASE_URL)', () => {
	it('is chosen when a database URL is given, migrated, and keeps data across a restart', async () => {
		const schema = await createTestSchema();
		try {
			const first = await openStore({ dataDir: '/nonexistent', databaseUrl: schema.url });
			expect(first.kind).toBe('postgres');
			await first.createUser({
				id: 'u1',
				username: 'Restart',
				passwordHash: 'h',
				createdAt: T0,
				passwordChangedAt: T0
			});
			const [pushed] = await first.push('u1', 'dev-a', [change('r1', 'c1', 1)], T0);
			await first.close();
			const second = await openStore({ dataDir: '/nonexistent', databaseUrl: schema.url });
			expect((await second.findUserByName('restart'))?.id).toBe('u1');
			expect((await second.pull('u1', 0, 10)).records).toEqual([pushed.record]);
			const [next] = await second.push('u1', 'dev-a', [change('r2', 'c2', 2)], T0);
			expect(next.record.seq).toBe(pushed.record.seq + 1);
			await second.close();
		} finally {
			await schema.drop();
		}
	});

	it('fails to open, with the reason, when the database cannot be reached', async () => {
		const url = new URL(process.env.QUARRY_TEST_DATABASE_URL ?? '');
		url.password = 'not-the-password';
		await expect(openPostgresStore(url.toString())).rejects.toThrow(/password/);
	});
});

describe('PostgreSQL store under concurrent requests', () => {
	let schema: TestSchema;
	let store: Store;
	let second: Store;

	beforeEach(async () => {
		schema = await createTestSchema();
		store = await openPostgresStore(schema.url);
		await store.migrate();
		// A second server process on the same database.
		second = await openPostgresStore(schema.url);
		for (const [id, name] of [
			['u1', 'ada'],
			['u2', 'brook']
		]) {
			await store.createUser({
				id,
				username: name,
				passwordHash: 'hash',
				createdAt: T0,
				passwordChangedAt: T0
			});
		}
	});

	afterEach(async () => {
		await store.close();
		await second.close();
		await schema.drop();
	});

	it('gives an account strictly increasing, gap-free seqs when its pushes arrive at once', async () => {
		const pushes = Array.from({ length: 24 }, (_, i) =>
			(i % 2 ? store : second).push(
				'u1',
				`device-${i}`,
				[change(`r${i}`, `c${i}-a`, 1), change(`r${i}`, `c${i}-b`, 2, 1)],
				T0 + i
			)
		);
		const results = (await Promise.all(pushes)).flat();
		const seqs = results.map((r) => r.record.seq).sort((a, b) => a - b);
		expect(seqs).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
		// Within one push the order is kept.
		for (let i = 0; i < results.length; i += 2) {
			expect(results[i + 1].record.seq).toBe(results[i].record.seq + 1);
		}
		const pulled = await store.pull('u1', 0, 500);
		expect(pulled.records).toHaveLength(24);
		expect(pulled.records.every((r) => r.version === 2)).toBe(true);
		// The other account's counter is untouched.
		const [other] = await second.push('u2', 'device-x', [change('r0', 'other', 1)], T0);
		expect(other.record.seq).toBe(1);
	});

	it('writes one version after another when many devices change one record at once', async () => {
		const pushes = Array.from({ length: 16 }, (_, i) =>
			(i % 2 ? store : second).push('u1', `device-${i}`, [change('shared', `c${i}`, 1)], T0 + i)
		);
		const results = (await Promise.all(pushes)).flat();
		expect(results.map((r) => r.record.version).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 16 }, (_, i) => i + 1)
		);
		// Each write after the first overwrote a version its device had not seen: kept as a copy.
		expect(results.filter((r) => r.outcome === 'conflict')).toHaveLength(15);
		const conflicts = await store.listConflicts('u1', 100);
		expect(conflicts.map((c) => c.version).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 15 }, (_, i) => i + 1)
		);
	});

	it('rolls a failed push back whole and keeps serving pushes', async () => {
		// A device sequence number past BIGINT (the API refuses it earlier) fails the write.
		const bad = change('r1', 'bad', 1e30);
		const failures = await Promise.allSettled(
			Array.from({ length: 12 }, () =>
				store.push('u1', 'device-a', [change('r0', 'ok', 1), bad], T0)
			)
		);
		expect(failures.every((f) => f.status === 'rejected')).toBe(true);
		expect((await store.pull('u1', 0, 10)).records).toEqual([]);
		const [next] = await store.push('u1', 'device-a', [change('r2', 'after', 3)], T0);
		expect(next.record.seq).toBe(1);
	});

	it('applies a change pushed twice at once exactly once', async () => {
		const same = change('r1', 'once', 1);
		const results = await Promise.all([
			store.push('u1', 'device-a', [same], T0),
			second.push('u1', 'device-a', [same], T0)
		]);
		expect(
			results
				.flat()
				.map((r) => r.outcome)
				.sort()
		).toEqual(['applied', 'duplicate']);
		expect((await store.pull('u1', 0, 10)).records).toHaveLength(1);
	});

	it('keeps a shared file while one account unlinks it and another links it at once', async () => {
		const file = { sha256: 'b'.repeat(64), bytes: 10, createdAt: T0 };
		await store.addUserFile('u1', file);
		await Promise.all([store.removeUserFile('u1', file.sha256), second.addUserFile('u2', file)]);
		const holders = await schema.pool.query('SELECT user_id FROM user_files WHERE sha256 = $1', [
			file.sha256
		]);
		expect(holders.rows).toEqual([{ user_id: 'u2' }]);
		const stored = await schema.pool.query('SELECT sha256 FROM files');
		// Whichever came first, the file u2 now holds is still recorded.
		expect(stored.rows).toEqual([{ sha256: file.sha256 }]);
		expect(await store.userStoredBytes('u2')).toBe(10);
	});
});
