/**
 * The local side of sync in IndexedDB: the outbox, the base versions, the cursor and the
 * account, and the applier that writes the server's records. Writes of pulled records run in
 * transactions marked uncaptured, so they are never pushed back.
 */
import type { Transaction } from 'dexie';
import {
	SYNC_TABLES,
	ROAMING_SETTINGS,
	type AccountInfo,
	type PushResult,
	type SyncRecord,
	type SyncTable
} from '$lib/core/sync/protocol';
import { onPulled, onPushed, type LocalState } from '$lib/core/sync/replica';
import type { QuarryDB } from './db';
import { markUncaptured } from './outbox-middleware';
import type { OutboxRecord, StoredFormat, SyncRecordState } from './records';
import { writeRecord } from './sync-apply';

/** A pending change with what is pushed for it: the record as it is now, and its base. */
export interface PendingChange {
	entry: OutboxRecord;
	baseVersion: number;
	/** The current local record (undefined when it was deleted). */
	data: unknown;
}

export class SyncRepo {
	readonly #db: QuarryDB;
	readonly #now: () => number;
	readonly #newId: () => string;

	constructor(db: QuarryDB, now: () => number = Date.now, newId = () => crypto.randomUUID()) {
		this.#db = db;
		this.#now = now;
		this.#newId = newId;
	}

	async deviceId(): Promise<string | undefined> {
		const device = await this.#db.syncMeta.get('device');
		return device?.key === 'device' ? device.deviceId : undefined;
	}

	/** The server and account last signed in to, and whether the session is still on. */
	async account(): Promise<
		{ origin: string; account: AccountInfo | null; isSignedIn: boolean } | undefined
	> {
		const row = await this.#db.syncMeta.get('account');
		if (row?.key !== 'account') return undefined;
		return { origin: row.origin, account: row.account, isSignedIn: row.isSignedIn };
	}

	/** Record a sign-out (the account is remembered) or newer account details. */
	async setAccount(
		origin: string,
		account: AccountInfo | null,
		isSignedIn: boolean
	): Promise<void> {
		await this.#db.syncMeta.put({ key: 'account', origin, account, isSignedIn });
	}

	/**
	 * Start syncing this device into `account` at `origin`. The first time (or for another
	 * account or server) every local record is queued once and the cursor starts at 0; changes
	 * are captured from then on. Returns the device id.
	 */
	async enable(origin: string, account: AccountInfo): Promise<string> {
		const db = this.#db;
		const tables = [...SYNC_TABLES.map((t) => db.table(t)), db.outbox, db.syncMeta, db.syncRecords];
		return db.transaction('rw', tables, async (tx) => {
			markUncaptured(tx);
			const device = await db.syncMeta.get('device');
			const known = await db.syncMeta.get('account');
			const isSame =
				device?.key === 'device' &&
				known?.key === 'account' &&
				known.origin === origin &&
				known.account?.userId === account.userId;
			await db.syncMeta.put({ key: 'account', origin, account, isSignedIn: true });
			if (isSame) return device.deviceId;
			const deviceId = device?.key === 'device' ? device.deviceId : this.#newId();
			const deviceSeq = device?.key === 'device' ? device.deviceSeq : 0;
			await this.#queueEverything(deviceId, deviceSeq);
			return deviceId;
		});
	}

	/**
	 * The server holds less than this device has seen (it was restored from an earlier backup):
	 * forget the cursor and the base versions and queue every local record again, so the server
	 * gets back what this device has and the device pulls everything the server has.
	 */
	async rebase(): Promise<void> {
		const db = this.#db;
		const tables = [...SYNC_TABLES.map((t) => db.table(t)), db.outbox, db.syncMeta, db.syncRecords];
		await db.transaction('rw', tables, async (tx) => {
			markUncaptured(tx);
			const device = await db.syncMeta.get('device');
			if (device?.key !== 'device') return;
			await this.#queueEverything(device.deviceId, device.deviceSeq);
		});
	}

	/** Inside a transaction: every local record queued once, cursor and base versions at 0. */
	async #queueEverything(deviceId: string, lastDeviceSeq: number): Promise<void> {
		const db = this.#db;
		let deviceSeq = lastDeviceSeq;
		await db.syncRecords.clear();
		await db.outbox.clear();
		await db.syncMeta.put({ key: 'pull', cursor: 0 });
		const at = this.#now();
		for (const table of SYNC_TABLES) {
			const keys = (await db.table(table).toCollection().primaryKeys()).map(String);
			const ids = table === 'settings' ? keys.filter(isRoaming) : keys;
			await db.outbox.bulkPut(
				ids.map((recordId) => ({
					id: `${table}:${recordId}`,
					table,
					recordId,
					changeId: this.#newId(),
					deviceSeq: ++deviceSeq,
					op: 'put' as const,
					at
				}))
			);
		}
		await db.syncMeta.put({ key: 'device', deviceId, deviceSeq });
	}

	async cursor(): Promise<number> {
		const row = await this.#db.syncMeta.get('pull');
		return row?.key === 'pull' ? row.cursor : 0;
	}

	async pendingCount(): Promise<number> {
		return this.#db.outbox.count();
	}

	/**
	 * The pending changes' count and the newest one's deviceSeq (which grows with every change
	 * captured, even one that replaced a pending entry), for live watching.
	 */
	async pendingState(): Promise<{ count: number; lastSeq: number }> {
		const db = this.#db;
		return db.transaction('r', db.outbox, async () => ({
			count: await db.outbox.count(),
			lastSeq: (await db.outbox.orderBy('deviceSeq').last())?.deviceSeq ?? 0
		}));
	}

	/** The oldest pending changes (by deviceSeq), each with the record as it is now. */
	async pending(limit: number): Promise<PendingChange[]> {
		const db = this.#db;
		const tables = [...SYNC_TABLES.map((t) => db.table(t)), db.outbox, db.syncRecords];
		return db.transaction('r', tables, async () => {
			const entries = await db.outbox.orderBy('deviceSeq').limit(limit).toArray();
			const states = await db.syncRecords.bulkGet(entries.map((e) => e.id));
			return Promise.all(
				entries.map(async (entry, i) => ({
					entry,
					baseVersion: states[i]?.baseVersion ?? 0,
					data: entry.op === 'delete' ? undefined : await db.table(entry.table).get(entry.recordId)
				}))
			);
		});
	}

	/** Fold the server's answers to a push into the local copy (core/sync/replica onPushed). */
	async applyPushed(results: readonly PushResult[]): Promise<void> {
		await this.#applying(async () => {
			for (const result of results) {
				const { table, recordId } = result.record;
				const id = `${table}:${recordId}`;
				const local = await this.#localState(id);
				const verdict = onPushed(local, result);
				if (verdict.clearPending) await this.#db.outbox.delete(id);
				await this.#setState(table, recordId, verdict.baseVersion, verdict.held);
				if (verdict.apply) await writeRecord(this.#db, verdict.apply);
			}
		});
	}

	/**
	 * Write pulled records (core/sync/replica onPulled) and move the cursor, in one
	 * transaction. Returns the records that were applied.
	 */
	async applyPulled(records: readonly SyncRecord[], cursor: number): Promise<SyncRecord[]> {
		return this.#applying(async () => {
			const applied: SyncRecord[] = [];
			for (const record of records) {
				const id = `${record.table}:${record.recordId}`;
				const local = await this.#localState(id);
				const verdict = onPulled(local, record);
				if (verdict.kind === 'keep-local') {
					// Kept aside: applied when the pending change's push is answered, if newer.
					await this.#setState(record.table, record.recordId, local.baseVersion, verdict.held);
					continue;
				}
				if (verdict.kind !== 'apply') continue;
				if (!(await writeRecord(this.#db, record))) continue;
				await this.#setState(record.table, record.recordId, verdict.baseVersion, undefined);
				applied.push(record);
			}
			await this.#db.syncMeta.put({ key: 'pull', cursor });
			return applied;
		});
	}

	/**
	 * Make a kept version current again as a local edit (captured, so it is pushed like any
	 * other change).
	 */
	async restore(
		table: SyncTable,
		recordId: string,
		data: unknown,
		deleted: boolean
	): Promise<void> {
		const record: SyncRecord = {
			table,
			recordId,
			data,
			deleted,
			version: 0,
			seq: 0,
			updatedAt: this.#now(),
			deviceId: ''
		};
		const db = this.#db;
		const tables = [...SYNC_TABLES.map((t) => db.table(t)), ...cacheTables(db)];
		await db.transaction('rw', tables, async () => {
			if (!(await writeRecord(db, record))) {
				throw new Error('The kept version is not a record Quarry can restore.');
			}
		});
	}

	/** Ids of datasets whose stored copy is not on this device. */
	async remoteOnlyDatasetIds(): Promise<string[]> {
		const db = this.#db;
		return db.transaction('r', db.datasets, db.datasetFiles, async () => {
			const ids = (await db.datasets.toCollection().primaryKeys()).map(String);
			const files = new Set((await db.datasetFiles.toCollection().primaryKeys()).map(String));
			return ids.filter((id) => !files.has(id));
		});
	}

	/** Keep a downloaded stored copy (not a synced record: nothing is captured). */
	async storeFile(datasetId: string, blob: Blob, format: StoredFormat): Promise<void> {
		const db = this.#db;
		await db.transaction('rw', db.datasets, db.datasetFiles, async () => {
			if (!(await db.datasets.get(datasetId))) return; // deleted meanwhile
			await db.datasetFiles.put({ datasetId, blob, format });
		});
	}

	/**
	 * Delete the local datasets, queries, charts and contexts (settings stay) WITHOUT queuing
	 * deletes for the server, and forget what was synced: the next sign-in pulls everything.
	 */
	async removeLocalData(): Promise<void> {
		const db = this.#db;
		const tables = [
			db.datasets,
			db.queries,
			db.charts,
			db.contexts,
			db.activity,
			...cacheTables(db),
			db.outbox,
			db.syncRecords,
			db.syncMeta
		];
		await db.transaction('rw', tables, async (tx) => {
			markUncaptured(tx);
			for (const table of tables) {
				if (table !== db.syncMeta) await table.clear();
			}
			await db.syncMeta.put({ key: 'pull', cursor: 0 });
		});
	}

	async #localState(id: string): Promise<LocalState> {
		const state = await this.#db.syncRecords.get(id);
		const entry = await this.#db.outbox.get(id);
		return {
			baseVersion: state?.baseVersion ?? 0,
			pendingChangeId: entry?.changeId,
			held: state?.held
		};
	}

	async #setState(
		table: SyncTable,
		recordId: string,
		baseVersion: number,
		held: SyncRecord | undefined
	): Promise<void> {
		const state: SyncRecordState = { id: `${table}:${recordId}`, table, recordId, baseVersion };
		if (held) state.held = held;
		await this.#db.syncRecords.put(state);
	}

	#applying<T>(body: (tx: Transaction) => Promise<T>): Promise<T> {
		const db = this.#db;
		const tables = [
			...SYNC_TABLES.map((t) => db.table(t)),
			...cacheTables(db),
			db.outbox,
			db.syncRecords,
			db.syncMeta
		];
		return db.transaction('rw', tables, async (tx) => {
			markUncaptured(tx);
			return await body(tx);
		});
	}
}

/** The stored copies and the caches a dataset's write or delete touches. */
function cacheTables(db: QuarryDB) {
	return [db.datasetFiles, db.resultCache, db.askCache, db.contextCache];
}

function isRoaming(key: string): boolean {
	return (ROAMING_SETTINGS as readonly string[]).includes(key);
}
