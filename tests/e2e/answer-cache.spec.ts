import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { DashboardPage } from './page-models/dashboard-page';

const FINGERPRINT = 'c'.repeat(64);

/**
 * Store two answers and ask three times (one hit, two misses) through the app's own answer cache
 * (the question box is not part of this flow). Resolves once the app state exists.
 */
async function seedAnswers(page: Page): Promise<void> {
	await page.waitForFunction(() => window.__quarry !== undefined);
	await page.evaluate(async (fingerprint) => {
		const cache = window.__quarry!.answerCache;
		const scope = { datasets: [{ id: 'seeded', fingerprint }] };
		const answer = (sql: string) => ({
			sql,
			explanation: 'Seeded.',
			confidence: 0.9,
			interpretation: [],
			source: 'offline' as const
		});
		await cache.store('How many rows?', scope, answer('SELECT 1'), ['seeded']);
		await cache.store('Average by month', scope, answer('SELECT 2'), ['seeded']);
		await cache.lookup('how many ROWS', scope);
		await cache.lookup('how many rows in 2020', scope);
		await cache.lookup('something else', scope);
	}, FINGERPRINT);
}

test('settings show the answer cache figures, which survive a reload, and Clear empties it', async ({
	page,
	settings
}) => {
	await settings.goto();
	await expect(settings.cacheEntries).toHaveText('0');
	await expect(settings.cacheHitRate).toHaveText('—');
	await expect(settings.keepDays).toHaveValue('7');
	await expect(settings.keepAnswers).toHaveValue('500');
	await expect(settings.keepMegabytes).toHaveValue('5');

	await seedAnswers(page);
	await expect(settings.cacheEntries).toHaveText('2');
	await expect(settings.cacheHits).toHaveText('1');
	await expect(settings.cacheMisses).toHaveText('2');
	await expect(settings.cacheHitRate).toHaveText('33 %');
	await expect(settings.cacheSize).not.toHaveText('0 B');

	await page.reload();
	await expect(settings.cacheEntries).toHaveText('2');
	await expect(settings.cacheHits).toHaveText('1');
	await expect(settings.cacheMisses).toHaveText('2');

	await settings.clearCache.click();
	await expect(settings.answerCache.getByRole('status')).toHaveText('Answer cache cleared.');
	await expect(settings.cacheEntries).toHaveText('0');
	await expect(settings.cacheHits).toHaveText('0');
	await expect(settings.cacheHitRate).toHaveText('—');
	expect(
		await page.evaluate(() =>
			window.__quarry!.answerCache.lookup('How many rows?', {
				datasets: [{ id: 'seeded', fingerprint: 'c'.repeat(64) }]
			})
		)
	).toBeUndefined();
});

test('answer cache limits are checked, saved and kept', async ({ page, settings }) => {
	await settings.goto();
	await settings.keepAnswers.fill('5');
	await settings.saveLimits.click();
	await expect(settings.answerCache.getByRole('alert')).toHaveText(
		'The number of answers kept must be between 10 and 100,000.'
	);

	await settings.keepDays.fill('2');
	await settings.keepAnswers.fill('50');
	await settings.keepMegabytes.fill('1');
	await settings.saveLimits.click();
	await expect(settings.answerCache.getByRole('status')).toHaveText('Limits saved.');
	await page.reload();
	await expect(settings.keepDays).toHaveValue('2');
	await expect(settings.keepAnswers).toHaveValue('50');
	await expect(settings.keepMegabytes).toHaveValue('1');
});

test('the dashboard shows how many answers are cached and the hit rate', async ({ page }) => {
	const dashboard = new DashboardPage(page);
	await dashboard.goto();
	await expect(page.getByTestId('answers-hit-rate')).toHaveText('no questions asked yet');
	await seedAnswers(page);
	await expect(page.getByTestId('answers-cached')).toHaveText('2');
	await expect(page.getByTestId('answers-hit-rate')).toHaveText('33 % hit rate');
});
