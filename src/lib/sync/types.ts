/**
 * The client side of sync as the UI sees it (implemented by state/sync.svelte.ts over this
 * folder's outbox, pusher, puller and file transfer). Components read these fields and call
 * these methods; they never talk to the server or IndexedDB themselves.
 */
import type { AccountInfo, ConflictCopy } from '$lib/core/sync/protocol';

/** What the header's indicator shows. */
export type SyncStatus =
	| { kind: 'signed-out' }
	| { kind: 'offline'; pending: number }
	| { kind: 'syncing'; pending: number }
	| { kind: 'synced'; at: number }
	| { kind: 'pending'; pending: number }
	| { kind: 'error'; pending: number; message: string };

/** An action's outcome: ok, or a message for the form (and the field it is about). */
export type AccountOutcome =
	| { ok: true }
	| { ok: false; message: string; field?: 'server' | 'username' | 'password' | 'newPassword' };

export interface SignInInput {
	/** The server's address; empty means this Quarry's own server (the page's origin). */
	serverUrl: string;
	username: string;
	password: string;
}

export interface SyncControls {
	readonly status: SyncStatus;
	/** The signed-in account (null when signed out). */
	readonly account: AccountInfo | null;
	/** The server's origin in use (the page's origin when none was configured). */
	readonly serverOrigin: string;
	/** Versions that lost a conflict, newest first (loaded when signed in). */
	readonly conflicts: readonly ConflictCopy[];
	register(input: SignInInput): Promise<AccountOutcome>;
	signIn(input: SignInInput): Promise<AccountOutcome>;
	/** Ends the session; local data stays unless `removeLocalData`. */
	signOut(options: { removeLocalData: boolean }): Promise<AccountOutcome>;
	changePassword(currentPassword: string, newPassword: string): Promise<AccountOutcome>;
	/** Deletes the account and everything the server holds for it (local data stays). */
	deleteAccount(password: string): Promise<AccountOutcome>;
	/** Push then pull now (also runs on reconnect, on changes and in the background). */
	syncNow(): Promise<void>;
	/** Makes the kept version current again (it syncs like any edit). */
	restoreConflict(conflictId: string): Promise<AccountOutcome>;
	dismissConflict(conflictId: string): Promise<AccountOutcome>;
	/** Downloads every dataset's data that is not on this device yet (for offline use). */
	downloadAll(): Promise<AccountOutcome>;
	/** Datasets listed here whose data is only on the server so far. */
	readonly remoteOnlyDatasetIds: ReadonlySet<string>;
	/** This device's id in sync (null before the first sign-in), e.g. to say "this device". */
	readonly deviceId: string | null;
}
