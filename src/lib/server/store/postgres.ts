/**
 * The Store on PostgreSQL (used when DATABASE_URL is set), with the `pg` driver. The table
 * design is the SQLite store's (README.md); the schema steps are in postgres-migrations.ts.
 * Every method is one transaction (a single statement, or BEGIN … COMMIT on one pooled
 * connection). BIGINT columns are read back as JavaScript numbers: every value Quarry stores
 * (times in ms, seqs, byte counts) is far below 2^53.
 *
 * The connection string may carry libpq options, e.g. `?options=-c%20search_path%3Dquarry`
 * to keep Quarry's tables in their own schema.
 */
import pg from 'pg';
import type { PoolClient } from 'pg';
import type { CreateUserResult, Store, UserFileRow, UserRow } from './types';
import { migratePostgres, postgresSchemaVersion } from './postgres-migrations';
import {
	findConflictCopy,
	listConflictCopies,
	pullRecords,
	pushInTransaction
} from './postgres-sync';
import { toSession, toUser, type SessionDbRow, type UserDbRow } from './rows';
import { usernameKey } from './username-key';

const INT8_OID = 20;

/** Parses BIGINT as a number instead of pg's default string. */
const types = {
	getTypeParser(oid: number, format?: 'text' | 'binary') {
		if (oid === INT8_OID && format !== 'binary') return (value: string) => Number(value);
		return pg.types.getTypeParser(oid, format);
	}
} satisfies pg.CustomTypesConfig;

const USER_COLUMNS = 'id, username, password_hash, created_at, password_changed_at';

function toUserFile(row: { sha256: string; bytes: number; created_at: number }): UserFileRow {
	return { sha256: row.sha256, bytes: row.bytes, createdAt: row.created_at };
}

/**
 * Connects and returns the store; `migrate()` brings the schema to the newest version
 * (openStore in open-store.ts does both).
 */
export async function openPostgresStore(url: string): Promise<Store> {
	const pool = new pg.Pool({ connectionString: url, types, max: 10 });
	// An idle connection that breaks (the database restarted) is dropped by the pool; without a
	// listener its error would end the process. The next query opens a new connection.
	pool.on('error', () => undefined);

	async function transaction<T>(body: (client: PoolClient) => Promise<T>): Promise<T> {
		const client = await pool.connect();
		try {
			await client.query('BEGIN');
			const value = await body(client);
			await client.query('COMMIT');
			return value;
		} catch (error) {
			await client.query('ROLLBACK').catch(() => undefined);
			throw error;
		} finally {
			client.release();
		}
	}

	const store: Store = {
		kind: 'postgres',
		schemaVersion: () => postgresSchemaVersion(pool),
		migrate: () => migratePostgres(pool, Date.now()),
		close: () => pool.end(),

		async createUser(user: UserRow): Promise<CreateUserResult> {
			const result = await pool.query(
				`INSERT INTO users (id, username, username_key, password_hash, created_at, password_changed_at)
				 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (username_key) DO NOTHING`,
				[
					user.id,
					user.username,
					usernameKey(user.username),
					user.passwordHash,
					user.createdAt,
					user.passwordChangedAt
				]
			);
			return result.rowCount === 1 ? { ok: true, user } : { ok: false, code: 'taken' };
		},
		async findUserByName(username) {
			const result = await pool.query<UserDbRow>(
				`SELECT ${USER_COLUMNS} FROM users WHERE username_key = $1`,
				[usernameKey(username)]
			);
			return result.rows[0] ? toUser(result.rows[0]) : undefined;
		},
		async findUserById(id) {
			const result = await pool.query<UserDbRow>(
				`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`,
				[id]
			);
			return result.rows[0] ? toUser(result.rows[0]) : undefined;
		},
		setPassword: (userId, passwordHash, now, keepTokenHash) =>
			transaction(async (client) => {
				await client.query(
					'UPDATE users SET password_hash = $2, password_changed_at = $3 WHERE id = $1',
					[userId, passwordHash, now]
				);
				await client.query(
					'DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2',
					[userId, keepTokenHash ?? null]
				);
			}),
		deleteUser: (userId) =>
			transaction(async (client) => {
				const held = await client.query<{ sha256: string }>(
					`SELECT f.sha256 FROM files f JOIN user_files u ON u.sha256 = f.sha256
					 WHERE u.user_id = $1 ORDER BY f.sha256 FOR UPDATE OF f`,
					[userId]
				);
				await client.query('DELETE FROM users WHERE id = $1', [userId]);
				return deleteUnreferencedFiles(
					client,
					held.rows.map((row) => row.sha256)
				);
			}),
		async countUsers() {
			const result = await pool.query<{ count: number }>(
				'SELECT COUNT(*)::bigint AS count FROM users'
			);
			return result.rows[0].count;
		},

		async createSession(session) {
			await pool.query(
				`INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at)
				 VALUES ($1, $2, $3, $4, $5)`,
				[
					session.tokenHash,
					session.userId,
					session.createdAt,
					session.expiresAt,
					session.lastSeenAt
				]
			);
		},
		async findSession(tokenHash, now) {
			const result = await pool.query<SessionDbRow & UserDbRow>({
				// Every signed-in request runs this: named, so it is planned once per connection.
				name: 'quarry_find_session',
				text: `SELECT s.token_hash, s.user_id, s.created_at AS s_created_at, s.expires_at,
				   s.last_seen_at, u.id, u.username, u.password_hash, u.created_at,
				   u.password_changed_at
				 FROM sessions s JOIN users u ON u.id = s.user_id
				 WHERE s.token_hash = $1 AND s.expires_at > $2`,
				values: [tokenHash, now]
			});
			const row = result.rows[0];
			if (!row) return undefined;
			return { session: toSession(row), user: toUser(row) };
		},
		async touchSession(tokenHash, now, expiresAt) {
			await pool.query(
				'UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1',
				[tokenHash, now, expiresAt]
			);
		},
		async deleteSession(tokenHash) {
			await pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
		},
		async pruneChangeLog(before) {
			const result = await pool.query('DELETE FROM sync_changes WHERE applied_at < $1', [before]);
			return result.rowCount ?? 0;
		},
		async deleteExpiredSessions(now) {
			const result = await pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
			return result.rowCount ?? 0;
		},

		push: (userId, deviceId, changes, now) =>
			pushInTransaction(pool, userId, deviceId, changes, now),
		pull: (userId, since, limit) => pullRecords(pool, userId, since, limit),
		listConflicts: (userId, limit) => listConflictCopies(pool, userId, limit),
		getConflict: (userId, conflictId) => findConflictCopy(pool, userId, conflictId),
		async deleteConflict(userId, conflictId) {
			const result = await pool.query('DELETE FROM sync_conflicts WHERE user_id = $1 AND id = $2', [
				userId,
				conflictId
			]);
			return result.rowCount === 1;
		},

		async getUserFile(userId, sha256) {
			const result = await pool.query(
				'SELECT sha256, bytes, created_at FROM user_files WHERE user_id = $1 AND sha256 = $2',
				[userId, sha256]
			);
			return result.rows[0] ? toUserFile(result.rows[0]) : undefined;
		},
		async listUserFiles(userId) {
			const result = await pool.query(
				'SELECT sha256, bytes, created_at FROM user_files WHERE user_id = $1 ORDER BY created_at, sha256',
				[userId]
			);
			return result.rows.map(toUserFile);
		},
		addUserFile: (userId, file) =>
			transaction(async (client) => {
				// Insert or lock the stored file's row (a no-op update locks it; PostgreSQL makes the
				// outcome atomic even while a concurrent last unlink deletes the row), so the link
				// below always has a row to point at.
				await client.query(
					`INSERT INTO files (sha256, bytes, created_at) VALUES ($1, $2, $3)
					 ON CONFLICT (sha256) DO UPDATE SET bytes = files.bytes`,
					[file.sha256, file.bytes, file.createdAt]
				);
				await client.query(
					`INSERT INTO user_files (user_id, sha256, bytes, created_at) VALUES ($1, $2, $3, $4)
					 ON CONFLICT (user_id, sha256) DO NOTHING`,
					[userId, file.sha256, file.bytes, file.createdAt]
				);
			}),
		removeUserFile: (userId, sha256) =>
			transaction(async (client) => {
				await client.query('SELECT sha256 FROM files WHERE sha256 = $1 FOR UPDATE', [sha256]);
				const removed = await client.query(
					'DELETE FROM user_files WHERE user_id = $1 AND sha256 = $2',
					[userId, sha256]
				);
				if (removed.rowCount !== 1) return false;
				const gone = await deleteUnreferencedFiles(client, [sha256]);
				return gone.length === 1;
			}),
		async userStoredBytes(userId) {
			const result = await pool.query<{ total: number }>(
				'SELECT COALESCE(SUM(bytes), 0)::bigint AS total FROM user_files WHERE user_id = $1',
				[userId]
			);
			return result.rows[0].total;
		}
	};
	try {
		// Fail at start, with the driver's reason, when the database cannot be reached.
		await pool.query('SELECT 1');
	} catch (error) {
		await pool.end();
		throw error;
	}
	return store;
}

/** Deletes the `files` rows among `sha256s` that no account links any more; returns them. */
async function deleteUnreferencedFiles(client: PoolClient, sha256s: string[]): Promise<string[]> {
	if (sha256s.length === 0) return [];
	const result = await client.query<{ sha256: string }>(
		`DELETE FROM files f WHERE f.sha256 = ANY($1::text[])
		 AND NOT EXISTS (SELECT 1 FROM user_files u WHERE u.sha256 = f.sha256)
		 RETURNING f.sha256`,
		[sha256s]
	);
	return result.rows.map((row) => row.sha256).sort();
}
