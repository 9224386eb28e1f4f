/**
 * The default store: one SQLite file (better-sqlite3). Every Store method runs its statements
 * inside one `db.transaction`, so it happens whole or not at all; better-sqlite3 is synchronous,
 * so a transaction is never interleaved with another one of this process.
 */
import Database from 'better-sqlite3';
import type { ConflictCopy, SyncChange, SyncRecord } from '$lib/core/sync/protocol';
import { migrateSqlite, sqliteSchemaVersion } from './sqlite-migrations';
import { sqlitePush } from './sqlite-push';
import {
	toConflict,
	toRecord,
	toSession,
	toUser,
	type ConflictRow,
	type RecordRow,
	type SessionDbRow,
	type UserDbRow
} from './rows';
import type { CreateUserResult, SessionRow, Store, UserFileRow, UserRow } from './types';
import { usernameKey } from './username-key';

export interface SqliteStore extends Store {
	readonly kind: 'sqlite';
	/** The file (or ':memory:') this store is open on. */
	readonly file: string;
}

/** Opens (creating when missing) an SQLite store; call `migrate()` before use. */
export function openSqliteStore(file: string): SqliteStore {
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = NORMAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	reuseStatements(db);
	return createSqliteStore(db, file);
}

/**
 * Every SQL text this store runs is fixed, so each is compiled once and its statement reused:
 * compiling took more time than running a push or a pull (a CPU profile of the server under
 * load had `prepare` as its largest item). SQLite compiles a statement again by itself when the
 * schema changes under it (after a migration).
 */
function reuseStatements(db: Database.Database): void {
	const compile = db.prepare.bind(db);
	const statements = new Map<string, Database.Statement>();
	db.prepare = ((source: string) => {
		let statement = statements.get(source);
		if (!statement) {
			statement = compile(source);
			statements.set(source, statement);
		}
		return statement;
	}) as typeof db.prepare;
}

function createSqliteStore(db: Database.Database, file: string): SqliteStore {
	function tx<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => Promise<R> {
		const run = db.transaction(fn);
		return (...args: A) => {
			try {
				return Promise.resolve(run(...args));
			} catch (error) {
				return Promise.reject(asError(error));
			}
		};
	}

	const userColumns =
		'u.id, u.username, u.password_hash, u.created_at, u.password_changed_at' as const;

	return {
		kind: 'sqlite',
		file,
		schemaVersion: tx(() => sqliteSchemaVersion(db)),
		migrate() {
			try {
				migrateSqlite(db, Date.now());
				return Promise.resolve();
			} catch (error) {
				return Promise.reject(asError(error));
			}
		},
		close() {
			if (db.open) db.close();
			return Promise.resolve();
		},

		createUser: tx((user: UserRow): CreateUserResult => {
			const key = usernameKey(user.username);
			const taken = db.prepare('SELECT 1 FROM users WHERE username_key = ?').get(key);
			if (taken) return { ok: false, code: 'taken' };
			db.prepare(
				`INSERT INTO users (id, username, username_key, password_hash, created_at, password_changed_at)
				 VALUES (?, ?, ?, ?, ?, ?)`
			).run(user.id, user.username, key, user.passwordHash, user.createdAt, user.passwordChangedAt);
			return { ok: true, user };
		}),
		findUserByName: tx((username: string) => {
			const row = db
				.prepare(`SELECT ${userColumns} FROM users u WHERE u.username_key = ?`)
				.get(usernameKey(username)) as UserDbRow | undefined;
			return row && toUser(row);
		}),
		findUserById: tx((id: string) => {
			const row = db.prepare(`SELECT ${userColumns} FROM users u WHERE u.id = ?`).get(id) as
				UserDbRow | undefined;
			return row && toUser(row);
		}),
		setPassword: tx((userId: string, passwordHash: string, now: number, keep?: string) => {
			db.prepare('UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?').run(
				passwordHash,
				now,
				userId
			);
			db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash IS NOT ?').run(
				userId,
				keep ?? null
			);
		}),
		deleteUser: tx((userId: string) => {
			const held = db.prepare('SELECT sha256 FROM user_files WHERE user_id = ?').all(userId) as {
				sha256: string;
			}[];
			for (const table of [
				'sessions',
				'sync_conflicts',
				'sync_device_seqs',
				'sync_changes',
				'sync_records',
				'sync_counters',
				'user_files'
			]) {
				db.prepare(`DELETE FROM ${table} WHERE user_id = ?`).run(userId);
			}
			db.prepare('DELETE FROM users WHERE id = ?').run(userId);
			return held.map((row) => row.sha256).filter((sha) => dropFileIfOrphaned(db, sha));
		}),
		countUsers: tx(() => {
			const row = db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number };
			return row.n;
		}),

		createSession: tx((session: SessionRow) => {
			db.prepare(
				`INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at)
				 VALUES (?, ?, ?, ?, ?)`
			).run(
				session.tokenHash,
				session.userId,
				session.createdAt,
				session.expiresAt,
				session.lastSeenAt
			);
		}),
		findSession: tx((tokenHash: string, now: number) => {
			const row = db
				.prepare(
					`SELECT s.token_hash, s.user_id, s.created_at AS s_created_at, s.expires_at, s.last_seen_at,
					        ${userColumns}
					 FROM sessions s JOIN users u ON u.id = s.user_id
					 WHERE s.token_hash = ? AND s.expires_at > ?`
				)
				.get(tokenHash, now) as (SessionDbRow & UserDbRow) | undefined;
			return row && { session: toSession(row), user: toUser(row) };
		}),
		touchSession: tx((tokenHash: string, now: number, expiresAt: number) => {
			db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?').run(
				now,
				expiresAt,
				tokenHash
			);
		}),
		deleteSession: tx((tokenHash: string) => {
			db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
		}),
		pruneChangeLog: tx((before: number) => {
			return db.prepare('DELETE FROM sync_changes WHERE applied_at < ?').run(before).changes;
		}),
		deleteExpiredSessions: tx((now: number) => {
			return db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
		}),

		push: tx((userId: string, deviceId: string, changes: SyncChange[], now: number) =>
			sqlitePush(db, userId, deviceId, changes, now)
		),
		pull: tx((userId: string, since: number, limit: number) => {
			const rows = db
				.prepare(
					`SELECT table_name, record_id, version, seq, deleted, data, updated_at, device_id
					 FROM sync_records WHERE user_id = ? AND seq > ? ORDER BY seq LIMIT ?`
				)
				.all(userId, since, limit + 1) as RecordRow[];
			const records: SyncRecord[] = rows.slice(0, limit).map(toRecord);
			const counter = db
				.prepare('SELECT last_seq FROM sync_counters WHERE user_id = ?')
				.get(userId) as { last_seq: number } | undefined;
			return { records, hasMore: rows.length > limit, latestSeq: counter?.last_seq ?? 0 };
		}),
		listConflicts: tx((userId: string, limit: number) => {
			const rows = db
				.prepare(
					`SELECT id, table_name, record_id, version, deleted, data, device_id, kept_at
					 FROM sync_conflicts WHERE user_id = ? ORDER BY kept_at, id LIMIT ?`
				)
				.all(userId, limit) as ConflictRow[];
			return rows.map(toConflict);
		}),
		getConflict: tx((userId: string, conflictId: string): ConflictCopy | undefined => {
			const row = db
				.prepare(
					`SELECT id, table_name, record_id, version, deleted, data, device_id, kept_at
					 FROM sync_conflicts WHERE user_id = ? AND id = ?`
				)
				.get(userId, conflictId) as ConflictRow | undefined;
			return row && toConflict(row);
		}),
		deleteConflict: tx((userId: string, conflictId: string) => {
			const result = db
				.prepare('DELETE FROM sync_conflicts WHERE user_id = ? AND id = ?')
				.run(userId, conflictId);
			return result.changes > 0;
		}),

		getUserFile: tx((userId: string, sha256: string) => {
			return db
				.prepare(
					`SELECT sha256, bytes, created_at AS createdAt FROM user_files
					 WHERE user_id = ? AND sha256 = ?`
				)
				.get(userId, sha256) as UserFileRow | undefined;
		}),
		listUserFiles: tx((userId: string) => {
			return db
				.prepare(
					`SELECT sha256, bytes, created_at AS createdAt FROM user_files
					 WHERE user_id = ? ORDER BY created_at, sha256`
				)
				.all(userId) as UserFileRow[];
		}),
		addUserFile: tx((userId: string, file: UserFileRow) => {
			db.prepare(
				'INSERT INTO files (sha256, bytes, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'
			).run(file.sha256, file.bytes, file.createdAt);
			db.prepare(
				`INSERT INTO user_files (user_id, sha256, bytes, created_at) VALUES (?, ?, ?, ?)
				 ON CONFLICT DO NOTHING`
			).run(userId, file.sha256, file.bytes, file.createdAt);
		}),
		removeUserFile: tx((userId: string, sha256: string) => {
			const removed = db
				.prepare('DELETE FROM user_files WHERE user_id = ? AND sha256 = ?')
				.run(userId, sha256).changes;
			return removed > 0 && dropFileIfOrphaned(db, sha256);
		}),
		userStoredBytes: tx((userId: string) => {
			const row = db
				.prepare('SELECT COALESCE(SUM(bytes), 0) AS total FROM user_files WHERE user_id = ?')
				.get(userId) as { total: number };
			return row.total;
		})
	};
}

function asError(error: unknown): Error {
	return error instanceof Error ? error : new Error(String(error));
}

/** Deletes the file row when no account links it any more; true when it did. */
function dropFileIfOrphaned(db: Database.Database, sha256: string): boolean {
	const linked = db.prepare('SELECT 1 FROM user_files WHERE sha256 = ? LIMIT 1').get(sha256);
	if (linked) return false;
	db.prepare('DELETE FROM files WHERE sha256 = ?').run(sha256);
	return true;
}
