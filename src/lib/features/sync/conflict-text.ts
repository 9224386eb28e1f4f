/**
 * How a kept conflict version is described in the list: what it is, and from which device. The
 * record's data came from a server and another device, so it is read defensively and shown as
 * text only.
 */
import type { ConflictCopy, SyncTable } from '$lib/core/sync/protocol';

const KINDS: Record<SyncTable, string> = {
	datasets: 'Dataset',
	queries: 'Query',
	charts: 'Chart',
	contexts: 'Context',
	settings: 'Setting'
};

/** Fields that name a record, in the order they are tried. */
const NAME_FIELDS = ['title', 'name', 'savedName', 'question', 'sql', 'key'] as const;

const MAX_NAME = 80;

export interface ConflictText {
	/** e.g. "Chart", "Query". */
	kind: string;
	/** The record's title or name as it was in the kept version, e.g. "“Sales by month”". */
	name: string;
	/** "deleted" when the kept version was a deletion, else "version 3". */
	state: string;
	/** "this device" or "device 1a2b3c4d". */
	device: string;
}

export function describeConflict(conflict: ConflictCopy, thisDeviceId?: string): ConflictText {
	return {
		kind: KINDS[conflict.table] ?? 'Record',
		name: recordName(conflict.data) ?? `id ${clip(conflict.recordId, 40)}`,
		state: conflict.deleted ? 'deleted' : `version ${conflict.version}`,
		device:
			thisDeviceId !== undefined && conflict.deviceId === thisDeviceId
				? 'this device'
				: `device ${conflict.deviceId.slice(0, 8)}`
	};
}

/** The first non-empty naming field of a record, on one line and clipped; null when none. */
export function recordName(data: unknown): string | null {
	if (typeof data !== 'object' || data === null) return null;
	const fields = data as Record<string, unknown>;
	for (const field of NAME_FIELDS) {
		const value = fields[field];
		if (typeof value !== 'string') continue;
		const line = value.replace(/\s+/g, ' ').trim();
		if (line !== '') return `“${clip(line, MAX_NAME)}”`;
	}
	return null;
}

function clip(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
