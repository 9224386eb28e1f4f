import { expect, type Locator, type Page } from '@playwright/test';

/** /settings: storage use and persistence, the engine, the optional LLM endpoint. */
export class SettingsPage {
	readonly page: Page;
	readonly heading: Locator;
	readonly llmSection: Locator;
	readonly llmStatus: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { name: 'Settings', level: 1 });
		this.llmSection = page.getByRole('region', { name: 'Questions and an LLM' });
		this.llmStatus = page.getByTestId('llm-status');
	}

	async goto() {
		await this.page.goto('/settings');
		await expect(this.heading).toBeVisible();
	}

	/** Fill and save the LLM endpoint form. */
	async configureLlm(options: { baseUrl: string; model: string }) {
		const section = this.llmSection;
		await section.getByLabel('Endpoint URL').fill(options.baseUrl);
		await section.getByLabel('Model').fill(options.model);
		await section.getByRole('button', { name: 'Save endpoint' }).click();
	}

	async removeLlm() {
		await this.llmSection.getByRole('button', { name: 'Remove endpoint' }).click();
		await expect(this.llmStatus).toContainText('No endpoint');
	}
}
