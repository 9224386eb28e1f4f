/**
 * The world of the convergence property test: simulated clients, a network that loses,
 * repeats and reorders messages in both directions, and the real SyncService over a real
 * SQLite file that can be restarted (closed and reopened on the same file).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
	PullResponse,
	PushRequest,
	PushResponse,
	SyncRecord,
	SyncTable
} from '$lib/core/sync/protocol';
import { openStore } from '$lib/server/store/open-store';
import type { Store } from '$lib/server/store/types';
import { SyncService } from '$lib/server/sync/service';
import { recordKey, SimClient } from './sim-client';

export type Request =
	| { client: number; kind: 'push'; body: PushRequest }
	| { client: number; kind: 'pull'; since: number; limit: number };
export type Response =
	| { client: number; kind: 'push'; body: PushResponse }
	| { client: number; kind: 'pull'; body: PullResponse };

/** One accepted write, as the server logged it (for the no-lost-write check). */
export interface ServerWrite {
	changeId: string;
	key: string;
	version: number;
	baseVersion: number;
	deleted: boolean;
	deviceId: string;
	deviceSeq: number;
}

export const USER = 'user-1';
export const DAY_MS = 86_400_000;

/** Messages cross the wire as JSON: nobody shares objects with anybody. */
function wire<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

export class SimWorld {
	readonly clients: SimClient[];
	readonly requests: Request[] = [];
	readonly responses: Response[] = [];
	readonly writes = new Map<string, ServerWrite>();
	serverTime = 1_800_000_000_000;
	restarts = 0;
	#dir: string;
	#store!: Store;
	#service!: SyncService;

	private constructor(dir: string, skews: number[]) {
		this.#dir = dir;
		this.clients = skews.map((skew, i) => new SimClient(`device-${i}`, skew));
	}

	static async create(skews: number[]): Promise<SimWorld> {
		const world = new SimWorld(mkdtempSync(join(tmpdir(), 'quarry-sim-')), skews);
		await world.#open();
		const created = await world.#store.createUser({
			id: USER,
			username: 'sim',
			passwordHash: 'x',
			createdAt: world.serverTime,
			passwordChangedAt: world.serverTime
		});
		if (!created.ok) throw new Error('could not create the user');
		return world;
	}

	async #open(): Promise<void> {
		this.#store = await openStore({ dataDir: this.#dir });
		this.#service = new SyncService({ store: this.#store, now: () => this.serverTime });
	}

	async restart(): Promise<void> {
		await this.#store.close();
		await this.#open();
		this.restarts += 1;
	}

	async dispose(): Promise<void> {
		await this.#store.close();
		rmSync(this.#dir, { recursive: true, force: true });
	}

	tick(): void {
		this.serverTime += 1000;
		for (const c of this.clients) c.offlineSteps = Math.max(0, c.offlineSteps - 1);
	}

	edit(client: number, table: SyncTable, recordId: string, value: unknown): void {
		this.clients[client].edit(table, recordId, value, this.serverTime);
	}

	sendPush(client: number, max: number): void {
		const sender = this.clients[client];
		const body = sender.isOnline ? sender.pushRequest(max) : null;
		if (body) this.requests.push({ client, kind: 'push', body: wire(body) });
	}

	sendPull(client: number, limit: number): void {
		const sender = this.clients[client];
		if (sender.isOnline) this.requests.push({ client, kind: 'pull', since: sender.cursor, limit });
	}

	/** The server handles one request and answers into the response queue. */
	async serve(request: Request): Promise<Response> {
		if (request.kind === 'pull') {
			const page = await this.#service.pull(USER, String(request.since), String(request.limit));
			if (!page.ok) throw new Error(page.error.message);
			return { client: request.client, kind: 'pull', body: wire(page.value) };
		}
		const pushed = await this.#service.push(USER, request.body);
		if (!pushed.ok) throw new Error(pushed.error.message);
		for (const [i, result] of pushed.value.results.entries()) {
			if (result.outcome !== 'applied' && result.outcome !== 'conflict') continue;
			const change = request.body.changes[i];
			this.writes.set(change.changeId, {
				changeId: change.changeId,
				key: recordKey(change.table, change.recordId),
				version: result.record.version,
				baseVersion: change.baseVersion,
				deleted: change.deleted,
				deviceId: request.body.deviceId,
				deviceSeq: change.deviceSeq
			});
		}
		return { client: request.client, kind: 'push', body: wire(pushed.value) };
	}

	/** A response reaches its client (lost when the client is offline). */
	receive(response: Response): void {
		const client = this.clients[response.client];
		if (!client.isOnline) return;
		if (response.kind === 'push') client.onPushResponse(response.body);
		else client.onPullResponse(response.body);
	}

	/** The server's current records (tombstones included) and its conflict copies. */
	async serverState(): Promise<{ records: SyncRecord[]; conflicts: Set<string> }> {
		const records: SyncRecord[] = [];
		let since = 0;
		for (;;) {
			const page = await this.#service.pull(USER, String(since), '500');
			if (!page.ok) throw new Error(page.error.message);
			records.push(...page.value.records);
			since = page.value.cursor;
			if (!page.value.hasMore) break;
		}
		const { conflicts } = await this.#service.listConflicts(USER);
		return {
			records,
			conflicts: new Set(conflicts.map((c) => `${recordKey(c.table, c.recordId)}@${c.version}`))
		};
	}
}
