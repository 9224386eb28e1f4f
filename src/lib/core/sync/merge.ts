/**
 * How the server decides a pushed change (pure; used by every store). The server's own order
 * of arrival settles conflicts, so every client converges on the same state:
 *
 * 1. a change id seen before is a duplicate: nothing changes;
 * 2. a change older than one already applied from the same device for the record is stale;
 * 3. otherwise the change becomes the current version. When the client had not seen the
 *    current version (baseVersion below it) and that version came from another device, the
 *    overwritten version is kept as a conflict copy, so no acknowledged write is ever lost.
 */
import type { PushOutcome, SyncChange, SyncRecord } from './protocol';

export interface StoredState {
	/** The record's current version, if the server has one. */
	current: SyncRecord | undefined;
	/** The highest deviceSeq applied to this record from the pushing device (0: none). */
	lastDeviceSeq: number;
	/** The change id was applied before. */
	isKnownChange: boolean;
}

export type Decision =
	| { kind: 'skip'; outcome: Extract<PushOutcome, 'duplicate' | 'stale'> }
	| { kind: 'write'; version: number; keepConflict: boolean };

export function decide(state: StoredState, change: SyncChange, deviceId: string): Decision {
	if (state.isKnownChange) return { kind: 'skip', outcome: 'duplicate' };
	if (state.current && change.deviceSeq <= state.lastDeviceSeq) {
		return { kind: 'skip', outcome: 'stale' };
	}
	const current = state.current;
	const version = (current?.version ?? 0) + 1;
	const isUnseen =
		current !== undefined &&
		change.baseVersion < current.version &&
		current.deviceId !== deviceId &&
		!(current.deleted && change.deleted);
	return { kind: 'write', version, keepConflict: isUnseen };
}
