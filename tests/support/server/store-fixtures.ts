/** Builders for store tests: users, sessions and sync changes with readable defaults. */
import type { SyncChange, SyncTable } from '$lib/core/sync/protocol';
import type { SessionRow, Store, UserRow } from '$lib/server/store/types';

export const T0 = 1_800_000_000_000;
export const DAY = 86_400_000;

export function userRow(id: string, username = id): UserRow {
	return {
		id,
		username,
		passwordHash: `hash-of-${id}`,
		createdAt: T0,
		passwordChangedAt: T0
	};
}

export async function addUser(store: Store, id: string, username = id): Promise<UserRow> {
	const result = await store.createUser(userRow(id, username));
	if (!result.ok) throw new Error(`user ${username} exists`);
	return result.user;
}

export function sessionRow(tokenHash: string, userId: string, expiresAt = T0 + DAY): SessionRow {
	return { tokenHash, userId, createdAt: T0, expiresAt, lastSeenAt: T0 };
}

let counter = 0;

export interface ChangeOptions {
	table?: SyncTable;
	changeId?: string;
	baseVersion?: number;
	deleted?: boolean;
	deviceSeq?: number;
}

/** A change to `recordId`; a fresh change id and a growing deviceSeq unless given. */
export function change(recordId: string, data: unknown, options: ChangeOptions = {}): SyncChange {
	counter += 1;
	const deleted = options.deleted ?? false;
	return {
		changeId: options.changeId ?? `change-${counter}`,
		table: options.table ?? 'queries',
		recordId,
		baseVersion: options.baseVersion ?? 0,
		deleted,
		data: deleted ? null : data,
		deviceSeq: options.deviceSeq ?? counter
	};
}

export function sha(n: number): string {
	return n.toString(16).padStart(64, '0');
}
