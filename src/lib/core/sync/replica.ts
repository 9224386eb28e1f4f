/**
 * How a client folds the server's answers into its local copy (pure; src/lib/sync applies the
 * verdicts to IndexedDB). Together with merge.ts this is the whole sync rule:
 *
 * - A pulled record replaces the local one, unless the client has a change of its own pending
 *   for it. Then the local record stays, and the base version is NOT advanced: the pending
 *   change is pushed on the version it was made on, so the server keeps the pulled version as
 *   a conflict copy instead of silently overwriting it.
 * - A push result clears the pending change only when it is the change that was pushed (the
 *   user may have edited the record again meanwhile); the base version becomes the server's.
 *   When the server kept another version current (duplicate, stale), that version is applied
 *   locally unless a newer local change is pending.
 * - A pulled record that was kept aside for a pending change is remembered (`held`, the newest
 *   one). Messages can arrive out of order (two tabs syncing, a slow answer): the pull that
 *   carried another device's later version may be answered before the push of the pending
 *   change, and the cursor has then moved past that version. When the push's answer arrives,
 *   the held record is applied if it is newer than what the push wrote, so the client never
 *   keeps showing a version the server has already replaced.
 */
import type { PushResult, SyncRecord } from './protocol';

/** The client's bookkeeping for one record. */
export interface LocalState {
	/** The server version the local record is based on (0: never synced). */
	baseVersion: number;
	/** The change id of the pending outbox entry for this record, if any. */
	pendingChangeId: string | undefined;
	/** The newest pulled version kept aside while a change was pending (see onPulled). */
	held?: SyncRecord;
}

export type PullVerdict =
	| { kind: 'apply'; record: SyncRecord; baseVersion: number }
	/** Keep the local record; remember `held` (replacing the one remembered before). */
	| { kind: 'keep-local'; held: SyncRecord | undefined }
	| { kind: 'ignore' };

/** The newer of two versions of one record. */
function newer(a: SyncRecord | undefined, b: SyncRecord | undefined): SyncRecord | undefined {
	if (!a) return b;
	if (!b) return a;
	return b.version > a.version ? b : a;
}

export function onPulled(local: LocalState, record: SyncRecord): PullVerdict {
	if (local.pendingChangeId !== undefined) {
		const isNew = record.version > local.baseVersion;
		return { kind: 'keep-local', held: isNew ? newer(local.held, record) : local.held };
	}
	if (record.version <= local.baseVersion) return { kind: 'ignore' };
	return { kind: 'apply', record, baseVersion: record.version };
}

export interface PushVerdict {
	/** Remove the outbox entry (it is the change that was pushed). */
	clearPending: boolean;
	baseVersion: number;
	/** Write this server version into the local table (null: leave the local record). */
	apply: SyncRecord | null;
	/** What to remember as `held` from now on (undefined: forget it). */
	held: SyncRecord | undefined;
}

export function onPushed(local: LocalState, result: PushResult): PushVerdict {
	const isSameChange = local.pendingChangeId === result.changeId;
	if (!isSameChange) {
		// A newer local change is pending: keep it and its base, it will be pushed next.
		return { clearPending: false, baseVersion: local.baseVersion, apply: null, held: local.held };
	}
	const isWritten = result.outcome === 'applied' || result.outcome === 'conflict';
	// applied or conflict: the local record is what the server wrote. duplicate or stale: the
	// server's current version is what this record is now. Either way a newer held version wins.
	const server = newer(result.record, local.held) ?? result.record;
	const baseVersion = Math.max(local.baseVersion, server.version);
	const apply = isWritten && server === result.record ? null : server;
	return { clearPending: true, baseVersion, apply, held: undefined };
}
