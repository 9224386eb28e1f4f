/**
 * Captures every local write to a synced record into the outbox, in the SAME transaction as the
 * write (a Dexie DBCore middleware), so the repos need not know about sync:
 *
 * - every readwrite transaction over a synced table also covers `outbox` and `syncMeta`;
 * - each put/add/delete of a synced record writes its outbox entry (`${table}:${recordId}`,
 *   coalesced: a later change replaces the pending one) with a new change id and the next
 *   deviceSeq, read and written in that transaction, so two tabs never hand out the same one;
 * - nothing is captured before sync was enabled on this device (no `device` row in syncMeta),
 *   during schema upgrades, or in transactions marked with `markUncaptured` (records pulled
 *   from the server, local-only bookkeeping such as a dataset's use count);
 * - settings are captured only for the keys that roam (ROAMING_SETTINGS).
 */
import type {
	DBCore,
	DBCoreMutateRequest,
	DBCoreTable,
	DBCoreTransaction,
	Middleware,
	Transaction
} from 'dexie';
import { ROAMING_SETTINGS, isSyncTable, type SyncTable } from '$lib/core/sync/protocol';
import type { OutboxRecord, SyncMetaRecord } from './records';

/** Transactions whose writes are not captured (keyed by Dexie's IndexedDB transaction). */
const uncaptured = new WeakSet<object>();

/** Call inside a Dexie transaction: its writes are not captured for sync. */
export function markUncaptured(tx: Transaction): void {
	uncaptured.add(tx.idbtrans);
}

export interface OutboxCaptureOptions {
	now: () => number;
	newId: () => string;
}

export function outboxMiddleware(options: OutboxCaptureOptions): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'QuarryOutbox',
		// Below Dexie's hooks (2), which read the current transaction from Dexie's zone before
		// any await; above its observability (0), so live queries see the outbox change too.
		level: 1.5,
		create(down) {
			return {
				...down,
				transaction(stores, mode, txOptions) {
					const isSynced = mode === 'readwrite' && stores.some(isSyncTable);
					const all = isSynced ? [...new Set([...stores, 'outbox', 'syncMeta'])] : stores;
					return down.transaction(all, mode, txOptions);
				},
				table(name) {
					const table = down.table(name);
					if (!isSyncTable(name)) return table;
					return {
						...table,
						// Promise chains, not async/await: Dexie's middlewares below read the current
						// transaction from its zone, which survives Dexie's own promises' callbacks.
						mutate(req) {
							if (!isCaptured(req.trans)) return table.mutate(req);
							const record = (keys: unknown[]) =>
								table.mutate(req).then((response) => {
									const ids = keys
										.filter((_, i) => !(i in response.failures))
										.filter((key) => name !== 'settings' || isRoamingSetting(key))
										.map(String);
									if (ids.length === 0) return response;
									const op = req.type === 'add' || req.type === 'put' ? 'put' : 'delete';
									return capture(down, req.trans, name, op, ids, options).then(() => response);
								});
							if (req.type !== 'deleteRange') return record(keysOf(table, req));
							return table
								.query({
									trans: req.trans,
									values: false,
									query: { index: table.schema.primaryKey, range: req.range }
								})
								.then((found) => record(found.result));
						}
					} satisfies DBCoreTable;
				}
			};
		}
	};
}

function isCaptured(trans: DBCoreTransaction): boolean {
	if (uncaptured.has(trans)) return false;
	return !('mode' in trans && trans.mode === 'versionchange');
}

function isRoamingSetting(key: unknown): boolean {
	return (ROAMING_SETTINGS as readonly unknown[]).includes(key);
}

/** The primary keys a put, add or delete writes or deletes. */
function keysOf(
	table: DBCoreTable,
	req: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>
): unknown[] {
	if (req.type === 'delete') return req.keys;
	const primaryKey = table.schema.primaryKey;
	return req.values.map((value: unknown, i) => req.keys?.[i] ?? primaryKey.extractKey?.(value));
}

function capture(
	down: DBCore,
	trans: DBCoreTransaction,
	table: SyncTable,
	op: OutboxRecord['op'],
	recordIds: string[],
	options: OutboxCaptureOptions
): Promise<unknown> {
	const meta = down.table('syncMeta');
	return meta.get({ trans, key: 'device' }).then((device: SyncMetaRecord | undefined) => {
		if (device?.key !== 'device') return; // sync was never enabled on this device
		let deviceSeq = device.deviceSeq;
		const at = options.now();
		const entries = recordIds.map((recordId): OutboxRecord => ({
			id: `${table}:${recordId}`,
			table,
			recordId,
			changeId: options.newId(),
			deviceSeq: ++deviceSeq,
			op,
			at
		}));
		return down
			.table('outbox')
			.mutate({ type: 'put', trans, values: entries })
			.then(() => meta.mutate({ type: 'put', trans, values: [{ ...device, deviceSeq }] }));
	});
}
