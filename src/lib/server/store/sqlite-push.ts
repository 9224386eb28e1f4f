/**
 * A push in SQLite: each change is decided by core/sync/merge.ts `decide()` against the stored
 * state, in order; accepted writes get the account's next sequence numbers. Runs inside the
 * caller's transaction.
 */
import { randomUUID } from 'node:crypto';
import type { PushResult, SyncChange, SyncRecord } from '$lib/core/sync/protocol';
import { decide } from '$lib/core/sync/merge';
import type { Database } from 'better-sqlite3';
import { storedData, toRecord, writtenRecord, type RecordRow } from './rows';

export function sqlitePush(
	db: Database,
	userId: string,
	deviceId: string,
	changes: SyncChange[],
	now: number
): PushResult[] {
	db.prepare(
		'INSERT INTO sync_counters (user_id, last_seq) VALUES (?, 0) ON CONFLICT DO NOTHING'
	).run(userId);
	const counter = db
		.prepare('SELECT last_seq FROM sync_counters WHERE user_id = ?')
		.get(userId) as {
		last_seq: number;
	};
	let seq = counter.last_seq;

	const getRecord = db.prepare(
		`SELECT table_name, record_id, version, seq, deleted, data, updated_at, device_id
		 FROM sync_records WHERE user_id = ? AND table_name = ? AND record_id = ?`
	);
	const getChange = db.prepare(
		'SELECT table_name, record_id FROM sync_changes WHERE user_id = ? AND change_id = ?'
	);
	const getDeviceSeq = db.prepare(
		`SELECT device_seq FROM sync_device_seqs
		 WHERE user_id = ? AND table_name = ? AND record_id = ? AND device_id = ?`
	);
	const keepConflict = db.prepare(
		`INSERT INTO sync_conflicts (id, user_id, table_name, record_id, version, deleted, data, device_id, kept_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const writeRecord = db.prepare(
		`INSERT INTO sync_records (user_id, table_name, record_id, version, seq, deleted, data, updated_at, device_id)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
		 ON CONFLICT (user_id, table_name, record_id) DO UPDATE SET
		   version = excluded.version, seq = excluded.seq, deleted = excluded.deleted,
		   data = excluded.data, updated_at = excluded.updated_at, device_id = excluded.device_id`
	);
	const logChange = db.prepare(
		`INSERT INTO sync_changes (user_id, change_id, table_name, record_id, seq, applied_at)
		 VALUES (?, ?, ?, ?, ?, ?)`
	);
	const writeDeviceSeq = db.prepare(
		`INSERT INTO sync_device_seqs (user_id, table_name, record_id, device_id, device_seq)
		 VALUES (?, ?, ?, ?, ?)
		 ON CONFLICT (user_id, table_name, record_id, device_id)
		 DO UPDATE SET device_seq = MAX(device_seq, excluded.device_seq)`
	);

	function current(table: string, recordId: string): SyncRecord | undefined {
		const row = getRecord.get(userId, table, recordId) as RecordRow | undefined;
		return row && toRecord(row);
	}

	const results: PushResult[] = [];
	for (const change of changes) {
		const known = getChange.get(userId, change.changeId) as
			{ table_name: string; record_id: string } | undefined;
		const record = current(change.table, change.recordId);
		const deviceRow = getDeviceSeq.get(userId, change.table, change.recordId, deviceId) as
			{ device_seq: number } | undefined;
		const decision = decide(
			{ current: record, lastDeviceSeq: deviceRow?.device_seq ?? 0, isKnownChange: !!known },
			change,
			deviceId
		);
		if (decision.kind === 'skip') {
			// A duplicate answers with the record its first push changed (a reused change id
			// never reaches another record).
			const shown = known ? current(known.table_name, known.record_id) : record;
			if (!shown) throw new Error('A skipped change has no current record.');
			results.push({ changeId: change.changeId, outcome: decision.outcome, record: shown });
			continue;
		}
		seq += 1;
		let conflictId: string | undefined;
		if (decision.keepConflict && record) {
			conflictId = randomUUID();
			keepConflict.run(
				conflictId,
				userId,
				record.table,
				record.recordId,
				record.version,
				record.deleted ? 1 : 0,
				record.deleted ? null : JSON.stringify(record.data),
				record.deviceId,
				now
			);
		}
		const data = storedData(change);
		writeRecord.run(
			userId,
			change.table,
			change.recordId,
			decision.version,
			seq,
			change.deleted ? 1 : 0,
			data,
			now,
			deviceId
		);
		logChange.run(userId, change.changeId, change.table, change.recordId, seq, now);
		writeDeviceSeq.run(userId, change.table, change.recordId, deviceId, change.deviceSeq);
		const written = writtenRecord(change, data, { version: decision.version, seq, now, deviceId });
		results.push(
			conflictId
				? { changeId: change.changeId, outcome: 'conflict', record: written, conflictId }
				: { changeId: change.changeId, outcome: 'applied', record: written }
		);
	}
	db.prepare('UPDATE sync_counters SET last_seq = ? WHERE user_id = ?').run(seq, userId);
	return results;
}
