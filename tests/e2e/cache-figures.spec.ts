/**
 * Issue 9's loose ends end to end: the settings page and the dashboard's Caches card count
 * query results and dataset pages apart; a result reloaded away the moment it is shown is still
 * stored (the next run of the same SQL is a hit); the question box's Ask about select offers a
 * context created in another tab without a reload.
 */
import { salesFile } from './sales-file';
import { expect, test } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { ContextsPage } from './page-models/contexts-page';

const TOTAL = 'SELECT sum(amount)::INTEGER AS total FROM sales';

test('settings and the dashboard card count query results and dataset pages apart', async ({
	page,
	app,
	datasets,
	queryPage
}) => {
	const cached = page.getByTestId('result-cached');
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(salesFile([10, 20, 30]));

	await queryPage.goto();
	await queryPage.expectScalar(TOTAL, '60');
	await queryPage.run(TOTAL);
	await expect(cached).toContainText('From cache');

	// The dataset's page twice: its first rows computed, then from the cache.
	const preview = page.getByRole('grid', { name: 'Preview of sales' });
	for (const mark of [0, 1]) {
		await app.navigateTo('Datasets');
		await datasets.open('sales');
		await expect(preview).toHaveAttribute('aria-rowcount', '4');
		await expect(page.getByTestId('preview-cached')).toHaveCount(mark);
	}

	await app.navigateTo('Settings');
	const row = (kind: string) =>
		Promise.all(
			['hits', 'misses', 'hit-rate'].map((name) =>
				page.getByTestId(`lookups-${kind}-${name}`).textContent()
			)
		);
	await expect.poll(() => row('datasets')).toEqual(['1', '1', '50 %']);
	expect(await row('queries')).toEqual(['1', '1', '50 %']);
	expect(await row('charts')).toEqual(['0', '0', '—']);
	expect(await row('answers')).toEqual(['0', '0', '—']);
	expect(await row('all')).toEqual(['2', '2', '50 %']);
	await expect(page.getByTestId('caches-hit-rate')).toHaveText('50 %');

	// The counts are stored: the dashboard's card shows them after a reload.
	await page.reload();
	await app.navigateTo('Home');
	await expect(page.getByTestId('caches-card-hit-rate')).toHaveText('50 %');
	await expect(page.getByTestId('caches-card-queries')).toContainText('50 % · 1 of 2');
	await expect(page.getByTestId('caches-card-datasets')).toContainText('50 % · 1 of 2');
	await expect(page.getByTestId('caches-card-charts')).toContainText('—');
});

test('a result reloaded away the moment it is shown is still stored', async ({
	page,
	app,
	queryPage
}) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(salesFile([4, 5, 6]));
	await queryPage.goto();

	// Reload from inside the page as soon as the result's summary is in the DOM: the store has
	// at most been started then.
	await page.evaluate(() => {
		const observer = new MutationObserver(() => {
			if (!document.querySelector('[role="grid"][aria-label="Query result"]')) return;
			observer.disconnect();
			location.reload();
		});
		observer.observe(document.body, { childList: true, subtree: true });
	});
	const reloaded = page.waitForEvent('load');
	await queryPage.run(TOTAL);
	await reloaded;

	await app.waitForEngine();
	await queryPage.run(TOTAL);
	await expect(page.getByTestId('result-cached')).toContainText('From cache');
	await expect(queryPage.cell(0, 0)).toHaveText('15');
});

test('the question box offers a context created in another tab, without a reload', async ({
	page,
	context
}) => {
	const app = new AppShell(page);
	await app.goto('/');
	const box = page.getByRole('region', { name: 'Ask' });
	await expect(box.getByLabel('Ask a question about your data')).toBeVisible();
	const select = box.getByRole('combobox', { name: 'Ask about' });
	await expect(select).toHaveCount(0);

	const other = await context.newPage();
	const contexts = new ContextsPage(other);
	await contexts.goto();
	await contexts.create('Flights and airports');

	await expect(select.getByRole('option')).toHaveText(['All datasets', 'Flights and airports']);
	await select.selectOption({ label: 'Flights and airports' });

	await contexts.goto();
	await contexts.create('Orders');
	await expect(select.getByRole('option')).toHaveText([
		'All datasets',
		'Flights and airports',
		'Orders'
	]);
	await expect(select).toHaveValue(/.+/);
	await other.close();
});
