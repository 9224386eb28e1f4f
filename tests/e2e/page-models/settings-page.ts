import { expect, type Locator, type Page } from '@playwright/test';

/** /settings: storage use and persistence, the answer cache, app version. */
export class SettingsPage {
	readonly page: Page;
	readonly heading: Locator;
	readonly answerCache: Locator;
	readonly cacheEntries: Locator;
	readonly cacheSize: Locator;
	readonly cacheHits: Locator;
	readonly cacheMisses: Locator;
	readonly cacheHitRate: Locator;
	readonly keepDays: Locator;
	readonly keepAnswers: Locator;
	readonly keepMegabytes: Locator;
	readonly saveLimits: Locator;
	readonly clearCache: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { name: 'Settings', level: 1 });
		this.answerCache = page.getByRole('region', { name: 'Answer cache' });
		this.cacheEntries = page.getByTestId('answer-cache-entries');
		this.cacheSize = page.getByTestId('answer-cache-size');
		this.cacheHits = page.getByTestId('answer-cache-hits');
		this.cacheMisses = page.getByTestId('answer-cache-misses');
		this.cacheHitRate = page.getByTestId('answer-cache-hit-rate');
		this.keepDays = this.answerCache.getByLabel('Keep answers for (days)');
		this.keepAnswers = this.answerCache.getByLabel('Keep at most (answers)');
		this.keepMegabytes = this.answerCache.getByLabel('Use at most (MB)');
		this.saveLimits = this.answerCache.getByRole('button', { name: 'Save limits' });
		this.clearCache = this.answerCache.getByRole('button', { name: 'Clear answer cache' });
	}

	async goto() {
		await this.page.goto('/settings');
		await expect(this.heading).toBeVisible();
	}
}
