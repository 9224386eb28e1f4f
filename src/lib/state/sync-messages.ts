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
 * Changes that stay pending while the rest syncs, said in the status so the user can act:
 * records larger than the server takes, and datasets whose file the server refused (over its
 * file limit or the account's quota). Ids are `table:recordId`.
 */
export function heldBackError(push: {
	tooLarge: readonly string[];
	refusedFiles: readonly string[];
	refusedReason?: string;
}): SyncError | null {
	const parts: string[] = [];
	if (push.tooLarge.length > 0) {
		const kb = Math.round(SYNC_LIMITS.maxRecordBytes / 1000);
		const count = push.tooLarge.length;
		parts.push(
			`${count === 1 ? 'One record is' : `${count} records are`} over ${kb} KB and cannot ` +
				`sync (${listed(push.tooLarge)})`
		);
	}
	if (push.refusedFiles.length > 0) {
		const count = push.refusedFiles.length;
		const reason = push.refusedReason ? `: ${push.refusedReason.replace(/\.$/, '')}` : '';
		parts.push(
			`the server refused the data of ${count === 1 ? 'one dataset' : `${count} datasets`} ` +
				`(${listed(push.refusedFiles)})${reason}`
		);
	}
	if (parts.length === 0) return null;
	const message = parts.join('; ');
	return {
		code: 'held_back',
		status: 413,
		message: `${message[0].toUpperCase()}${message.slice(1)}. The rest is synced.`
	};
}

function listed(ids: readonly string[]): string {
	const named = ids
		.slice(0, 3)
		.map((id) => id.replace(':', ' '))
		.join(', ');
	return ids.length > 3 ? `${named} and ${ids.length - 3} more` : named;
}
