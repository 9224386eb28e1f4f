/**
 * Two tabs of Quarry in one browser profile: an import, rename or delete in tab A shows in tab B
 * without a reload, and tab B queries the dataset under its current name only.
 */
import type { Page } from '@playwright/test';
import { expect, test, vegaData } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { DatasetsPage } from './page-models/datasets-page';
import { QueryPage } from './page-models/query-page';

/** Marks the page's document; the mark is gone if the page reloads. */
async function markDocument(page: Page): Promise<void> {
	await page.evaluate(() => document.documentElement.setAttribute('data-tab-mark', 'kept'));
}

test('an import, rename and delete in one tab show in another without a reload', async ({
	context,
	app,
	datasets,
	datasetDetail
}) => {
	const pageB = await context.newPage();
	const appB = new AppShell(pageB);
	const datasetsB = new DatasetsPage(pageB);
	const queryB = new QueryPage(pageB);

	await datasetsB.goto();
	await expect(datasetsB.emptyState).toBeVisible();
	await markDocument(pageB);

	// Import in A: B lists it and can query it.
	await app.goto('/');
	await app.importFile(vegaData('seattle-weather.csv'));
	await expect(datasetsB.row('seattle-weather')).toBeVisible();
	await expect(datasetsB.rowCount('seattle-weather')).toHaveText('1,461');
	await appB.navigateTo('Query');
	await expect(queryB.editor).toBeVisible();
	await queryB.expectScalar('SELECT count(*)::VARCHAR FROM seattle_weather', '1461');

	// Rename in A: B shows the new name, and its SQL table follows.
	await appB.navigateTo('Datasets');
	await expect(datasetsB.row('seattle-weather')).toBeVisible();
	await datasets.goto();
	await datasets.open('seattle-weather');
	await datasetDetail.rename('Weather');
	await expect(datasetsB.row('Weather')).toBeVisible();
	await expect(datasetsB.row('seattle-weather')).toHaveCount(0);
	await appB.navigateTo('Query');
	await queryB.expectScalar('SELECT max(temp_max)::VARCHAR FROM weather', '35.6');
	await queryB.run('SELECT count(*) FROM seattle_weather');
	await expect(queryB.error).toContainText('seattle_weather');

	// Delete in A: B drops it from its list and can no longer query it.
	await appB.navigateTo('Datasets');
	await expect(datasetsB.row('Weather')).toBeVisible();
	await datasetDetail.delete();
	await expect(datasetsB.emptyState).toBeVisible();
	await appB.navigateTo('Query');
	await queryB.run('SELECT count(*) FROM weather');
	await expect(queryB.error).toContainText('weather');

	await expect(pageB.locator('html')).toHaveAttribute('data-tab-mark', 'kept');
});
