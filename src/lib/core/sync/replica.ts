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
 */
import type { PushResult, SyncRecord } from './protocol';

/** The client's bookkeeping for one record. */
export interface LocalState {
	/** The server version the local record is based on (0: never synced). */
	baseVersion: number;
	/** The change id of the pending outbox entry for this record, if any. */
	pendingChangeId: string | undefined;
}

export type PullVerdict =
	| { kind: 'apply'; record: SyncRecord; baseVersion: number }
	| { kind: 'keep-local' }
	| { kind: 'ignore' };

export function onPulled(local: LocalState, record: SyncRecord): PullVerdict {
	if (local.pendingChangeId !== undefined) return { kind: 'keep-local' };
	if (record.version <= local.baseVersion) return { kind: 'ignore' };
	return { kind: 'apply', record, baseVersion: record.version };
}

export interface PushVerdict {
	/** Remove the outbox entry (it is the change that was pushed). */
	clearPending: boolean;
	baseVersion: number;
	/** Write this server version into the local table (null: leave the local record). */
	apply: SyncRecord | null;
}

export function onPushed(local: LocalState, result: PushResult): PushVerdict {
	const isSameChange = local.pendingChangeId === result.changeId;
	const serverVersion = result.record.version;
	if (!isSameChange) {
		// A newer local change is pending: keep it and its base, it will be pushed next.
		return { clearPending: false, baseVersion: local.baseVersion, apply: null };
	}
	const baseVersion = Math.max(local.baseVersion, serverVersion);
	if (result.outcome === 'applied' || result.outcome === 'conflict') {
		return { clearPending: true, baseVersion, apply: null };
	}
	// duplicate or stale: the server's current version is what this record is now.
	return { clearPending: true, baseVersion, apply: result.record };
}
