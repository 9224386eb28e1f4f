/**
 * Sync converges, and loses no acknowledged write, whatever the network and the clocks do.
 *
 * 2–4 simulated clients (tests/support/sync/sim-client.ts) edit a few shared records while a
 * simulated network drops, duplicates and reorders their requests and the server's responses;
 * clients go offline and come back, their clocks are off by up to a day either way (the skewed
 * times go into the records they write and must not matter), and the server — the real
 * SyncService over a real SQLite file — restarts. A run is one to three phases; each ends
 * with traffic but no edits, then every client comes online and syncs until nothing is
 * pending, and:
 * 1. every client shows exactly the server's current records;
 * 2. every write a client was told was applied is still the current version, or a later write
 *    was made on top of it (its base version), or by the same device after it, or it was a
 *    delete followed by another delete, or it is kept as a conflict copy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncTable } from '$lib/core/sync/protocol';
import { recordKey } from '$test/sync/sim-client';
import { DAY_MS, SimWorld, type Request, type Response } from '$test/sync/sim-world';

const RECORDS: [SyncTable, string][] = [
	['charts', 'c1'],
	['charts', 'c2'],
	['settings', 'theme']
];

type Fate = 'deliver' | 'duplicate' | 'drop';

type Step =
	| { kind: 'edit'; client: number; record: number; isDelete: boolean }
	| { kind: 'push'; client: number; max: number }
	| { kind: 'pull'; client: number; limit: number }
	| { kind: 'request'; pick: number; fate: Fate }
	| { kind: 'response'; pick: number; fate: Fate }
	| { kind: 'offline'; client: number; steps: number }
	| { kind: 'restart' };

const client = fc.nat(3);
const fate = fc.constantFrom<Fate>('deliver', 'deliver', 'deliver', 'duplicate', 'drop');
const edit = fc.record({
	kind: fc.constant('edit' as const),
	client,
	record: fc.nat(RECORDS.length - 1),
	isDelete: fc.nat(4).map((n) => n === 4)
});
/** Everything but edits: what the network, the devices and the server do. */
const traffic: fc.Arbitrary<Step> = fc.oneof(
	{
		weight: 3,
		arbitrary: fc.record({
			kind: fc.constant('push' as const),
			client,
			max: fc.integer({ min: 1, max: 4 })
		})
	},
	{
		weight: 3,
		arbitrary: fc.record({
			kind: fc.constant('pull' as const),
			client,
			limit: fc.integer({ min: 1, max: 3 })
		})
	},
	{
		weight: 5,
		arbitrary: fc.record({ kind: fc.constant('request' as const), pick: fc.nat(7), fate })
	},
	{
		weight: 5,
		arbitrary: fc.record({ kind: fc.constant('response' as const), pick: fc.nat(7), fate })
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('offline' as const),
			client,
			steps: fc.integer({ min: 1, max: 12 })
		})
	},
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) }
);
const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 5, arbitrary: edit },
	{ weight: 18, arbitrary: traffic }
);

/**
 * Found by this test (fixed in core/sync/replica.ts): device 0's push is written as v1 but its
 * answer is slow; device 1 writes v2; device 0's next pull (answered first) carries v2 while the
 * change is still pending, so it is kept aside and the cursor moves past it; then the push's
 * answer arrives. Device 0 must end up showing v2.
 */
const LATE_PUSH_ANSWER: [number[], [Step[], Step[]][]] = [
	[0, 0],
	[
		[
			[
				{ kind: 'edit', client: 0, record: 0, isDelete: false },
				{ kind: 'push', client: 0, max: 4 },
				{ kind: 'request', pick: 0, fate: 'deliver' },
				{ kind: 'edit', client: 1, record: 0, isDelete: false },
				{ kind: 'push', client: 1, max: 4 },
				{ kind: 'request', pick: 0, fate: 'deliver' },
				{ kind: 'pull', client: 0, limit: 3 },
				{ kind: 'request', pick: 0, fate: 'deliver' },
				{ kind: 'response', pick: 2, fate: 'deliver' },
				{ kind: 'response', pick: 0, fate: 'deliver' }
			],
			[]
		]
	]
];

/** Fixed, so CI runs the same cases every time; set QUARRY_SYNC_SEED to explore others. */
const SEED = Number(process.env.QUARRY_SYNC_SEED ?? 20261203);
/** About 10 s on the project machine (2 busy cores); QUARRY_SYNC_RUNS runs more. */
const RUNS = Number(process.env.QUARRY_SYNC_RUNS ?? 80);

/** Takes one message out of a queue (any one: the network reorders); a duplicate stays queued. */
function take<T>(queue: T[], pick: number, fate: Fate): T | undefined {
	if (queue.length === 0) return undefined;
	const index = pick % queue.length;
	const message = queue[index];
	if (fate !== 'duplicate') queue.splice(index, 1);
	return fate === 'drop' ? undefined : message;
}

async function runStep(world: SimWorld, s: Step, editCount: number): Promise<void> {
	const n = world.clients.length;
	switch (s.kind) {
		case 'edit': {
			const [table, recordId] = RECORDS[s.record];
			const value = s.isDelete ? null : `${s.client % n}:${editCount}`;
			world.edit(s.client % n, table, recordId, value);
			return;
		}
		case 'push':
			return world.sendPush(s.client % n, s.max);
		case 'pull':
			return world.sendPull(s.client % n, s.limit);
		case 'request': {
			const request = take<Request>(world.requests, s.pick, s.fate);
			if (request) world.responses.push(await world.serve(request));
			return;
		}
		case 'response': {
			const response = take<Response>(world.responses, s.pick, s.fate);
			if (response) world.receive(response);
			return;
		}
		case 'offline': {
			world.clients[s.client % n].offlineSteps = s.steps;
			return;
		}
		case 'restart':
			return world.restart();
	}
}

/** Everyone online, what is in flight arrives, then push and pull until nothing is pending. */
async function settle(world: SimWorld): Promise<void> {
	for (const c of world.clients) c.offlineSteps = 0;
	while (world.requests.length > 0)
		world.responses.push(await world.serve(world.requests.shift()!));
	// Last sent, first answered: the answers overtake each other once more.
	while (world.responses.length > 0) world.receive(world.responses.pop()!);
	for (let round = 0; round < 5; round++) {
		for (const [i, c] of world.clients.entries()) {
			for (let body = c.pushRequest(200); body; body = c.pushRequest(200)) {
				world.receive(await world.serve({ client: i, kind: 'push', body }));
			}
		}
		for (const [i, c] of world.clients.entries()) {
			for (;;) {
				const response = await world.serve({ client: i, kind: 'pull', since: c.cursor, limit: 3 });
				world.receive(response);
				if (response.kind === 'pull' && !response.body.hasMore) break;
			}
		}
		if (world.clients.every((c) => c.outbox.size === 0)) return;
	}
	throw new Error('sync did not settle');
}

async function check(world: SimWorld): Promise<void> {
	const { records, conflicts } = await world.serverState();
	const current = new Map(records.map((r) => [recordKey(r.table, r.recordId), r]));
	const expected = new Map(
		records.filter((r) => !r.deleted).map((r) => [recordKey(r.table, r.recordId), r.data])
	);
	for (const c of world.clients) {
		expect(c.outbox.size, `${c.deviceId} has nothing pending`).toBe(0);
		expect(c.visible(), `${c.deviceId} shows the server's records`).toEqual(expected);
	}
	const writes = [...world.writes.values()];
	for (const id of new Set(world.clients.flatMap((c) => [...c.acked]))) {
		const write = world.writes.get(id);
		if (!write) throw new Error(`acknowledged change ${id} was never written`);
		const now = current.get(write.key);
		const isCurrent = now?.version === write.version;
		const isSeen = writes.some(
			(later) =>
				later.key === write.key &&
				later.version > write.version &&
				(later.baseVersion >= write.version ||
					(later.deviceId === write.deviceId && later.deviceSeq > write.deviceSeq) ||
					(later.deleted && write.deleted))
		);
		const isKept = conflicts.has(`${write.key}@${write.version}`);
		expect(
			isCurrent || isSeen || isKept,
			`acknowledged write ${id} (${write.key} v${write.version}) is not lost`
		).toBe(true);
	}
}

describe('sync convergence (property)', () => {
	it('converges and keeps every acknowledged write, under loss, repeats, reordering, skew and restarts', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.integer({ min: -DAY_MS, max: DAY_MS }), { minLength: 2, maxLength: 4 }),
				fc.array(
					fc.tuple(
						fc.array(step, { minLength: 10, maxLength: 60 }),
						fc.array(traffic, { minLength: 5, maxLength: 25 })
					),
					{ minLength: 1, maxLength: 3 }
				),
				async (skews, phases) => {
					const world = await SimWorld.create(skews);
					try {
						let count = 0;
						for (const [steps, tail] of phases) {
							for (const s of [...steps, ...tail]) {
								await runStep(world, s, count++);
								world.tick();
							}
							await settle(world);
							await check(world);
						}
					} finally {
						await world.dispose();
					}
				}
			),
			{ seed: SEED, numRuns: RUNS, examples: [LATE_PUSH_ANSWER] }
		);
	});
});
