/**
 * The PostgreSQL store decides a whole push from one read of the stored state; the SQLite
 * store reads before every change. Both must give the same answers: random pushes (several
 * devices, a few records, repeated change ids, old device sequence numbers, stale base
 * versions, deletes) go to both, and every result and the final pull must agree.
 * Runs in the PostgreSQL suite (vitest.pg.config.ts), with a fixed seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResult, SyncChange } from '$lib/core/sync/protocol';
import { createTestSchema, type TestSchema } from '$test/server/postgres-test-db';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './types';

const T0 = 1_800_000_000_000;
const DEVICES = ['dev-a', 'dev-b', 'dev-c'];

const changeArb = fc.record({
	changeNo: fc.integer({ min: 0, max: 30 }),
	table: fc.constantFrom('queries' as const, 'charts' as const),
	record: fc.constantFrom('r1', 'r2', 'r3'),
	baseVersion: fc.integer({ min: 0, max: 6 }),
	deleted: fc.boolean(),
	deviceSeq: fc.integer({ min: 1, max: 40 }),
	value: fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.constant(null))
});

const pushArb = fc.record({
	device: fc.constantFrom(...DEVICES),
	changes: fc.array(changeArb, { minLength: 1, maxLength: 12 })
});

type ChangeInput = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

function toChange(c: ChangeInput, device: string): SyncChange {
	return {
		// A change number reused by the same device is the same change pushed again.
		changeId: `${device}-${c.changeNo}`,
		table: c.table,
		recordId: c.record,
		baseVersion: c.baseVersion,
		deleted: c.deleted,
		data: c.deleted ? null : { value: c.value, nested: [c.record, c.deviceSeq] },
		deviceSeq: c.deviceSeq
	};
}

/** Conflict ids are random; what matters is whether one was kept. */
function comparable(results: PushResult[]) {
	return results.map(({ conflictId, ...rest }) => ({ ...rest, hasCopy: conflictId !== undefined }));
}

describe('PostgreSQL push agrees with the SQLite store', () => {
	const dir = mkdtempSync(join(tmpdir(), 'quarry-pg-push-'));
	let schema: TestSchema;
	let postgres: Store;

	beforeAll(async () => {
		schema = await createTestSchema();
		postgres = await openPostgresStore(schema.url);
		await postgres.migrate();
	});

	afterAll(async () => {
		await postgres?.close();
		await schema?.drop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('gives the same results and the same records for random pushes', async () => {
		let run = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(pushArb, { minLength: 1, maxLength: 8 }), async (pushes) => {
				run += 1;
				const userId = `u${run}`;
				const sqlite = openSqliteStore(join(dir, `run-${run}.sqlite`));
				await sqlite.migrate();
				try {
					for (const store of [sqlite, postgres]) {
						await store.createUser({
							id: userId,
							username: userId,
							passwordHash: 'h',
							createdAt: T0,
							passwordChangedAt: T0
						});
					}
					for (const [i, push] of pushes.entries()) {
						const changes = push.changes.map((c) => toChange(c, push.device));
						const expected = await sqlite.push(userId, push.device, changes, T0 + i);
						const actual = await postgres.push(userId, push.device, changes, T0 + i);
						expect(comparable(actual)).toEqual(comparable(expected));
					}
					expect(await postgres.pull(userId, 0, 500)).toEqual(await sqlite.pull(userId, 0, 500));
					// Copies kept at the same time are listed in id order, and ids are random.
					const copies = async (store: Store) =>
						(await store.listConflicts(userId, 500))
							.map(({ id: _id, ...rest }) => JSON.stringify(rest))
							.sort();
					expect(await copies(postgres)).toEqual(await copies(sqlite));
				} finally {
					await sqlite.close();
				}
			}),
			{ seed: 20261203, numRuns: 40 }
		);
	});
});
