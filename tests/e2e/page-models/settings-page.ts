import { expect, type Locator, type Page } from '@playwright/test';

/** /settings: storage use and persistence, app version. */
export class SettingsPage {
	readonly page: Page;
	readonly heading: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { name: 'Settings', level: 1 });
	}

	async goto() {
		await this.page.goto('/settings');
		await expect(this.heading).toBeVisible();
	}
}
