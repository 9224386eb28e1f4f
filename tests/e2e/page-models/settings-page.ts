import { expect, type Locator, type Page } from '@playwright/test';

/** /settings: storage use and persistence, the answer cache, the optional LLM endpoint. */
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
	readonly llmSection: Locator;
	readonly llmStatus: Locator;

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
		this.llmSection = page.getByRole('region', { name: 'Questions and an LLM' });
		this.llmStatus = page.getByTestId('llm-status');
	}

	async goto() {
		await this.page.goto('/settings');
		await expect(this.heading).toBeVisible();
	}

	/** Fill and save the LLM endpoint form. */
	async configureLlm(options: { baseUrl: string; model: string; timeoutSeconds?: number }) {
		const section = this.llmSection;
		await section.getByLabel('Endpoint URL').fill(options.baseUrl);
		await section.getByLabel('Model').fill(options.model);
		if (options.timeoutSeconds !== undefined) {
			await section.getByLabel('Time-out in seconds').fill(String(options.timeoutSeconds));
		}
		await section.getByRole('button', { name: 'Save endpoint' }).click();
	}

	async removeLlm() {
		await this.llmSection.getByRole('button', { name: 'Remove endpoint' }).click();
		await expect(this.llmStatus).toContainText('No endpoint');
	}
}
