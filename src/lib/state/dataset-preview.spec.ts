/**
 * A dataset page's first rows through the result cache, over real DuckDB and fake-indexeddb: a
 * page opened again shows its rows from the cache (marked), and never rows of data that changed.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { useWorkspaceFixture } from '$test/workspace-fixture';
import { ResultCache } from './result-cache.svelte';
import type { CachedQueryResult } from './result-cache-query';
import type { Result } from '$lib/engine/engine-api';

const fixture = useWorkspaceFixture('dataset-preview');

function sales(rows: Array<[string, number]>): File {
	const lines = ['city,amount', ...rows.map(([city, amount]) => `${city},${amount}`)];
	return new File([lines.join('\n')], 'sales.csv', { type: 'text/csv' });
}

function cities(result: Result<CachedQueryResult>): string[] {
	if (!result.ok) throw new Error(result.error.message);
	return tableFromIPC(result.value.arrow)
		.toArray()
		.map((row) => String(row.city));
}

async function setup() {
	const workspace = await fixture.open();
	workspace.importFiles([
		sales([
			['Oslo', 10],
			['Lima', 20]
		])
	]);
	await workspace.idle();
	const cache = new ResultCache({ storage: fixture.storage });
	await cache.start();
	workspace.cachePreviewsIn(cache);
	return { workspace, cache };
}

describe('Workspace.preview through the result cache', () => {
	it('shows a page opened again from the cache, marked, and counts it as a dataset page', async () => {
		const { workspace, cache } = await setup();
		const first = await workspace.preview(workspace.datasets[0].id);
		expect(first.ok && first.value.cache).toBeUndefined();
		expect(cities(first)).toEqual(['Oslo', 'Lima']);
		await cache.settled();

		const again = await workspace.preview(workspace.datasets[0].id);
		expect(again.ok && again.value.cache?.hit).toBe(true);
		expect(cities(again)).toEqual(['Oslo', 'Lima']);
		await cache.settled();
		await cache.refresh();
		const counts = (c: ResultCache) => ({
			hits: c.hits,
			misses: c.misses,
			datasetHits: c.datasetHits,
			datasetMisses: c.datasetMisses,
			chartHits: c.chartHits,
			chartMisses: c.chartMisses
		});
		const expected = {
			hits: 1,
			misses: 1,
			datasetHits: 1,
			datasetMisses: 1,
			chartHits: 0,
			chartMisses: 0
		};
		expect(counts(cache)).toEqual(expected);
		// The counts are stored: a new page load reads them back.
		const reloaded = new ResultCache({ storage: fixture.storage });
		await reloaded.start();
		expect(counts(reloaded)).toEqual(expected);
	});

	it('shows the new rows after the dataset is imported again, never the old ones', async () => {
		const { workspace, cache } = await setup();
		await workspace.preview(workspace.datasets[0].id);
		await cache.settled();
		await workspace.deleteDataset(workspace.datasets[0].id);
		workspace.importFiles([sales([['Rome', 7]])]);
		await workspace.idle();

		const after = await workspace.preview(workspace.datasets[0].id);
		expect(after.ok && after.value.cache).toBeUndefined();
		expect(cities(after)).toEqual(['Rome']);
	});
});
