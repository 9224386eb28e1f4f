import { expect, type Locator, type Page } from '@playwright/test';

/** /settings: storage use, persistence, app version. */
export class SettingsPage {
	readonly page: Page;
	readonly storageUsage: Locator;

	constructor(page: Page) {
		this.page = page;
		this.storageUsage = page.getByText(/storage/i).first();
	}

	async goto() {
		await this.page.goto('/settings');
		await expect(this.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
	}
}
