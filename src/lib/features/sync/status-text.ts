/** What the header's sync indicator says for each status: words, not only a colour. */
import type { SyncStatus } from '$lib/sync/types';

export type StatusTone = 'ok' | 'busy' | 'pending' | 'offline' | 'error';

export interface StatusText {
	/** The visible text, e.g. "Pending 3". */
	label: string;
	/** A longer description for the title and the settings page. */
	detail: string;
	tone: StatusTone;
}

const MAX_REASON = 120;

/** The indicator's text, or null when signed out (the indicator is hidden then). */
export function syncStatusText(status: SyncStatus): StatusText | null {
	switch (status.kind) {
		case 'signed-out':
			return null;
		case 'synced':
			return { label: 'Synced', detail: 'Everything on this device is on the server.', tone: 'ok' };
		case 'syncing':
			return {
				label: 'Syncing',
				detail: `Syncing with the server${waiting(status.pending)}.`,
				tone: 'busy'
			};
		case 'pending':
			return status.pending > 0
				? {
						label: `Pending ${status.pending}`,
						detail: `${changes(status.pending)} not sent to the server yet.`,
						tone: 'pending'
					}
				: { label: 'Not synced yet', detail: 'Quarry syncs in a moment.', tone: 'pending' };
		case 'offline':
			return {
				label: status.pending > 0 ? `Offline · Pending ${status.pending}` : 'Offline',
				detail: `Offline${waiting(status.pending)}; Quarry syncs when the connection is back.`,
				tone: 'offline'
			};
		case 'error': {
			const reason = shorten(status.message);
			return {
				label: `Sync error: ${reason}`,
				detail: `Sync failed: ${reason}${waiting(status.pending)}. Quarry tries again.`,
				tone: 'error'
			};
		}
	}
}

function changes(count: number): string {
	return count === 1 ? '1 change' : `${count} changes`;
}

function waiting(count: number): string {
	return count > 0 ? ` (${changes(count)} waiting)` : '';
}

/** One line of at most MAX_REASON characters (a server's message is shown as text). */
function shorten(message: string): string {
	const line = message.replace(/\s+/g, ' ').trim() || 'unknown reason';
	return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}
