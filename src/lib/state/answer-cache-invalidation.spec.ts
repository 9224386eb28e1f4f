import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AskAnswer, AskScope } from '$lib/core/ask/types';
import type { DatasetRecord } from '$lib/storage/db';
import { openStorage } from '$lib/storage/storage';
import { csv, importAll, useWorkspaceFixture } from '$test/workspace-fixture';
import { makeProfile } from '$test/records';
import { AnswerCache } from './answer-cache.svelte';
import type { Workspace } from './workspace.svelte';

const fx = useWorkspaceFixture('answer-cache-invalidation');

function scopeOf(...datasets: DatasetRecord[]): AskScope {
	return { datasets: datasets.map(({ id, fingerprint }) => ({ id, fingerprint })) };
}

function answer(sql: string): AskAnswer {
	return { sql, explanation: '', confidence: 0.9, interpretation: [], source: 'offline' };
}

/** Two datasets and an answer stored for each (plus one that reads both). */
async function setUp(): Promise<{
	workspace: Workspace;
	cache: AnswerCache;
	sales: DatasetRecord;
	costs: DatasetRecord;
}> {
	const workspace = await fx.open();
	await importAll(workspace, [csv('sales.csv'), csv('costs.csv')]);
	const sales = workspace.datasets.find((d) => d.tableName === 'sales')!;
	const costs = workspace.datasets.find((d) => d.tableName === 'costs')!;
	const cache = new AnswerCache({ storage: fx.storage, configuredLlm: async () => undefined });
	const both = scopeOf(sales, costs);
	await cache.store('count sales', both, answer('SELECT count(*) FROM sales'), [sales.id]);
	await cache.store('count costs', both, answer('SELECT count(*) FROM costs'), [costs.id]);
	await cache.store('join them', both, answer('SELECT * FROM sales, costs'), [sales.id, costs.id]);
	return { workspace, cache, sales, costs };
}

async function questionsLeft(cache: AnswerCache, scope: AskScope): Promise<string[]> {
	const left = [];
	for (const question of ['count sales', 'count costs', 'join them']) {
		if (await cache.lookup(question, scope)) left.push(question);
	}
	return left;
}

describe('answers are dropped when a dataset they read changes', () => {
	it('renaming a dataset drops the answers that read it (their SQL names the old table)', async () => {
		const { workspace, cache, sales, costs } = await setUp();
		expect(await workspace.renameDataset(sales.id, 'Revenue')).toEqual({ ok: true });
		// The fingerprints did not change: only the invalidation keeps the old SQL from a hit.
		expect(await questionsLeft(cache, scopeOf(sales, costs))).toEqual(['count costs']);
	});

	it('deleting a dataset drops the answers that read it', async () => {
		const { workspace, cache, sales, costs } = await setUp();
		await workspace.deleteDataset(costs.id);
		expect(await questionsLeft(cache, scopeOf(sales, costs))).toEqual(['count sales']);
	});

	it('new column profiles drop the answers that read the dataset', async () => {
		const { cache, sales, costs } = await setUp();
		await fx.storage.datasets.setProfiles(sales.id, { id: makeProfile({ distinctCount: 3 }) });
		expect(await questionsLeft(cache, scopeOf(sales, costs))).toEqual(['count costs']);
	});

	it('holds across tabs: a rename in one tab empties the cache another tab reads', async () => {
		const { workspace, sales, costs } = await setUp();
		const otherTab = openStorage({ name: fx.storage.db.name });
		try {
			const otherCache = new AnswerCache({
				storage: otherTab,
				configuredLlm: async () => undefined
			});
			expect(await questionsLeft(otherCache, scopeOf(sales, costs))).toHaveLength(3);
			await workspace.renameDataset(costs.id, 'Spending');
			expect(await questionsLeft(otherCache, scopeOf(sales, costs))).toEqual(['count sales']);
		} finally {
			otherTab.db.close();
		}
	});

	it('a re-imported file (new fingerprint, new dataset) never meets an old answer', async () => {
		const { workspace, cache, sales, costs } = await setUp();
		await importAll(workspace, [csv('sales.csv', 5)]);
		const again = workspace.datasets.find((d) => d.tableName !== 'sales' && d.name === 'sales')!;
		expect(again.fingerprint).not.toBe(sales.fingerprint);
		expect(await questionsLeft(cache, scopeOf(again, costs))).toEqual([]);
	});
});
