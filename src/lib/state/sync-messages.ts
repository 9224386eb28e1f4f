/** What the account forms show for a failed request to the server. */
import { SYNC_LIMITS } from '$lib/core/sync/protocol';
import type { SyncError } from '$lib/sync/api-client';
import type { AccountOutcome } from '$lib/sync/types';

type Field = Exclude<AccountOutcome, { ok: true }>['field'];

/** The form field a server error is about (the API names the request body's fields). */
function fieldOf(error: SyncError): Field {
	switch (error.field) {
		case 'username':
			return 'username';
		case 'password':
		case 'currentPassword':
			return 'password';
		case 'newPassword':
			return 'newPassword';
		default:
			return undefined;
	}
}

export function accountFailure(error: SyncError): AccountOutcome {
	if (error.code === 'offline') return { ok: false, message: error.message, field: 'server' };
	if (error.status === 429) {
		const seconds = Math.ceil((error.retryAfterMs ?? 60_000) / 1000);
		return {
			ok: false,
			message: `Too many attempts. Try again in ${seconds} seconds.`
		};
	}
	const field = fieldOf(error);
	return field
		? { ok: false, message: error.message, field }
		: { ok: false, message: error.message };
}

export function signInFailure(error: SyncError): AccountOutcome {
	if (error.status === 404) {
		return {
			ok: false,
			message: 'No Quarry server answers at this address.',
			field: 'server'
		};
	}
	return accountFailure(error);
}

/**
 * Records larger than the server takes stay pending; the status says which, so the user can
 * make them smaller (ids are `table:recordId`).
 */
export function tooLargeError(ids: readonly string[]): SyncError | null {
	if (ids.length === 0) return null;
	const kb = Math.round(SYNC_LIMITS.maxRecordBytes / 1000);
	const named = ids
		.slice(0, 3)
		.map((id) => id.replace(':', ' '))
		.join(', ');
	const more = ids.length > 3 ? ` and ${ids.length - 3} more` : '';
	return {
		code: 'too_large',
		status: 413,
		message:
			`${ids.length === 1 ? 'One record is' : `${ids.length} records are`} over ${kb} KB ` +
			`and cannot sync (${named}${more}); the rest is synced.`
	};
}
