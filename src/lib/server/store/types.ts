/**
 * What the server stores, behind one interface with two implementations: an SQLite file in
 * QUARRY_DATA_DIR (default, better-sqlite3) and PostgreSQL when DATABASE_URL is set (pg).
 * Every method is one transaction: it either happens whole or not at all. Every method that
 * reads or writes a user's data takes that user's id and touches nothing else (isolation).
 *
 * Times are server milliseconds since 1970, passed in (`now`) so tests control them.
 */
import type { ConflictCopy, PushResult, SyncChange, SyncRecord } from '$lib/core/sync/protocol';

export interface UserRow {
	id: string;
	/** As typed at sign-up (trimmed); unique ignoring case. */
	username: string;
	passwordHash: string;
	createdAt: number;
	passwordChangedAt: number;
}

export interface SessionRow {
	/** SHA-256 (hex) of the opaque token; the token itself is never stored. */
	tokenHash: string;
	userId: string;
	createdAt: number;
	expiresAt: number;
	lastSeenAt: number;
}

/** A dataset file an account holds (content-addressed by the SHA-256 of its bytes). */
export interface UserFileRow {
	sha256: string;
	bytes: number;
	createdAt: number;
}

export type CreateUserResult = { ok: true; user: UserRow } | { ok: false; code: 'taken' };

export interface Store {
	readonly kind: 'sqlite' | 'postgres';
	/** The schema version the database is at (after migrate()). */
	schemaVersion(): Promise<number>;
	/** Bring the schema to the newest version (idempotent); runs on start. */
	migrate(): Promise<void>;
	close(): Promise<void>;

	// Accounts
	createUser(user: UserRow): Promise<CreateUserResult>;
	findUserByName(username: string): Promise<UserRow | undefined>;
	findUserById(id: string): Promise<UserRow | undefined>;
	/** Sets the hash and ends every session of the user except `keepTokenHash`. */
	setPassword(
		userId: string,
		passwordHash: string,
		now: number,
		keepTokenHash?: string
	): Promise<void>;
	/** Deletes the user and everything it owns (sessions, records, conflicts, file links).
	 * Returns the sha256 of files no account references any more (the caller deletes them). */
	deleteUser(userId: string): Promise<string[]>;
	countUsers(): Promise<number>;

	// Sessions
	createSession(session: SessionRow): Promise<void>;
	/** The session and its user when the session exists and has not expired. */
	findSession(
		tokenHash: string,
		now: number
	): Promise<{ session: SessionRow; user: UserRow } | undefined>;
	touchSession(tokenHash: string, now: number, expiresAt: number): Promise<void>;
	deleteSession(tokenHash: string): Promise<void>;
	deleteExpiredSessions(now: number): Promise<number>;
	/**
	 * Forgets the ids of changes applied before `before` (the duplicate log would otherwise grow
	 * forever). A change resent after that is still caught: its device sequence makes it stale.
	 * Returns how many were forgotten.
	 */
	pruneChangeLog(before: number): Promise<number>;

	// Sync
	/** Applies changes in order with core/sync/merge.ts `decide`, assigning server seqs. */
	push(userId: string, deviceId: string, changes: SyncChange[], now: number): Promise<PushResult[]>;
	/** Records with seq > since, in seq order, at most `limit`. */
	pull(
		userId: string,
		since: number,
		limit: number
	): Promise<{ records: SyncRecord[]; hasMore: boolean; latestSeq: number }>;
	listConflicts(userId: string, limit: number): Promise<ConflictCopy[]>;
	getConflict(userId: string, conflictId: string): Promise<ConflictCopy | undefined>;
	deleteConflict(userId: string, conflictId: string): Promise<boolean>;

	// Files (bytes live on disk, see server/files; the store keeps who holds what)
	getUserFile(userId: string, sha256: string): Promise<UserFileRow | undefined>;
	listUserFiles(userId: string): Promise<UserFileRow[]>;
	/** Links a completely uploaded, verified file to the user (idempotent). */
	addUserFile(userId: string, file: UserFileRow): Promise<void>;
	/** Unlinks it; returns true when no account references the bytes any more. */
	removeUserFile(userId: string, sha256: string): Promise<boolean>;
	userStoredBytes(userId: string): Promise<number>;
}
