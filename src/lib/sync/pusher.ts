/**
 * Pushing the outbox: the oldest pending changes in batches within SYNC_LIMITS, each built from
 * the record as it is NOW (a record edited twice travels once, in its latest form) on the base
 * version this device has. A dataset's file is uploaded before its record, so a device that
 * sees the record can always download the data. The server's answers are folded in with
 * core/sync/replica `onPushed` (storage/sync-repo.ts).
 */
import {
	SYNC_LIMITS,
	isSyncTable,
	type PushResult,
	type SyncChange
} from '$lib/core/sync/protocol';
import type { PendingChange, SyncRepo } from '$lib/storage/sync-repo';
import type { ApiClient, ApiResult } from './api-client';
import { uploadFile } from './files';

export interface PushDeps {
	api: ApiClient;
	repo: SyncRepo;
	deviceId: string;
	/** The local stored copy of a dataset, if this device has it. */
	loadFile: (datasetId: string) => Promise<Blob | undefined>;
}

export interface PushSummary {
	pushed: number;
	conflicts: number;
	/** Records too large to sync (they stay pending). */
	tooLarge: string[];
	/**
	 * Datasets whose file the server refused (413: over the file limit or the account's quota);
	 * their records stay pending, the rest syncs. With the server's reason.
	 */
	refusedFiles: string[];
	refusedReason?: string;
}

/** Push until the outbox is empty (or only records too large to sync are left). */
export async function pushAll(deps: PushDeps): Promise<ApiResult<PushSummary>> {
	const summary: PushSummary = { pushed: 0, conflicts: 0, tooLarge: [], refusedFiles: [] };
	for (let round = 0; round < MAX_ROUNDS; round += 1) {
		const skipped = [...summary.tooLarge, ...summary.refusedFiles];
		const window = SYNC_LIMITS.maxChangesPerPush + skipped.length;
		const pending = (await deps.repo.pending(window)).filter((p) => !skipped.includes(p.entry.id));
		if (pending.length === 0) break;
		const batch = batchChanges(pending);
		summary.tooLarge.push(...batch.tooLarge);
		if (batch.changes.length === 0) continue;
		const uploaded = await uploadDatasetFiles(deps, batch.changes);
		if (!uploaded.ok) return uploaded;
		const { refused, reason } = uploaded.value;
		summary.refusedFiles.push(...refused.map((id) => `datasets:${id}`));
		summary.refusedReason ??= reason;
		const changes = batch.changes.filter(
			(c) => !(c.table === 'datasets' && refused.includes(c.recordId))
		);
		if (changes.length === 0) continue;
		const pushed = await deps.api.push({ deviceId: deps.deviceId, changes });
		if (!pushed.ok) return pushed;
		if (!Array.isArray(pushed.value)) return unreadable();
		const results = pushed.value.filter(isPushResult);
		await deps.repo.applyPushed(results);
		summary.pushed += results.length;
		summary.conflicts += results.filter((r) => r.outcome === 'conflict').length;
	}
	return { ok: true, value: summary };
}

/** The changes for `pending`, in order, within the push limits. */
export function batchChanges(pending: readonly PendingChange[]): {
	changes: SyncChange[];
	tooLarge: string[];
} {
	const changes: SyncChange[] = [];
	const tooLarge: string[] = [];
	let bytes = 100; // the request's own fields
	for (const { entry, baseVersion, data } of pending) {
		const deleted = data === undefined;
		const change: SyncChange = {
			changeId: entry.changeId,
			table: entry.table,
			recordId: entry.recordId,
			baseVersion,
			deleted,
			data: deleted ? null : data,
			deviceSeq: entry.deviceSeq
		};
		const size = JSON.stringify(change).length;
		if (JSON.stringify(change.data).length > SYNC_LIMITS.maxRecordBytes) {
			tooLarge.push(entry.id);
			continue;
		}
		if (changes.length >= SYNC_LIMITS.maxChangesPerPush) break;
		if (bytes + size > SYNC_LIMITS.maxPushBytes && changes.length > 0) break;
		changes.push(change);
		bytes += size + 1;
	}
	return { changes, tooLarge };
}

/**
 * Uploads the files of the datasets in `changes`. A file the server refuses as too large for it
 * or for the account (413) is left out (`refused`, with the server's reason) so that the rest
 * still syncs; any other failure stops the push.
 */
async function uploadDatasetFiles(
	deps: PushDeps,
	changes: readonly SyncChange[]
): Promise<ApiResult<{ refused: string[]; reason?: string }>> {
	const refused: string[] = [];
	let reason: string | undefined;
	for (const change of changes) {
		if (change.table !== 'datasets' || change.deleted) continue;
		const fingerprint = fingerprintOf(change.data);
		const blob = fingerprint ? await deps.loadFile(change.recordId) : undefined;
		// Without a local copy the data came from the server, which holds it already.
		if (!fingerprint || !blob) continue;
		const uploaded = await uploadFile(deps.api, fingerprint, blob);
		if (!uploaded.ok && uploaded.error.status === 413) {
			refused.push(change.recordId);
			reason ??= uploaded.error.message;
			continue;
		}
		if (!uploaded.ok) return uploaded;
	}
	return { ok: true, value: { refused, reason } };
}

/** A result the server sent that names a synced record (others are left alone). */
function isPushResult(value: unknown): value is PushResult {
	if (typeof value !== 'object' || value === null) return false;
	const result = value as Partial<Record<keyof PushResult, unknown>>;
	const record = result.record as Partial<Record<string, unknown>> | null | undefined;
	return (
		typeof result.changeId === 'string' &&
		typeof result.outcome === 'string' &&
		isSyncTable(record?.table) &&
		typeof record?.recordId === 'string' &&
		Number.isSafeInteger(record?.version)
	);
}

function unreadable(): ApiResult<never> {
	return {
		ok: false,
		error: {
			code: 'bad-response',
			message: 'The server sent a push answer Quarry could not read.',
			status: 200
		}
	};
}

function fingerprintOf(data: unknown): string | undefined {
	if (typeof data !== 'object' || data === null || !('fingerprint' in data)) return undefined;
	return typeof data.fingerprint === 'string' ? data.fingerprint : undefined;
}

/** Upper bound on push requests in one run (200 changes each). */
const MAX_ROUNDS = 100;
