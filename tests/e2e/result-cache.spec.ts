/**
 * The result cache end to end: a repeated query is shown from the cache with its age and the
 * same rows; "Run again" runs it fresh; a dataset deleted and imported again with new data is
 * never answered from the cache; settings count hits and misses (query results and dataset pages
 * apart) and "Clear caches" empties them; after a reload with the network off the cached result is still shown.
 */
import { salesFile } from './sales-file';
import { expect, test, waitForServiceWorker } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { DatasetDetailPage } from './page-models/dataset-detail-page';
import { DatasetsPage } from './page-models/datasets-page';
import { QueryPage } from './page-models/query-page';

const TOTAL = 'SELECT sum(amount)::INTEGER AS total FROM sales';

test('a repeated query comes from the cache until the data changes; settings count and clear it', async ({
	page,
	app,
	queryPage
}) => {
	const cached = page.getByTestId('result-cached');
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(salesFile([10, 20, 30]));

	await queryPage.goto();
	await queryPage.expectScalar(TOTAL, '60');
	await expect(cached).toHaveCount(0);
	await queryPage.run(`select sum(amount)::INTEGER as total\n  from sales;`);
	await expect(cached).toContainText('From cache · under a minute old');
	await expect(queryPage.cell(0, 0)).toHaveText('60');

	await cached.getByRole('button', { name: 'Run again' }).click();
	await expect(cached).toHaveCount(0);
	await expect(queryPage.cell(0, 0)).toHaveText('60');

	// Delete the dataset and import new data under the same name: never the old total.
	const datasets = new DatasetsPage(page);
	await datasets.goto();
	await datasets.open('sales');
	await new DatasetDetailPage(page).delete();
	await expect(datasets.emptyState).toBeVisible();
	await app.goto('/');
	await app.importFile(salesFile([1, 2]));
	await queryPage.goto();
	await queryPage.expectScalar(TOTAL, '3');
	await expect(cached).toHaveCount(0);
	await queryPage.run(TOTAL);
	await expect(cached).toBeVisible();
	await expect(queryPage.cell(0, 0)).toHaveText('3');

	// A hit's count waits in memory a moment before it is written (at the latest when the page
	// is hidden); the settings page shows it meanwhile and follows the counts live.
	await app.navigateTo('Settings');
	const results = page.getByRole('region', { name: 'Result cache' });
	// The result's chart (drawn above the grid) goes through the cache too, uncounted (it is part
	// of its result): its statistics and its own query may be stored beside the result. The
	// dataset page opened to delete it looked up its first rows: a dataset page's miss.
	const figures = () =>
		Promise.all(
			['hits', 'misses', 'hit-rate'].map((name) =>
				results.getByTestId(`result-cache-${name}`).textContent()
			)
		);
	await expect.poll(figures).toEqual(['2', '3', '40 %']);
	const lookups = (kind: string) =>
		Promise.all(
			['hits', 'misses', 'hit-rate'].map((name) =>
				page.getByTestId(`lookups-${kind}-${name}`).textContent()
			)
		);
	expect(await lookups('queries')).toEqual(['2', '2', '50 %']);
	expect(await lookups('datasets')).toEqual(['0', '1', '0 %']);
	expect(await lookups('charts')).toEqual(['0', '0', '—']);
	const entries = async () =>
		Number(await results.getByTestId('result-cache-entries').textContent());
	await expect.poll(entries).toBeGreaterThanOrEqual(1);
	expect(await entries()).toBeLessThanOrEqual(4);
	await page.getByRole('button', { name: 'Clear caches' }).click();
	await expect(page.getByRole('region', { name: 'Caches' }).getByRole('status').first()).toHaveText(
		'Caches cleared.'
	);
	await expect(results.getByTestId('result-cache-entries')).toHaveText('0');
	await expect(results.getByTestId('result-cache-hits')).toHaveText('0');
	await expect(page.getByTestId('caches-hit-rate')).toHaveText('—');

	await queryPage.goto();
	await queryPage.expectScalar(TOTAL, '3');
	await expect(cached).toHaveCount(0);
});

test('a cached result is shown after a reload with the network off', async ({ persistent }) => {
	const { context, page } = persistent;
	const app = new AppShell(page);
	const queryPage = new QueryPage(page);
	await app.goto('/');
	await waitForServiceWorker(page);
	await app.waitForEngine();
	await app.importFile(salesFile([4, 5]));
	await queryPage.goto();
	await queryPage.expectScalar(TOTAL, '9');

	await context.setOffline(true);
	await page.reload();
	await app.waitForEngine();
	await queryPage.run(TOTAL);
	await expect(page.getByTestId('result-cached')).toContainText('From cache');
	await expect(queryPage.cell(0, 0)).toHaveText('9');
});
