/**
 * Sync in the PostgreSQL store: push, pull and conflict copies (the rule itself is `decide()`
 * in core/sync/merge.ts). A push is one transaction (`pushInTransaction`); the readers are
 * single statements.
 */
import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { decide } from '$lib/core/sync/merge';
import type { ConflictCopy, PushResult, SyncChange, SyncRecord } from '$lib/core/sync/protocol';
import {
	storedData,
	toConflict,
	toRecord,
	writtenRecord,
	type ConflictRow,
	type RecordRow
} from './rows';

const RECORD_COLUMNS = 'table_name, record_id, version, seq, deleted, data, updated_at, device_id';
const CONFLICT_COLUMNS = 'id, table_name, record_id, version, deleted, data, device_id, kept_at';

/**
 * A statement every push or pull runs: named, so PostgreSQL parses and plans it once per
 * connection instead of on every request.
 */
function prepared(name: string, text: string) {
	return (values: unknown[]) => ({ name, text, values });
}

const LOCK_COUNTER = prepared(
	'quarry_lock_counter',
	'SELECT last_seq FROM sync_counters WHERE user_id = $1 FOR UPDATE'
);
/**
 * Everything a push needs to know, in one statement: the change ids already applied, the
 * current versions of the records the changes (and the already applied ones) touch, locked
 * until the push commits, and the pushing device's last deviceSeq for each.
 */
const READ_PUSH_STATE = prepared(
	'quarry_read_push_state',
	`WITH known AS (
	   SELECT change_id, table_name, record_id FROM sync_changes
	   WHERE user_id = $1 AND change_id = ANY($2::text[])
	 ), wanted AS (
	   SELECT table_name, record_id FROM unnest($3::text[], $4::text[]) AS w(table_name, record_id)
	   UNION SELECT table_name, record_id FROM known
	 ), locked AS (
	   SELECT ${RECORD_COLUMNS} FROM sync_records
	   WHERE user_id = $1 AND (table_name, record_id) IN (SELECT table_name, record_id FROM wanted)
	   ORDER BY table_name, record_id FOR UPDATE
	 ), seqs AS (
	   SELECT table_name, record_id, device_seq FROM sync_device_seqs
	   WHERE user_id = $1 AND device_id = $5
	     AND (table_name, record_id) IN (SELECT table_name, record_id FROM wanted)
	 )
	 SELECT (SELECT coalesce(json_agg(known), '[]') FROM known) AS known,
	   (SELECT coalesce(json_agg(locked), '[]') FROM locked) AS records,
	   (SELECT coalesce(json_agg(seqs), '[]') FROM seqs) AS device_seqs`
);
const WRITE_PUSH = prepared(
	'quarry_write_push',
	`WITH conflicts AS (
	   INSERT INTO sync_conflicts (id, user_id, table_name, record_id, version, deleted, data, device_id, kept_at)
	   SELECT id, $1, table_name, record_id, version, deleted, data, device_id, $2
	   FROM unnest($5::text[], $6::text[], $7::text[], $8::bigint[], $9::boolean[], $10::text[], $11::text[])
	     AS c(id, table_name, record_id, version, deleted, data, device_id)
	 ), records AS (
	   INSERT INTO sync_records (user_id, ${RECORD_COLUMNS})
	   SELECT $1, table_name, record_id, version, seq, deleted, data, $2, $3
	   FROM unnest($12::text[], $13::text[], $14::bigint[], $15::bigint[], $16::boolean[], $17::text[])
	     AS r(table_name, record_id, version, seq, deleted, data)
	   ON CONFLICT (user_id, table_name, record_id) DO UPDATE SET version = EXCLUDED.version,
	     seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
	     updated_at = EXCLUDED.updated_at, device_id = EXCLUDED.device_id
	 ), changes AS (
	   INSERT INTO sync_changes (user_id, change_id, table_name, record_id, seq, applied_at)
	   SELECT $1, change_id, table_name, record_id, seq, $2
	   FROM unnest($18::text[], $19::text[], $20::text[], $21::bigint[])
	     AS c(change_id, table_name, record_id, seq)
	 ), device_seqs AS (
	   INSERT INTO sync_device_seqs (user_id, table_name, record_id, device_id, device_seq)
	   SELECT $1, table_name, record_id, $3, device_seq
	   FROM unnest($22::text[], $23::text[], $24::bigint[]) AS d(table_name, record_id, device_seq)
	   ON CONFLICT (user_id, table_name, record_id, device_id)
	   DO UPDATE SET device_seq = GREATEST(sync_device_seqs.device_seq, EXCLUDED.device_seq)
	 )
	 UPDATE sync_counters SET last_seq = $4 WHERE user_id = $1`
);
/**
 * A page of records and the account's latest seq in one statement: always at least one row
 * (the counter), with the record columns null when the page is empty.
 */
const PULL = prepared(
	'quarry_pull',
	`SELECT c.latest_seq, r.* FROM
	   (SELECT COALESCE((SELECT last_seq FROM sync_counters WHERE user_id = $1), 0) AS latest_seq) c
	 LEFT JOIN LATERAL (
	   SELECT ${RECORD_COLUMNS} FROM sync_records WHERE user_id = $1 AND seq > $2
	   ORDER BY seq LIMIT $3
	 ) r ON true`
);

/** Locks the account's counter row (creating it at 0 on the first push) and returns its last seq. */
async function lockCounter(client: PoolClient, userId: string): Promise<number> {
	const found = await client.query<{ last_seq: number }>(LOCK_COUNTER([userId]));
	if (found.rows[0]) return found.rows[0].last_seq;
	await client.query(
		'INSERT INTO sync_counters (user_id, last_seq) VALUES ($1, 0) ON CONFLICT (user_id) DO NOTHING',
		[userId]
	);
	return (await client.query<{ last_seq: number }>(LOCK_COUNTER([userId]))).rows[0].last_seq;
}

/** A record's key inside one push: table and id (neither contains a NUL character). */
function keyOf(table: string, recordId: string): string {
	return `${table}\u0000${recordId}`;
}

function splitKeys(keys: Iterable<string>): [string[], string[]] {
	const tables: string[] = [];
	const ids: string[] = [];
	for (const key of keys) {
		const at = key.indexOf('\u0000');
		tables.push(key.slice(0, at));
		ids.push(key.slice(at + 1));
	}
	return [tables, ids];
}

interface PushStateRow {
	known: { change_id: string; table_name: string; record_id: string }[];
	records: RecordRow[];
	device_seqs: { table_name: string; record_id: string; device_seq: number }[];
}

/** What the database holds for the records a push touches (READ_PUSH_STATE), by key. */
async function readState(
	client: PoolClient,
	userId: string,
	deviceId: string,
	changes: SyncChange[]
) {
	const [tables, ids] = splitKeys(new Set(changes.map((c) => keyOf(c.table, c.recordId))));
	const result = await client.query<PushStateRow>(
		READ_PUSH_STATE([userId, changes.map((c) => c.changeId), tables, ids, deviceId])
	);
	const row = result.rows[0];
	return {
		knownChanges: new Map(row.known.map((k) => [k.change_id, keyOf(k.table_name, k.record_id)])),
		records: new Map<string, SyncRecord>(
			row.records.map((r) => [keyOf(r.table_name, r.record_id), toRecord(r)])
		),
		deviceSeqs: new Map(
			row.device_seqs.map((d) => [keyOf(d.table_name, d.record_id), d.device_seq])
		)
	};
}

interface Writes {
	conflicts: { id: string; lost: SyncRecord }[];
	/** The final version of each record the push wrote, by key. */
	records: Map<string, SyncRecord>;
	changes: { change: SyncChange; seq: number }[];
	/** The pushing device's new deviceSeq per record, by key. */
	deviceSeqs: Map<string, number>;
}

function jsonText(record: SyncRecord): string | null {
	return record.deleted ? null : JSON.stringify(record.data ?? null);
}

/**
 * Writes a push's outcome in one statement: the conflict copies, the records' new versions,
 * the applied change ids, the device's sequence numbers and the account's counter.
 */
async function writeAll(
	client: PoolClient,
	userId: string,
	deviceId: string,
	writes: Writes,
	lastSeq: number,
	now: number
) {
	const lost = writes.conflicts.map((c) => c.lost);
	const records = [...writes.records.values()];
	const [seqTables, seqIds] = splitKeys(writes.deviceSeqs.keys());
	await client.query(
		WRITE_PUSH([
			userId,
			now,
			deviceId,
			lastSeq,
			writes.conflicts.map((c) => c.id),
			lost.map((r) => r.table),
			lost.map((r) => r.recordId),
			lost.map((r) => r.version),
			lost.map((r) => r.deleted),
			lost.map(jsonText),
			lost.map((r) => r.deviceId),
			records.map((r) => r.table),
			records.map((r) => r.recordId),
			records.map((r) => r.version),
			records.map((r) => r.seq),
			records.map((r) => r.deleted),
			records.map(jsonText),
			writes.changes.map((c) => c.change.changeId),
			writes.changes.map((c) => c.change.table),
			writes.changes.map((c) => c.change.recordId),
			writes.changes.map((c) => c.seq),
			seqTables,
			seqIds,
			[...writes.deviceSeqs.values()]
		])
	);
}

/** Waits for all of `promises` (so none is left to reject unobserved), then for the first. */
async function settled<T>(first: Promise<T>, ...rest: Promise<unknown>[]): Promise<T> {
	const outcomes = await Promise.allSettled([first, ...rest]);
	const failed = outcomes.find((outcome) => outcome.status === 'rejected');
	if (failed) throw failed.reason;
	return first;
}

/**
 * One push as one transaction on its own pooled connection: the account's counter row locked
 * first, then the stored state read once (the records' rows locked), each change decided
 * against that state as updated by the changes before it, and the writes sent together, so a
 * push costs the same few statements whatever its size.
 *
 * BEGIN is sent together with the counter lock, and COMMIT right behind the writes: the driver
 * sends each as soon as the one before it is answered, so a push waits for three answers, not
 * five. (When the writes fail, PostgreSQL answers the COMMIT with a rollback.)
 */
export async function pushInTransaction(
	pool: Pool,
	userId: string,
	deviceId: string,
	changes: SyncChange[],
	now: number
): Promise<PushResult[]> {
	const client = await pool.connect();
	try {
		const begun = client.query('BEGIN');
		const seq = await settled(lockCounter(client, userId), begun);
		const { results, writes, lastSeq } = await decideAll(
			client,
			userId,
			deviceId,
			changes,
			seq,
			now
		);
		const written =
			writes.changes.length > 0
				? writeAll(client, userId, deviceId, writes, lastSeq, now)
				: Promise.resolve();
		await settled(written, client.query('COMMIT'));
		return results;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => undefined);
		throw error;
	} finally {
		client.release();
	}
}

async function decideAll(
	client: PoolClient,
	userId: string,
	deviceId: string,
	changes: SyncChange[],
	lastSeq: number,
	now: number
): Promise<{ results: PushResult[]; writes: Writes; lastSeq: number }> {
	let seq = lastSeq;
	const writes: Writes = { conflicts: [], records: new Map(), changes: [], deviceSeqs: new Map() };
	if (changes.length === 0) return { results: [], writes, lastSeq };
	const state = await readState(client, userId, deviceId, changes);
	const results: PushResult[] = [];
	for (const change of changes) {
		const key = keyOf(change.table, change.recordId);
		const knownKey = state.knownChanges.get(change.changeId);
		const current = state.records.get(key);
		const decision = decide(
			{
				current,
				lastDeviceSeq: state.deviceSeqs.get(key) ?? 0,
				isKnownChange: knownKey !== undefined
			},
			change,
			deviceId
		);
		if (decision.kind === 'skip') {
			// A duplicate answers with the record its first push changed.
			const shown = knownKey === undefined ? current : state.records.get(knownKey);
			if (!shown) throw new Error(`Change ${change.changeId} was skipped but has no record.`);
			results.push({ changeId: change.changeId, outcome: decision.outcome, record: shown });
			continue;
		}
		seq += 1;
		const record = writtenRecord(change, storedData(change), {
			version: decision.version,
			seq,
			now,
			deviceId
		});
		const conflictId = decision.keepConflict && current ? randomUUID() : undefined;
		if (conflictId && current) writes.conflicts.push({ id: conflictId, lost: current });
		state.records.set(key, record);
		state.knownChanges.set(change.changeId, key);
		state.deviceSeqs.set(key, Math.max(state.deviceSeqs.get(key) ?? 0, change.deviceSeq));
		writes.records.set(key, record);
		writes.changes.push({ change, seq });
		writes.deviceSeqs.set(key, state.deviceSeqs.get(key) ?? change.deviceSeq);
		results.push(
			conflictId
				? { changeId: change.changeId, outcome: 'conflict', record, conflictId }
				: { changeId: change.changeId, outcome: 'applied', record }
		);
	}
	return { results, writes, lastSeq: seq };
}

export async function pullRecords(
	client: Pool | PoolClient,
	userId: string,
	since: number,
	limit: number
): Promise<{ records: SyncRecord[]; hasMore: boolean; latestSeq: number }> {
	const result = await client.query<RecordRow & { latest_seq: string | number }>(
		PULL([userId, since, limit + 1])
	);
	const latestSeq = Number(result.rows[0]?.latest_seq ?? 0);
	const found = result.rows.filter((row) => row.record_id !== null);
	return {
		records: found.slice(0, limit).map(toRecord),
		hasMore: found.length > limit,
		latestSeq
	};
}

export async function listConflictCopies(
	client: Pool | PoolClient,
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
	client: Pool | PoolClient,
	userId: string,
	conflictId: string
): Promise<ConflictCopy | undefined> {
	const result = await client.query<ConflictRow>(
		`SELECT ${CONFLICT_COLUMNS} FROM sync_conflicts WHERE user_id = $1 AND id = $2`,
		[userId, conflictId]
	);
	return result.rows[0] ? toConflict(result.rows[0]) : undefined;
}
