/**
 * The SQLite schema as an ordered list of steps (the table design is in README.md). A step that
 * has shipped is never edited: a change to the schema is a new step at the end. Each step runs
 * in one transaction together with the `schema_version` row that records it, so a crash leaves
 * the database at the previous version, never half-way.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
	version: number;
	name: string;
	sql: string;
}

export const SQLITE_MIGRATIONS: readonly Migration[] = [
	{
		version: 1,
		name: 'accounts and sessions',
		sql: `
			CREATE TABLE users (
				id TEXT PRIMARY KEY,
				username TEXT NOT NULL,
				username_key TEXT NOT NULL UNIQUE,
				password_hash TEXT NOT NULL,
				created_at INTEGER NOT NULL,
				password_changed_at INTEGER NOT NULL
			);
			CREATE TABLE sessions (
				token_hash TEXT PRIMARY KEY,
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				created_at INTEGER NOT NULL,
				expires_at INTEGER NOT NULL,
				last_seen_at INTEGER NOT NULL
			);
			CREATE INDEX sessions_user ON sessions (user_id);
			CREATE INDEX sessions_expires ON sessions (expires_at);
		`
	},
	{
		version: 2,
		name: 'sync records, change log and conflict copies',
		sql: `
			CREATE TABLE sync_counters (
				user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
				last_seq INTEGER NOT NULL
			);
			CREATE TABLE sync_records (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				table_name TEXT NOT NULL,
				record_id TEXT NOT NULL,
				version INTEGER NOT NULL,
				seq INTEGER NOT NULL,
				deleted INTEGER NOT NULL,
				data TEXT,
				updated_at INTEGER NOT NULL,
				device_id TEXT NOT NULL,
				PRIMARY KEY (user_id, table_name, record_id)
			);
			CREATE UNIQUE INDEX sync_records_seq ON sync_records (user_id, seq);
			CREATE TABLE sync_changes (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				change_id TEXT NOT NULL,
				table_name TEXT NOT NULL,
				record_id TEXT NOT NULL,
				seq INTEGER NOT NULL,
				applied_at INTEGER NOT NULL,
				PRIMARY KEY (user_id, change_id)
			);
			CREATE TABLE sync_device_seqs (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				table_name TEXT NOT NULL,
				record_id TEXT NOT NULL,
				device_id TEXT NOT NULL,
				device_seq INTEGER NOT NULL,
				PRIMARY KEY (user_id, table_name, record_id, device_id)
			);
			CREATE TABLE sync_conflicts (
				id TEXT PRIMARY KEY,
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				table_name TEXT NOT NULL,
				record_id TEXT NOT NULL,
				version INTEGER NOT NULL,
				deleted INTEGER NOT NULL,
				data TEXT,
				device_id TEXT NOT NULL,
				kept_at INTEGER NOT NULL
			);
			CREATE INDEX sync_conflicts_user ON sync_conflicts (user_id, kept_at);
		`
	},
	{
		version: 3,
		name: 'files and per-user file links',
		sql: `
			CREATE TABLE files (
				sha256 TEXT PRIMARY KEY,
				bytes INTEGER NOT NULL,
				created_at INTEGER NOT NULL
			);
			CREATE TABLE user_files (
				user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
				sha256 TEXT NOT NULL REFERENCES files(sha256),
				bytes INTEGER NOT NULL,
				created_at INTEGER NOT NULL,
				PRIMARY KEY (user_id, sha256)
			);
			CREATE INDEX user_files_sha ON user_files (sha256);
		`
	}
];

export const LATEST_SQLITE_VERSION = SQLITE_MIGRATIONS[SQLITE_MIGRATIONS.length - 1].version;

export function sqliteSchemaVersion(db: Database): number {
	db.exec(
		'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)'
	);
	const row = db.prepare('SELECT MAX(version) AS version FROM schema_version').get() as
		{ version: number | null } | undefined;
	return row?.version ?? 0;
}

/**
 * Applies every step above the database's version, up to `target` (the newest by default).
 * A database newer than this code is refused rather than used with a schema it does not know.
 */
export function migrateSqlite(db: Database, now: number, target = LATEST_SQLITE_VERSION): number {
	const from = sqliteSchemaVersion(db);
	if (from > LATEST_SQLITE_VERSION) {
		throw new Error(
			`The database is at schema version ${from}, newer than this Quarry server knows (${LATEST_SQLITE_VERSION}). Upgrade the server.`
		);
	}
	const record = db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)');
	for (const step of SQLITE_MIGRATIONS) {
		if (step.version <= from || step.version > target) continue;
		db.transaction(() => {
			db.exec(step.sql);
			record.run(step.version, now);
		})();
	}
	return sqliteSchemaVersion(db);
}
