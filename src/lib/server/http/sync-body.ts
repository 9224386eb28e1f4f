/** Checks a push request against the protocol's shape and limits (SYNC_LIMITS). */
import {
	ROAMING_SETTINGS,
	SYNC_LIMITS,
	SYNC_TABLES,
	isSyncTable,
	type PushRequest,
	type SyncChange
} from '$lib/core/sync/protocol';
import { invalid } from './errors';
import { boolField, intField, objectBody, stringField } from './validate';

const idLimits = { max: SYNC_LIMITS.maxIdLength };

function change(value: unknown, at: string): SyncChange {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw invalid(at, `${at} must be an object.`);
	}
	const item = value as Record<string, unknown>;
	const table = item.table;
	if (!isSyncTable(table)) {
		throw invalid(`${at}.table`, `${at}.table must be one of ${SYNC_TABLES.join(', ')}.`);
	}
	const recordId = stringField(item.recordId, `${at}.recordId`, idLimits);
	if (table === 'settings' && !(ROAMING_SETTINGS as readonly string[]).includes(recordId)) {
		throw invalid(`${at}.recordId`, `The setting "${recordId}" does not roam between devices.`);
	}
	const deleted = boolField(item.deleted, `${at}.deleted`);
	const data = item.data ?? null;
	if (!deleted && data === null) throw invalid(`${at}.data`, `${at}.data is missing.`);
	if (JSON.stringify(data).length > SYNC_LIMITS.maxRecordBytes) {
		throw invalid(`${at}.data`, `${at}.data is larger than ${SYNC_LIMITS.maxRecordBytes} bytes.`);
	}
	return {
		changeId: stringField(item.changeId, `${at}.changeId`, idLimits),
		table,
		recordId,
		baseVersion: intField(item.baseVersion, `${at}.baseVersion`, 0, Number.MAX_SAFE_INTEGER),
		deleted,
		data: deleted ? null : data,
		deviceSeq: intField(item.deviceSeq, `${at}.deviceSeq`, 1, Number.MAX_SAFE_INTEGER)
	};
}

export function pushRequest(value: unknown): PushRequest {
	const body = objectBody(value);
	const deviceId = stringField(body.deviceId, 'deviceId', idLimits);
	if (!Array.isArray(body.changes)) throw invalid('changes', 'changes must be an array.');
	if (body.changes.length > SYNC_LIMITS.maxChangesPerPush) {
		throw invalid(
			'changes',
			`At most ${SYNC_LIMITS.maxChangesPerPush} changes fit in one push; send the rest in another.`
		);
	}
	const changes = body.changes.map((item, index) => change(item, `changes[${index}]`));
	return { deviceId, changes };
}
