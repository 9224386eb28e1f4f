/**
 * Checks what a client sends to the sync API before anything is stored: a push request and
 * the pull parameters. Every body is hostile until it passes; the result is a clean copy that
 * holds only the fields the protocol knows, or the first problem found, with the field it is
 * in (`changes[3].recordId`) and a message a developer can act on.
 */
import {
	isSyncTable,
	ROAMING_SETTINGS,
	SYNC_LIMITS,
	SYNC_TABLES,
	type PushRequest,
	type SyncChange
} from './protocol';

/** `invalid`: a malformed field (HTTP 400); `too_large`: over a size limit (HTTP 413). */
export interface SyncInputError {
	code: 'invalid' | 'too_large';
	message: string;
	field?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: SyncInputError };

export interface PullParams {
	since: number;
	limit: number;
}

const ID_PATTERN = /^[A-Za-z0-9_.:-]+$/;
const ID_CHARS = 'letters, digits, "_", ".", ":" and "-"';
const encoder = new TextEncoder();

function fail(field: string, message: string, code: SyncInputError['code'] = 'invalid') {
	return { ok: false, error: { code, message, field } } as const;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem with an id, or undefined when it is fine. */
export function idProblem(value: unknown): string | undefined {
	if (typeof value !== 'string') return 'must be a string';
	if (value.length === 0) return 'must not be empty';
	if (value.length > SYNC_LIMITS.maxIdLength) {
		return `must be at most ${SYNC_LIMITS.maxIdLength} characters`;
	}
	if (!ID_PATTERN.test(value)) return `may contain only ${ID_CHARS}`;
	return undefined;
}

function isCount(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function checkChange(raw: unknown, at: string): Checked<SyncChange> {
	if (!isRecord(raw)) return fail(at, 'must be an object');
	for (const key of ['changeId', 'recordId'] as const) {
		const problem = idProblem(raw[key]);
		if (problem) return fail(`${at}.${key}`, `${key} ${problem}`);
	}
	const { table, recordId, baseVersion, deviceSeq, deleted, data } = raw;
	if (!isSyncTable(table)) {
		return fail(`${at}.table`, `table must be one of ${SYNC_TABLES.join(', ')}`);
	}
	if (table === 'settings' && !(ROAMING_SETTINGS as readonly unknown[]).includes(recordId)) {
		return fail(
			`${at}.recordId`,
			`the setting "${String(recordId)}" does not roam between devices`
		);
	}
	if (!isCount(baseVersion))
		return fail(`${at}.baseVersion`, 'baseVersion must be a non-negative integer');
	if (!isCount(deviceSeq))
		return fail(`${at}.deviceSeq`, 'deviceSeq must be a non-negative integer');
	if (typeof deleted !== 'boolean') return fail(`${at}.deleted`, 'deleted must be true or false');
	if (deleted && data !== null) return fail(`${at}.data`, 'data must be null for a deleted record');
	if (!deleted && (data === null || data === undefined)) {
		return fail(`${at}.data`, 'data is required unless the record is deleted');
	}
	if (!deleted) {
		const bytes = encoder.encode(JSON.stringify(data)).length;
		if (bytes > SYNC_LIMITS.maxRecordBytes) {
			return fail(
				`${at}.data`,
				`the record is ${bytes} bytes as JSON; the limit is ${SYNC_LIMITS.maxRecordBytes}`,
				'too_large'
			);
		}
	}
	return {
		ok: true,
		value: {
			changeId: String(raw.changeId),
			table,
			recordId: String(recordId),
			baseVersion,
			deleted,
			data: deleted ? null : data,
			deviceSeq
		}
	};
}

/** Checks a parsed push body (PushRequest). */
export function checkPushRequest(body: unknown): Checked<PushRequest> {
	if (!isRecord(body)) return fail('', 'the body must be a JSON object');
	const deviceProblem = idProblem(body.deviceId);
	if (deviceProblem) return fail('deviceId', `deviceId ${deviceProblem}`);
	const { changes } = body;
	if (!Array.isArray(changes)) return fail('changes', 'changes must be an array');
	if (changes.length > SYNC_LIMITS.maxChangesPerPush) {
		return fail(
			'changes',
			`at most ${SYNC_LIMITS.maxChangesPerPush} changes per push (got ${changes.length})`,
			'too_large'
		);
	}
	const clean: SyncChange[] = [];
	for (const [index, raw] of changes.entries()) {
		const checked = checkChange(raw, `changes[${index}]`);
		if (!checked.ok) return checked;
		clean.push(checked.value);
	}
	return { ok: true, value: { deviceId: String(body.deviceId), changes: clean } };
}

function parseCount(text: string | null, field: string, fallback: number): Checked<number> {
	if (text === null || text === '') return { ok: true, value: fallback };
	const value = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
	if (!isCount(value)) return fail(field, `${field} must be a non-negative integer`);
	return { ok: true, value };
}

/** Checks the pull query (`since`, `limit`, as strings from the URL; both optional). */
export function checkPullParams(since: string | null, limit: string | null): Checked<PullParams> {
	const checkedSince = parseCount(since, 'since', 0);
	if (!checkedSince.ok) return checkedSince;
	const checkedLimit = parseCount(limit, 'limit', SYNC_LIMITS.maxPullLimit);
	if (!checkedLimit.ok) return checkedLimit;
	if (checkedLimit.value < 1 || checkedLimit.value > SYNC_LIMITS.maxPullLimit) {
		return fail('limit', `limit must be between 1 and ${SYNC_LIMITS.maxPullLimit}`);
	}
	return { ok: true, value: { since: checkedSince.value, limit: checkedLimit.value } };
}
