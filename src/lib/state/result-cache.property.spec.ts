/**
 * Property: after any sequence of imports, re-imports (same name, new data), renames, deletes
 * and queries, every result served from the cache equals a fresh run on real DuckDB.
 * Sequences come from a seeded generator, so a failure names the seed and step that broke.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { useWorkspaceFixture } from '$test/workspace-fixture';
import { decodeArrow } from './decode-arrow';
import { QueryRunner } from './query-runner.svelte';
import { ResultCache } from './result-cache.svelte';
import type { Workspace } from './workspace.svelte';

const fixture = useWorkspaceFixture('result-cache-property');

/** mulberry32: a small seeded generator, enough to pick steps. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const NAMES = ['alpha', 'beta', 'gamma'];

/** Query shapes over one or two tables; `{a}` and `{b}` are table names. */
const SHAPES = [
	'SELECT sum(v)::BIGINT AS s, count(*) AS n FROM {a}',
	'select k, v from {a} order by k, v',
	'SELECT k FROM {a} JOIN {b} USING (k) ORDER BY k',
	'WITH t AS (SELECT * FROM {a}) SELECT max(v) AS top FROM t',
	'SELECT count(*) AS n FROM {a} WHERE v > 2'
];

function csvFile(name: string, random: () => number): File {
	const rows = 1 + Math.floor(random() * 5);
	const lines = ['k,v'];
	for (let i = 0; i < rows; i++) {
		lines.push(`${Math.floor(random() * 4)},${Math.floor(random() * 10)}`);
	}
	return new File([lines.join('\n')], `${name}.csv`, { type: 'text/csv' });
}

/** Same statement, written differently: case of keywords, spacing, a comment, a semicolon. */
function restyle(sql: string, random: () => number): string {
	let out = sql;
	if (random() < 0.5)
		out = out.replace(/\b(select|from|where|order by|join|using|with|as)\b/gi, (w) =>
			w.toUpperCase()
		);
	if (random() < 0.5) out = out.replace(/ /g, '  ');
	if (random() < 0.3) out = `-- again\n${out}`;
	if (random() < 0.3) out = `${out};`;
	return out;
}

function rowsJson(table: { toArray(): { toJSON(): unknown }[] }): string {
	return JSON.stringify(
		table.toArray().map((row) => row.toJSON()),
		(_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)
	);
}

async function freshRun(sql: string): Promise<string | null> {
	const result = await fixture.engine.query({ queryId: crypto.randomUUID(), sql });
	return result.ok ? rowsJson(await decodeArrow(result.value.arrow)) : null;
}

async function step(
	workspace: Workspace,
	runner: QueryRunner,
	random: () => number,
	label: string
): Promise<'hit' | 'miss' | 'change'> {
	const roll = random();
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
	const datasets = workspace.datasets;
	if (roll < 0.15 || datasets.length === 0) {
		workspace.importFiles([csvFile(pick(NAMES), random)]);
		await workspace.idle();
		return 'change';
	}
	if (roll < 0.3) {
		// Re-import: delete, then import new data under the same name.
		const dataset = pick(datasets);
		await workspace.deleteDataset(dataset.id);
		workspace.importFiles([csvFile(dataset.tableName, random)]);
		await workspace.idle();
		return 'change';
	}
	if (roll < 0.37) {
		await workspace.renameDataset(pick(datasets).id, pick(NAMES));
		return 'change';
	}
	if (roll < 0.42) {
		await workspace.deleteDataset(pick(datasets).id);
		return 'change';
	}
	const names = [...datasets.map((d) => d.tableName), ...NAMES];
	const sql = restyle(pick(SHAPES).replace('{a}', pick(names)).replace('{b}', pick(names)), random);
	await runner.run(sql);
	const served = runner.result;
	const fresh = await freshRun(sql);
	if (!served) {
		expect(runner.error, `${label}: ${sql}`).not.toBeNull();
		expect(fresh, `${label}: ${sql}`).toBeNull();
		return 'miss';
	}
	expect(rowsJson(served.table), `${label}: ${sql}`).toBe(fresh);
	return served.cache ? 'hit' : 'miss';
}

describe('result cache property', () => {
	it('never serves a cached result that differs from a fresh run', async () => {
		let hits = 0;
		for (const seed of [1, 2, 3, 4]) {
			const workspace = await fixture.open();
			let clock = 1_000_000;
			const now = () => (clock += 1_000);
			const cache = new ResultCache({ storage: fixture.storage, now });
			await cache.start();
			const runner = new QueryRunner({ engine: fixture.engine, workspace, now, cache });
			const random = prng(seed);
			for (let i = 0; i < 60; i++) {
				const outcome = await step(workspace, runner, random, `seed ${seed}, step ${i}`);
				if (outcome === 'hit') hits += 1;
				await cache.settled();
			}
			for (const dataset of workspace.datasets) await workspace.deleteDataset(dataset.id);
		}
		// The property is only tested if results were served from the cache.
		expect(hits).toBeGreaterThan(10);
	}, 240_000);
});
