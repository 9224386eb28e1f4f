import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { change, sha, T0 } from '$test/server/store-fixtures';
import { openSqliteStore } from './sqlite';
import { LATEST_SQLITE_VERSION, migrateSqlite, SQLITE_MIGRATIONS } from './sqlite-migrations';

const dir = mkdtempSync(join(tmpdir(), 'quarry-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes, with plain SQL as the code of that version did, data that exists at `version`. */
function seed(db: Database.Database, version: number): void {
	if (version >= 1) {
		db.prepare(
			`INSERT INTO users (id, username, username_key, password_hash, created_at, password_changed_at)
			 VALUES ('u1', 'Old.User', 'old.user', 'hash-1', ${T0}, ${T0})`
		).run();
		db.prepare(
			`INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at)
			 VALUES ('tok', 'u1', ${T0}, ${T0 + 1000}, ${T0})`
		).run();
	}
	if (version >= 2) {
		db.exec(`
			INSERT INTO sync_counters (user_id, last_seq) VALUES ('u1', 2);
			INSERT INTO sync_records VALUES ('u1', 'charts', 'c1', 2, 2, 0, '{"title":"kept"}', ${T0}, 'dev-b');
			INSERT INTO sync_changes VALUES ('u1', 'old-change', 'charts', 'c1', 2, ${T0});
			INSERT INTO sync_device_seqs VALUES ('u1', 'charts', 'c1', 'dev-b', 7);
			INSERT INTO sync_conflicts VALUES ('k1', 'u1', 'charts', 'c1', 1, 0, '{"title":"lost"}', 'dev-a', ${T0});
		`);
	}
}

describe('SQLite migrations', () => {
	it('are numbered 1, 2, 3… without gaps', () => {
		expect(SQLITE_MIGRATIONS.map((m) => m.version)).toEqual(SQLITE_MIGRATIONS.map((_, i) => i + 1));
	});

	for (let from = 0; from < LATEST_SQLITE_VERSION; from++) {
		it(`bring a database from version ${from}, with its data, to the newest`, async () => {
			const file = join(dir, `from-${from}.sqlite`);
			const old = new Database(file);
			expect(migrateSqlite(old, T0, from)).toBe(from);
			seed(old, from);
			old.close();

			const store = openSqliteStore(file);
			await store.migrate();
			expect(await store.schemaVersion()).toBe(LATEST_SQLITE_VERSION);
			if (from >= 1) {
				expect((await store.findUserByName('OLD.USER'))?.passwordHash).toBe('hash-1');
				expect((await store.findSession('tok', T0))?.user.id).toBe('u1');
			} else {
				await store.createUser({
					id: 'u1',
					username: 'Old.User',
					passwordHash: 'hash-1',
					createdAt: T0,
					passwordChangedAt: T0
				});
			}
			if (from >= 2) {
				expect((await store.pull('u1', 0, 10)).records).toEqual([
					{
						table: 'charts',
						recordId: 'c1',
						version: 2,
						seq: 2,
						deleted: false,
						data: { title: 'kept' },
						updatedAt: T0,
						deviceId: 'dev-b'
					}
				]);
				expect((await store.getConflict('u1', 'k1'))?.data).toEqual({ title: 'lost' });
				const again = change('c1', {}, { table: 'charts', changeId: 'old-change' });
				expect((await store.push('u1', 'dev-b', [again], T0))[0].outcome).toBe('duplicate');
				const stale = change('c1', {}, { table: 'charts', deviceSeq: 6 });
				expect((await store.push('u1', 'dev-b', [stale], T0))[0].outcome).toBe('stale');
			}
			const [next] = await store.push('u1', 'dev-c', [change('n1', 1)], T0);
			expect(next.record.seq).toBe(from >= 2 ? 3 : 1);
			await store.addUserFile('u1', { sha256: sha(1), bytes: 9, createdAt: T0 });
			expect(await store.userStoredBytes('u1')).toBe(9);
			await store.close();
		});
	}

	it('refuses a database written by a newer server', async () => {
		const file = join(dir, 'newer.sqlite');
		const db = new Database(file);
		migrateSqlite(db, T0);
		db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
			LATEST_SQLITE_VERSION + 1,
			T0
		);
		db.close();
		const store = openSqliteStore(file);
		await expect(store.migrate()).rejects.toThrow(/newer than this Quarry server knows/);
		await store.close();
	});
});
