/**
 * The question box end to end: two imports, a question on the dashboard, another reading
 * chosen, the chosen reading served from the answer cache, and then the same after a reload
 * with the network off (the service worker serves the app). Also: an answer is never served
 * from the cache once the datasets it was asked over changed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, vegaData, waitForServiceWorker } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { AskBox } from './page-models/ask-box';
import { SettingsPage } from './page-models/settings-page';

const PER_MONTH = 'average wind per month';

test('ask, choose another reading, get it back from the cache, and again offline', async ({
	persistent
}) => {
	const { context, page } = persistent;
	const app = new AppShell(page);
	const ask = new AskBox(page);
	const cached = page.getByTestId('answers-cached');
	const hitRate = page.getByTestId('answers-hit-rate');

	await app.goto('/');
	await waitForServiceWorker(page);
	await app.waitForEngine();
	await app.importFile(vegaData('seattle-weather.csv'));
	await app.importFile(vegaData('cars.json'));
	await expect(hitRate).toHaveText('no questions asked yet');

	// Four years of days: "per month" reads as calendar months, 48 of them.
	await ask.ask(PER_MONTH);
	await ask.expectAnswered(PER_MONTH);
	await expect(ask.tier).toHaveText('Answered offline by Quarry');
	await expect(ask.sql).toHaveValue(/date_trunc\('month', "date"\)/);
	await expect(ask.readings).toContainText('by calendar month (each month of each year)');
	await expect(ask.resultSummary).toContainText('48 rows');
	await expect(ask.chart.locator('[role="img"][aria-label]')).toBeVisible();
	await expect(cached).toHaveText('1');
	await expect(hitRate).toHaveText('0 % hit rate');

	// The other reading: the month of the year, all years together.
	await ask.chooseReading(/by calendar month/, 'month of the year (all years together)');
	await expect(ask.backToFirst).toBeVisible();
	await expect(ask.sql).toHaveValue(/month\("date"\) AS "month_of_year"/);
	await expect(ask.resultSummary).toContainText('12 rows');

	// Asked again: the chosen reading, from the cache.
	await ask.ask(PER_MONTH);
	await ask.expectAnswered(PER_MONTH);
	await expect(ask.tier).toHaveText('From the answer cache (first answered offline)');
	await expect(ask.sql).toHaveValue(/"month_of_year"/);
	await expect(ask.resultSummary).toContainText('12 rows');
	await expect(cached).toHaveText('1');
	await expect(hitRate).toHaveText('50 % hit rate');

	// Offline: the service worker serves the app; the cache and the engine still answer.
	await context.setOffline(true);
	await page.reload();
	await app.waitForEngine();
	await ask.ask(PER_MONTH);
	await ask.expectAnswered(PER_MONTH);
	await expect(ask.tier).toHaveText('From the answer cache (first answered offline)');
	await expect(ask.resultSummary).toContainText('12 rows');

	await ask.ask('count of cars by origin');
	await ask.expectAnswered('count of cars by origin');
	await expect(ask.tier).toHaveText('Answered offline by Quarry');
	await expect(ask.sql).toHaveValue(/"cars"/);
	await expect(ask.resultSummary).toContainText('3 rows');
	await expect(cached).toHaveText('2');
	await expect(hitRate).toHaveText('50 % hit rate');

	// Settings count the same: two answers kept, two hits, two misses.
	const settings = new SettingsPage(page);
	await settings.goto();
	await expect(settings.cacheEntries).toHaveText('2');
	await expect(settings.cacheHits).toHaveText('2');
	await expect(settings.cacheMisses).toHaveText('2');
	await expect(settings.cacheHitRate).toHaveText('50 %');
});

test('an answer is not served from the cache once its data changed or a dataset was deleted', async ({
	page,
	app
}) => {
	const ask = new AskBox(page);
	const dir = mkdtempSync(join(tmpdir(), 'quarry-ask-'));
	const file = join(dir, 'sales.csv');
	const question = 'total amount by region';
	try {
		writeFileSync(file, 'region,amount\nnorth,10\nsouth,20\n');
		await app.goto('/');
		await app.waitForEngine();
		await app.importFile(file);
		await app.importFile(vegaData('cars.json'));
		await ask.ask(question);
		await ask.expectAnswered(question);
		await ask.ask(question);
		await ask.expectAnswered(question);
		await expect(ask.tier).toHaveText('From the answer cache (first answered offline)');
		await expect(ask.grid.getByRole('gridcell', { name: '20', exact: true })).toBeVisible();

		// The sales replaced by other figures: asked again, the engine answers over the new rows.
		await deleteDataset(page, 'sales');
		const newer = join(dir, 'sales-new.csv');
		writeFileSync(newer, 'region,amount\nnorth,10\nsouth,99\n');
		await app.importFile(newer);
		await ask.ask(question);
		await ask.expectAnswered(question);
		await expect(ask.tier).toHaveText('Answered offline by Quarry');
		await expect(ask.grid.getByRole('gridcell', { name: '99', exact: true })).toBeVisible();

		// Cars asked about, cached, then the other dataset deleted: the scope changed.
		await ask.ask('count of cars by origin');
		await ask.expectAnswered('count of cars by origin');
		await deleteDataset(page, 'sales-new');
		await ask.ask('count of cars by origin');
		await ask.expectAnswered('count of cars by origin');
		await expect(ask.tier).toHaveText('Answered offline by Quarry');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

async function deleteDataset(page: Page, name: string): Promise<void> {
	await page.evaluate(async (wanted) => {
		const workspace = window.__quarry!.workspace;
		const dataset = workspace.datasets.find((d) => d.name === wanted);
		if (!dataset) throw new Error(`No dataset named ${wanted}`);
		await workspace.deleteDataset(dataset.id);
	}, name);
}
