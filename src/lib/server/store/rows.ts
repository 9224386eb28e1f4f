/**
 * Rows as both stores read them (the same column names in SQLite and PostgreSQL), and their
 * conversion to the Store's types. `deleted` is 0/1 in SQLite and a boolean in PostgreSQL.
 */
import {
	isSyncTable,
	type ConflictCopy,
	type SyncChange,
	type SyncRecord,
	type SyncTable
} from '$lib/core/sync/protocol';
import type { SessionRow, UserRow } from './types';

export interface UserDbRow {
	id: string;
	username: string;
	password_hash: string;
	created_at: number;
	password_changed_at: number;
}

export interface SessionDbRow {
	token_hash: string;
	user_id: string;
	s_created_at: number;
	expires_at: number;
	last_seen_at: number;
}

export interface RecordRow {
	table_name: string;
	record_id: string;
	version: number;
	seq: number;
	deleted: number | boolean;
	data: string | null;
	updated_at: number;
	device_id: string;
}

export interface ConflictRow {
	id: string;
	table_name: string;
	record_id: string;
	version: number;
	deleted: number | boolean;
	data: string | null;
	device_id: string;
	kept_at: number;
}

export function toUser(row: UserDbRow): UserRow {
	return {
		id: row.id,
		username: row.username,
		passwordHash: row.password_hash,
		createdAt: row.created_at,
		passwordChangedAt: row.password_changed_at
	};
}

export function toSession(row: SessionDbRow): SessionRow {
	return {
		tokenHash: row.token_hash,
		userId: row.user_id,
		createdAt: row.s_created_at,
		expiresAt: row.expires_at,
		lastSeenAt: row.last_seen_at
	};
}

/** Only SYNC_TABLES are ever written (the service validates pushes); anything else is damage. */
function asTable(name: string): SyncTable {
	if (!isSyncTable(name)) throw new Error(`The store holds a record of unknown table "${name}".`);
	return name;
}

function parseData(text: string | null): unknown {
	return text === null ? null : (JSON.parse(text) as unknown);
}

export function toRecord(row: RecordRow): SyncRecord {
	return {
		table: asTable(row.table_name),
		recordId: row.record_id,
		version: row.version,
		seq: row.seq,
		deleted: Boolean(row.deleted),
		data: parseData(row.data),
		updatedAt: row.updated_at,
		deviceId: row.device_id
	};
}

export function toConflict(row: ConflictRow): ConflictCopy {
	return {
		id: row.id,
		table: asTable(row.table_name),
		recordId: row.record_id,
		version: row.version,
		deleted: Boolean(row.deleted),
		data: parseData(row.data),
		deviceId: row.device_id,
		keptAt: row.kept_at
	};
}

/** A change's data as a store keeps it: JSON text, null for a delete. */
export function storedData(change: SyncChange): string | null {
	return change.deleted ? null : JSON.stringify(change.data ?? null);
}

/**
 * The record a push wrote, as a pull will return it (data read back from its JSON text, so
 * what JSON cannot hold is dropped the same way).
 */
export function writtenRecord(
	change: SyncChange,
	data: string | null,
	written: { version: number; seq: number; now: number; deviceId: string }
): SyncRecord {
	return {
		table: change.table,
		recordId: change.recordId,
		version: written.version,
		seq: written.seq,
		deleted: change.deleted,
		data: parseData(data),
		updatedAt: written.now,
		deviceId: written.deviceId
	};
}
