/**
 * The PostgreSQL store's schema, as versioned steps (the table design is in README.md and is
 * the same as the SQLite store's). A shipped step is never edited: a change is a new step.
 * Each step runs in its own transaction together with the `schema_version` row that records
 * it, under an advisory lock, so two servers starting at once on one database do not both
 * apply a step.
 */
import type { Pool, PoolClient } from 'pg';

export interface PostgresMigration {
	version: number;
	statements: readonly string[];
}

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
	{
		version: 1,
		statements: [
			`CREATE TABLE users (
				id TEXT PRIMARY KEY,
				username TEXT NOT NULL,
				username_key TEXT NOT NULL UNIQUE,
				password_hash TEXT NOT NULL,
				created_at BIGINT NOT NULL,
				password_changed_at BIGINT NOT NULL
			)`,
			`CREATE TABLE sessions (
				token_hash TEXT PRIMARY KEY,
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				created_at BIGINT NOT NULL,
				expires_at BIGINT NOT NULL,
				last_seen_at BIGINT NOT NULL
			)`,
			'CREATE INDEX sessions_user ON sessions (user_id)',
			'CREATE INDEX sessions_expires ON sessions (expires_at)'
		]
	},
	{
		version: 2,
		statements: [
			`CREATE TABLE sync_counters (
				user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
				last_seq BIGINT NOT NULL
			)`,
			`CREATE TABLE sync_records (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				table_name TEXT NOT NULL,
				record_id TEXT NOT NULL,
				version BIGINT NOT NULL,
				seq BIGINT NOT NULL,
				deleted BOOLEAN NOT NULL,
				data TEXT NULL,
				updated_at BIGINT NOT NULL,
				device_id TEXT NOT NULL,
				PRIMARY KEY (user_id, table_name, record_id)
			)`,
			'CREATE UNIQUE INDEX sync_records_seq ON sync_records (user_id, seq)',
			`CREATE TABLE sync_changes (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				change_id TEXT NOT NULL,
				table_name TEXT NOT NULL,
				record_id TEXT NOT NULL,
				seq BIGINT NOT NULL,
				applied_at BIGINT NOT NULL,
				PRIMARY KEY (user_id, change_id)
			)`,
			`CREATE TABLE sync_device_seqs (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				table_name TEXT NOT NULL,
				record_id TEXT NOT NULL,
				device_id TEXT NOT NULL,
				device_seq BIGINT NOT NULL,
				PRIMARY KEY (user_id, table_name, record_id, device_id)
			)`,
			`CREATE TABLE sync_conflicts (
				id TEXT PRIMARY KEY,
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				table_name TEXT NOT NULL,
				record_id TEXT NOT NULL,
				version BIGINT NOT NULL,
				deleted BOOLEAN NOT NULL,
				data TEXT NULL,
				device_id TEXT NOT NULL,
				kept_at BIGINT NOT NULL
			)`,
			'CREATE INDEX sync_conflicts_user ON sync_conflicts (user_id, kept_at)'
		]
	},
	{
		version: 3,
		statements: [
			`CREATE TABLE files (
				sha256 TEXT PRIMARY KEY,
				bytes BIGINT NOT NULL,
				created_at BIGINT NOT NULL
			)`,
			`CREATE TABLE user_files (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				sha256 TEXT NOT NULL REFERENCES files(sha256),
				bytes BIGINT NOT NULL,
				created_at BIGINT NOT NULL,
				PRIMARY KEY (user_id, sha256)
			)`,
			'CREATE INDEX user_files_sha ON user_files (sha256)'
		]
	}
];

export const POSTGRES_SCHEMA_VERSION = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1].version;

/** Any fixed number: the advisory lock migrations hold (per database). */
const MIGRATION_LOCK = 0x5175_6172;

async function inTransaction(pool: Pool, body: (client: PoolClient) => Promise<void>) {
	const client = await pool.connect();
	try {
		await client.query('BEGIN');
		await body(client);
		await client.query('COMMIT');
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
}

async function versionIn(client: Pool | PoolClient): Promise<number> {
	const exists = await client.query<{ name: string | null }>(
		"SELECT to_regclass('schema_version')::text AS name"
	);
	if (exists.rows[0]?.name === null) return 0;
	const result = await client.query<{ version: number | null }>(
		'SELECT MAX(version) AS version FROM schema_version'
	);
	return result.rows[0]?.version ?? 0;
}

/** The version the database's schema is at (0: empty). */
export async function postgresSchemaVersion(pool: Pool): Promise<number> {
	return versionIn(pool);
}

/**
 * Applies every step above the database's version, up to `target` (default: the newest).
 * Idempotent; `now` is recorded as each step's `applied_at`. Throws, changing nothing, when
 * the database is at a version newer than this code knows.
 */
export async function migratePostgres(
	pool: Pool,
	now: number,
	target: number = POSTGRES_SCHEMA_VERSION
): Promise<void> {
	await inTransaction(pool, async (client) => {
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await client.query(
			'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)'
		);
		// A database a newer Quarry upgraded is refused rather than used with a schema this
		// code does not know.
		const found = await versionIn(client);
		if (found > POSTGRES_SCHEMA_VERSION) {
			throw new Error(
				`The database is at schema version ${found}, newer than this Quarry server knows (${POSTGRES_SCHEMA_VERSION}). Upgrade the server.`
			);
		}
	});
	for (const step of POSTGRES_MIGRATIONS) {
		if (step.version > target) break;
		await inTransaction(pool, async (client) => {
			await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
			if ((await versionIn(client)) >= step.version) return;
			for (const statement of step.statements) await client.query(statement);
			await client.query('INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)', [
				step.version,
				now
			]);
		});
	}
}
