/**
 * Saved charts through the result cache, end to end: a chart opened from the dashboard after a
 * reload is drawn from the cache (nothing computed), and after its dataset is imported again
 * with new data it is drawn from the new data.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chartDraft, type GalleryPage } from './page-models/gallery';

/** sales.csv with one row per amount (cities c0, c1, …), in a fresh directory. */
function salesFile(amounts: number[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'quarry-chart-cache-'));
	const path = join(dir, 'sales.csv');
	writeFileSync(path, ['city,amount', ...amounts.map((a, i) => `c${i},${a}`)].join('\n'));
	return path;
}

/** The charts' share of the result cache's counts, once every lookup is written. */
async function chartLookups(page: Page): Promise<{ hits: number; misses: number }> {
	return page.evaluate(async () => {
		const results = window.__quarry?.caches.results;
		if (!results) throw new Error('window.__quarry.caches is missing');
		await results.settled();
		await results.refresh();
		return { hits: results.chartHits, misses: results.chartMisses };
	});
}

/** From the dashboard, open the recent chart and wait until its bars are drawn. */
async function openFromDashboard(page: Page, gallery: GalleryPage, bars: number) {
	await page
		.getByRole('list', { name: 'Recent charts' })
		.getByRole('link', { name: /Sales by city/ })
		.click();
	await expect(page.getByRole('heading', { name: 'Sales by city', level: 1 })).toBeVisible();
	await expect(gallery.bars).toHaveCount(bars);
}

test('a chart re-opened after a reload comes from the cache; a re-import redraws it with the new data', async ({
	page,
	app,
	gallery
}) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(salesFile([10, 20, 30]));
	const datasetId = await page.evaluate(() => window.__quarry?.workspace.datasets[0]?.id ?? '');
	await gallery.seed(
		chartDraft({
			title: 'Sales by city',
			sql: 'SELECT city, amount FROM sales',
			spec: {
				$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
				mark: 'bar',
				encoding: {
					x: { field: 'city', type: 'nominal' },
					y: { field: 'amount', type: 'quantitative', aggregate: 'sum' }
				}
			},
			datasetIds: [datasetId]
		})
	);

	await app.goto('/');
	await openFromDashboard(page, gallery, 3);
	expect(await chartLookups(page)).toEqual({ hits: 0, misses: 1 });

	// A full reload of the dashboard, then the same chart: drawn from the cache.
	await app.goto('/');
	await openFromDashboard(page, gallery, 3);
	expect(await chartLookups(page)).toEqual({ hits: 1, misses: 1 });

	// The dataset deleted and imported again with new data: two cities now, computed afresh.
	await page.evaluate((id) => window.__quarry?.workspace.deleteDataset(id), datasetId);
	await app.goto('/');
	await app.importFile(salesFile([5, 6]));
	await openFromDashboard(page, gallery, 2);
	expect(await chartLookups(page)).toEqual({ hits: 1, misses: 2 });

	// And after another reload, the new bars come from the cache.
	await app.goto('/');
	await openFromDashboard(page, gallery, 2);
	expect(await chartLookups(page)).toEqual({ hits: 2, misses: 2 });
});
