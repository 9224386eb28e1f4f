/**
 * Sync in the PostgreSQL store: push, pull and conflict copies (the rule itself is `decide()`
 * in core/sync/merge.ts). Each function runs inside the transaction its caller opened.
 *
 * A push locks the account's counter row first (`SELECT … FOR UPDATE`), so two pushes of one
 * account never interleave and its seqs are strictly increasing; then each pushed record's row.
 */
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { decide } from '$lib/core/sync/merge';
import type { ConflictCopy, PushResult, SyncChange, SyncRecord } from '$lib/core/sync/protocol';
import { isSyncTable } from '$lib/core/sync/protocol';

interface RecordRow {
	table_name: string;
	record_id: string;
	version: number;
	seq: number;
	deleted: boolean;
	data: string | null;
	updated_at: number;
	device_id: string;
}

interface ConflictRow {
	id: string;
	table_name: string;
	record_id: string;
	version: number;
	deleted: boolean;
	data: string | null;
	device_id: string;
	kept_at: number;
}

const RECORD_COLUMNS = 'table_name, record_id, version, seq, deleted, data, updated_at, device_id';
const CONFLICT_COLUMNS = 'id, table_name, record_id, version, deleted, data, device_id, kept_at';

function tableOf(name: string) {
	if (!isSyncTable(name)) throw new Error(`The store holds a record of unknown table "${name}".`);
	return name;
}

function parseData(data: string | null): unknown {
	return data === null ? null : JSON.parse(data);
}

function toRecord(row: RecordRow): SyncRecord {
	return {
		table: tableOf(row.table_name),
		recordId: row.record_id,
		version: row.version,
		seq: row.seq,
		deleted: row.deleted,
		data: parseData(row.data),
		updatedAt: row.updated_at,
		deviceId: row.device_id
	};
}

function toConflict(row: ConflictRow): ConflictCopy {
	return {
		id: row.id,
		table: tableOf(row.table_name),
		recordId: row.record_id,
		version: row.version,
		deleted: row.deleted,
		data: parseData(row.data),
		deviceId: row.device_id,
		keptAt: row.kept_at
	};
}

async function lockCounter(client: PoolClient, userId: string): Promise<number> {
	await client.query(
		'INSERT INTO sync_counters (user_id, last_seq) VALUES ($1, 0) ON CONFLICT (user_id) DO NOTHING',
		[userId]
	);
	const result = await client.query<{ last_seq: number }>(
		'SELECT last_seq FROM sync_counters WHERE user_id = $1 FOR UPDATE',
		[userId]
	);
	return result.rows[0].last_seq;
}

async function currentRecord(
	client: PoolClient,
	userId: string,
	table: string,
	recordId: string
): Promise<SyncRecord | undefined> {
	const result = await client.query<RecordRow>(
		`SELECT ${RECORD_COLUMNS} FROM sync_records
		 WHERE user_id = $1 AND table_name = $2 AND record_id = $3 FOR UPDATE`,
		[userId, table, recordId]
	);
	return result.rows[0] ? toRecord(result.rows[0]) : undefined;
}

/** The record a change id was applied to, when that change id is known. */
async function knownChange(client: PoolClient, userId: string, changeId: string) {
	const result = await client.query<{ table_name: string; record_id: string }>(
		'SELECT table_name, record_id FROM sync_changes WHERE user_id = $1 AND change_id = $2',
		[userId, changeId]
	);
	return result.rows[0];
}

async function lastDeviceSeq(
	client: PoolClient,
	userId: string,
	change: SyncChange,
	deviceId: string
): Promise<number> {
	const result = await client.query<{ device_seq: number }>(
		`SELECT device_seq FROM sync_device_seqs
		 WHERE user_id = $1 AND table_name = $2 AND record_id = $3 AND device_id = $4`,
		[userId, change.table, change.recordId, deviceId]
	);
	return result.rows[0]?.device_seq ?? 0;
}

async function keepConflict(client: PoolClient, userId: string, lost: SyncRecord, now: number) {
	const id = randomUUID();
	await client.query(
		`INSERT INTO sync_conflicts (id, user_id, table_name, record_id, version, deleted, data, device_id, kept_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		[
			id,
			userId,
			lost.table,
			lost.recordId,
			lost.version,
			lost.deleted,
			lost.deleted ? null : JSON.stringify(lost.data),
			lost.deviceId,
			now
		]
	);
	return id;
}

async function writeRecord(
	client: PoolClient,
	userId: string,
	deviceId: string,
	change: SyncChange,
	record: SyncRecord,
	now: number
) {
	await client.query(
		`INSERT INTO sync_records (user_id, ${RECORD_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		 ON CONFLICT (user_id, table_name, record_id) DO UPDATE SET version = EXCLUDED.version,
		   seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
		   updated_at = EXCLUDED.updated_at, device_id = EXCLUDED.device_id`,
		[
			userId,
			record.table,
			record.recordId,
			record.version,
			record.seq,
			record.deleted,
			record.deleted ? null : JSON.stringify(record.data),
			record.updatedAt,
			record.deviceId
		]
	);
	await client.query(
		`INSERT INTO sync_changes (user_id, change_id, table_name, record_id, seq, applied_at)
		 VALUES ($1, $2, $3, $4, $5, $6)`,
		[userId, change.changeId, change.table, change.recordId, record.seq, now]
	);
	await client.query(
		`INSERT INTO sync_device_seqs (user_id, table_name, record_id, device_id, device_seq)
		 VALUES ($1, $2, $3, $4, $5)
		 ON CONFLICT (user_id, table_name, record_id, device_id)
		 DO UPDATE SET device_seq = GREATEST(sync_device_seqs.device_seq, EXCLUDED.device_seq)`,
		[userId, change.table, change.recordId, deviceId, change.deviceSeq]
	);
}

/** Applies `changes` in order; call inside a transaction. */
export async function pushChanges(
	client: PoolClient,
	userId: string,
	deviceId: string,
	changes: SyncChange[],
	now: number
): Promise<PushResult[]> {
	let seq = await lockCounter(client, userId);
	const results: PushResult[] = [];
	for (const change of changes) {
		const known = await knownChange(client, userId, change.changeId);
		const current = known
			? await currentRecord(client, userId, known.table_name, known.record_id)
			: await currentRecord(client, userId, change.table, change.recordId);
		const state = {
			current,
			lastDeviceSeq: known || !current ? 0 : await lastDeviceSeq(client, userId, change, deviceId),
			isKnownChange: known !== undefined
		};
		const decision = decide(state, change, deviceId);
		if (decision.kind === 'skip') {
			if (!current) throw new Error(`Change ${change.changeId} was skipped but has no record.`);
			results.push({ changeId: change.changeId, outcome: decision.outcome, record: current });
			continue;
		}
		seq += 1;
		const record: SyncRecord = {
			table: change.table,
			recordId: change.recordId,
			version: decision.version,
			seq,
			deleted: change.deleted,
			data: change.deleted ? null : change.data,
			updatedAt: now,
			deviceId
		};
		const conflictId =
			decision.keepConflict && current
				? await keepConflict(client, userId, current, now)
				: undefined;
		await writeRecord(client, userId, deviceId, change, record, now);
		results.push(
			conflictId
				? { changeId: change.changeId, outcome: 'conflict', record, conflictId }
				: { changeId: change.changeId, outcome: 'applied', record }
		);
	}
	await client.query('UPDATE sync_counters SET last_seq = $2 WHERE user_id = $1', [userId, seq]);
	return results;
}

export async function pullRecords(
	client: PoolClient,
	userId: string,
	since: number,
	limit: number
): Promise<{ records: SyncRecord[]; hasMore: boolean }> {
	const result = await client.query<RecordRow>(
		`SELECT ${RECORD_COLUMNS} FROM sync_records WHERE user_id = $1 AND seq > $2
		 ORDER BY seq LIMIT $3`,
		[userId, since, limit + 1]
	);
	const rows = result.rows.slice(0, limit);
	return { records: rows.map(toRecord), hasMore: result.rows.length > limit };
}

export async function listConflictCopies(
	client: PoolClient,
	userId: string,
	limit: number
): Promise<ConflictCopy[]> {
	const result = await client.query<ConflictRow>(
		`SELECT ${CONFLICT_COLUMNS} FROM sync_conflicts WHERE user_id = $1
		 ORDER BY kept_at, id LIMIT $2`,
		[userId, limit]
	);
	return result.rows.map(toConflict);
}

export async function findConflictCopy(
	client: PoolClient,
	userId: string,
	conflictId: string
): Promise<ConflictCopy | undefined> {
	const result = await client.query<ConflictRow>(
		`SELECT ${CONFLICT_COLUMNS} FROM sync_conflicts WHERE user_id = $1 AND id = $2`,
		[userId, conflictId]
	);
	return result.rows[0] ? toConflict(result.rows[0]) : undefined;
}
