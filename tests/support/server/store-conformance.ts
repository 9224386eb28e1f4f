/**
 * The behaviour every Store implementation must have (src/lib/server/store/types.ts). Each
 * implementation's spec calls `describeStore(name, open)`; `open` must return a store over an
 * EMPTY database (migrated or not — the suite calls migrate()).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncChange } from '$lib/core/sync/protocol';
import type { Store } from '$lib/server/store/types';
import { describeSyncConformance } from './store-conformance-sync';
import { addUser, change, DAY, sessionRow, sha, T0, userRow } from './store-fixtures';

export function describeStore(name: string, open: () => Promise<Store>): void {
	describe(`Store conformance: ${name}`, () => {
		let store: Store;
		beforeEach(async () => {
			store = await open();
			await store.migrate();
		});
		afterEach(async () => {
			await store.close();
		});
		const get = () => store;

		it('migrates to a schema version and migrating again changes nothing', async () => {
			const version = await store.schemaVersion();
			expect(version).toBeGreaterThanOrEqual(3);
			await store.migrate();
			expect(await store.schemaVersion()).toBe(version);
		});

		describe('accounts', () => {
			it('creates a user and finds it by id and by name ignoring case', async () => {
				const result = await store.createUser(userRow('u1', 'Ada.Lovelace'));
				expect(result).toEqual({ ok: true, user: userRow('u1', 'Ada.Lovelace') });
				expect(await store.findUserById('u1')).toEqual(userRow('u1', 'Ada.Lovelace'));
				expect(await store.findUserByName('ada.LOVELACE')).toEqual(userRow('u1', 'Ada.Lovelace'));
				expect(await store.findUserByName('ada')).toBeUndefined();
				expect(await store.findUserById('u2')).toBeUndefined();
			});

			it('refuses a username that is taken, whatever its case', async () => {
				await addUser(store, 'u1', 'Émile');
				expect(await store.createUser(userRow('u2', 'éMILE'))).toEqual({
					ok: false,
					code: 'taken'
				});
				expect(await store.countUsers()).toBe(1);
				await addUser(store, 'u3', 'emile');
				expect(await store.countUsers()).toBe(2);
			});
		});

		describe('sessions', () => {
			it('finds a session with its user until it expires', async () => {
				await addUser(store, 'u1');
				await store.createSession(sessionRow('t1', 'u1', T0 + DAY));
				const found = await store.findSession('t1', T0 + DAY - 1);
				expect(found?.session).toEqual(sessionRow('t1', 'u1', T0 + DAY));
				expect(found?.user.id).toBe('u1');
				expect(await store.findSession('t1', T0 + DAY)).toBeUndefined();
				expect(await store.findSession('other', T0)).toBeUndefined();
			});

			it('slides the expiry when touched', async () => {
				await addUser(store, 'u1');
				await store.createSession(sessionRow('t1', 'u1', T0 + DAY));
				await store.touchSession('t1', T0 + 10, T0 + 30 * DAY);
				const found = await store.findSession('t1', T0 + 2 * DAY);
				expect(found?.session.lastSeenAt).toBe(T0 + 10);
				expect(found?.session.expiresAt).toBe(T0 + 30 * DAY);
			});

			it('deletes one session, and the expired ones', async () => {
				await addUser(store, 'u1');
				await store.createSession(sessionRow('t1', 'u1', T0 + DAY));
				await store.createSession(sessionRow('t2', 'u1', T0 + 2 * DAY));
				await store.createSession(sessionRow('t3', 'u1', T0 + 3 * DAY));
				await store.deleteSession('t1');
				expect(await store.findSession('t1', T0)).toBeUndefined();
				expect(await store.deleteExpiredSessions(T0 + 2 * DAY)).toBe(1);
				expect(await store.findSession('t2', T0)).toBeUndefined();
				expect(await store.findSession('t3', T0)).toBeDefined();
			});

			it('changing the password ends every other session of that user only', async () => {
				await addUser(store, 'u1');
				await addUser(store, 'u2');
				await store.createSession(sessionRow('a1', 'u1'));
				await store.createSession(sessionRow('a2', 'u1'));
				await store.createSession(sessionRow('b1', 'u2'));
				await store.setPassword('u1', 'new-hash', T0 + 5, 'a1');
				expect(await store.findSession('a1', T0)).toBeDefined();
				expect(await store.findSession('a2', T0)).toBeUndefined();
				expect(await store.findSession('b1', T0)).toBeDefined();
				const user = await store.findUserById('u1');
				expect(user?.passwordHash).toBe('new-hash');
				expect(user?.passwordChangedAt).toBe(T0 + 5);
				expect((await store.findUserById('u2'))?.passwordHash).toBe('hash-of-u2');
				await store.setPassword('u1', 'newer-hash', T0 + 6);
				expect(await store.findSession('a1', T0)).toBeUndefined();
			});
		});

		describeSyncConformance(get);

		describe('files', () => {
			it('links files to accounts, sums their bytes and unlinks them', async () => {
				await addUser(store, 'u1');
				await addUser(store, 'u2');
				await store.addUserFile('u1', { sha256: sha(1), bytes: 100, createdAt: T0 });
				await store.addUserFile('u1', { sha256: sha(1), bytes: 100, createdAt: T0 });
				await store.addUserFile('u1', { sha256: sha(2), bytes: 50, createdAt: T0 + 1 });
				await store.addUserFile('u2', { sha256: sha(2), bytes: 50, createdAt: T0 + 2 });
				expect(await store.userStoredBytes('u1')).toBe(150);
				expect(await store.userStoredBytes('u2')).toBe(50);
				expect(await store.listUserFiles('u1')).toEqual([
					{ sha256: sha(1), bytes: 100, createdAt: T0 },
					{ sha256: sha(2), bytes: 50, createdAt: T0 + 1 }
				]);
				expect(await store.getUserFile('u2', sha(2))).toEqual({
					sha256: sha(2),
					bytes: 50,
					createdAt: T0 + 2
				});
				// u2 still holds file 2: its bytes must stay.
				expect(await store.removeUserFile('u1', sha(2))).toBe(false);
				expect(await store.removeUserFile('u1', sha(1))).toBe(true);
				expect(await store.removeUserFile('u1', sha(1))).toBe(false);
				expect(await store.listUserFiles('u1')).toEqual([]);
				expect(await store.userStoredBytes('u1')).toBe(0);
				expect(await store.removeUserFile('u2', sha(2))).toBe(true);
			});

			it('never shows or removes another account’s file', async () => {
				await addUser(store, 'u1');
				await addUser(store, 'u2');
				await store.addUserFile('u1', { sha256: sha(7), bytes: 10, createdAt: T0 });
				expect(await store.getUserFile('u2', sha(7))).toBeUndefined();
				expect(await store.listUserFiles('u2')).toEqual([]);
				expect(await store.removeUserFile('u2', sha(7))).toBe(false);
				expect(await store.getUserFile('u1', sha(7))).toBeDefined();
			});
		});

		describe('deleting a user', () => {
			it('removes everything it owns and reports the files nobody holds any more', async () => {
				await addUser(store, 'u1', 'Gone');
				await addUser(store, 'u2');
				await store.createSession(sessionRow('t1', 'u1'));
				await store.createSession(sessionRow('t2', 'u2'));
				await store.push('u1', 'dev-a', [changeFor('r1', 1)], T0);
				await store.push('u1', 'dev-b', [changeFor('r1', 2)], T0);
				expect(await store.listConflicts('u1', 10)).toHaveLength(1);
				await store.push('u2', 'dev-c', [changeFor('r1', 3)], T0);
				await store.addUserFile('u1', { sha256: sha(1), bytes: 1, createdAt: T0 });
				await store.addUserFile('u1', { sha256: sha(2), bytes: 2, createdAt: T0 });
				await store.addUserFile('u2', { sha256: sha(2), bytes: 2, createdAt: T0 });

				expect(await store.deleteUser('u1')).toEqual([sha(1)]);

				expect(await store.findUserById('u1')).toBeUndefined();
				expect(await store.findSession('t1', T0)).toBeUndefined();
				expect((await store.pull('u1', 0, 10)).records).toEqual([]);
				expect(await store.listConflicts('u1', 10)).toEqual([]);
				expect(await store.listUserFiles('u1')).toEqual([]);
				expect(await store.countUsers()).toBe(1);
				// The other account is untouched, and the name is free again.
				expect(await store.findSession('t2', T0)).toBeDefined();
				expect((await store.pull('u2', 0, 10)).records).toHaveLength(1);
				expect(await store.getUserFile('u2', sha(2))).toBeDefined();
				await addUser(store, 'u3', 'gone');
				expect((await store.pull('u3', 0, 10)).records).toEqual([]);
			});
		});
	});
}

function changeFor(recordId: string, n: number): SyncChange {
	return change(recordId, { n }, { table: 'charts', changeId: `c-${recordId}-${n}`, deviceSeq: n });
}
