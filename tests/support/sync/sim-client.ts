/**
 * A small model of the Quarry sync client for the convergence property test: local records,
 * an outbox coalesced per record (a new change id and deviceSeq on every edit), base versions
 * and a pull cursor. It folds the server's answers in with core/sync/replica.ts exactly as the
 * real client (src/lib/sync, src/lib/storage/sync-repo.ts) does.
 */
import type {
	PullResponse,
	PushRequest,
	PushResponse,
	SyncChange,
	SyncRecord,
	SyncTable
} from '$lib/core/sync/protocol';
import { onPulled, onPushed, type LocalState } from '$lib/core/sync/replica';

export interface LocalRecord {
	deleted: boolean;
	data: unknown;
}

interface OutboxEntry {
	table: SyncTable;
	recordId: string;
	changeId: string;
	deviceSeq: number;
	/** The client's own (skewed) clock when the change was made; never sent for ordering. */
	at: number;
}

export function recordKey(table: string, recordId: string): string {
	return `${table}:${recordId}`;
}

export class SimClient {
	readonly deviceId: string;
	/** Added to the server's clock to give this device's (wrong) clock. */
	readonly skewMs: number;
	/** Steps of the simulation this device stays offline for. */
	offlineSteps = 0;
	cursor = 0;
	readonly local = new Map<string, LocalRecord>();
	readonly outbox = new Map<string, OutboxEntry>();
	readonly states = new Map<string, Omit<LocalState, 'pendingChangeId'>>();
	/** Change ids this client was told the server applied (applied, conflict or duplicate). */
	readonly acked = new Set<string>();
	#deviceSeq = 0;
	#changes = 0;

	constructor(deviceId: string, skewMs: number) {
		this.deviceId = deviceId;
		this.skewMs = skewMs;
	}

	get isOnline(): boolean {
		return this.offlineSteps === 0;
	}

	#state(key: string): LocalState {
		const state = this.states.get(key) ?? { baseVersion: 0 };
		return { ...state, pendingChangeId: this.outbox.get(key)?.changeId };
	}

	#setState(key: string, state: LocalState): void {
		const { pendingChangeId: _pending, ...kept } = state;
		this.states.set(key, kept);
	}

	/** A local edit (or delete) made at the client's own clock time. */
	edit(table: SyncTable, recordId: string, value: unknown, serverTime: number): void {
		const key = recordKey(table, recordId);
		const at = serverTime + this.skewMs;
		const isDelete = value === null;
		const current = this.local.get(key);
		if (isDelete && (!current || current.deleted)) return;
		this.local.set(
			key,
			isDelete ? { deleted: true, data: null } : { deleted: false, data: { value, at } }
		);
		this.#changes += 1;
		this.#deviceSeq += 1;
		this.outbox.set(key, {
			table,
			recordId,
			changeId: `${this.deviceId}-c${this.#changes}`,
			deviceSeq: this.#deviceSeq,
			at
		});
	}

	/** The push request for the oldest `max` pending changes (null when nothing is pending). */
	pushRequest(max: number): PushRequest | null {
		const entries = [...this.outbox.entries()]
			.sort((a, b) => a[1].deviceSeq - b[1].deviceSeq)
			.slice(0, max);
		if (entries.length === 0) return null;
		const changes = entries.map(([key, entry]): SyncChange => {
			const record = this.local.get(key);
			const deleted = record?.deleted ?? true;
			return {
				changeId: entry.changeId,
				table: entry.table,
				recordId: entry.recordId,
				baseVersion: this.#state(key).baseVersion,
				deleted,
				data: deleted ? null : record?.data,
				deviceSeq: entry.deviceSeq
			};
		});
		return { deviceId: this.deviceId, changes };
	}

	#write(key: string, record: SyncRecord): void {
		this.local.set(key, { deleted: record.deleted, data: record.deleted ? null : record.data });
	}

	onPushResponse(response: PushResponse): void {
		for (const result of response.results) {
			if (result.outcome !== 'stale') this.acked.add(result.changeId);
			const key = recordKey(result.record.table, result.record.recordId);
			const verdict = onPushed(this.#state(key), result);
			if (verdict.clearPending) this.outbox.delete(key);
			this.#setState(key, {
				baseVersion: verdict.baseVersion,
				held: verdict.held,
				pendingChangeId: undefined
			});
			if (verdict.apply) this.#write(key, verdict.apply);
		}
	}

	onPullResponse(response: PullResponse): void {
		for (const record of response.records) {
			const key = recordKey(record.table, record.recordId);
			const verdict = onPulled(this.#state(key), record);
			if (verdict.kind === 'keep-local') {
				this.#setState(key, { ...this.#state(key), held: verdict.held });
			} else if (verdict.kind === 'apply') {
				this.#write(key, verdict.record);
				this.#setState(key, { ...this.#state(key), baseVersion: verdict.baseVersion });
			}
		}
		this.cursor = Math.max(this.cursor, response.cursor);
	}

	/** The records as the user sees them: id → data, deleted records left out. */
	visible(): Map<string, unknown> {
		const shown = new Map<string, unknown>();
		for (const [key, record] of this.local) if (!record.deleted) shown.set(key, record.data);
		return shown;
	}
}
