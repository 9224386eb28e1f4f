import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every page: navigation, file import, progress, notices, engine status. */
export class AppShell {
	readonly page: Page;
	readonly nav: Locator;
	readonly fileInput: Locator;
	readonly importProgress: Locator;
	readonly cancelImportButton: Locator;
	readonly engineStatus: Locator;
	readonly alerts: Locator;
	readonly notices: Locator;

	constructor(page: Page) {
		this.page = page;
		this.nav = page.getByRole('navigation', { name: 'Main' });
		this.fileInput = page.getByLabel('Choose files').first();
		this.importProgress = page.getByRole('progressbar', { name: /^Importing/ });
		this.cancelImportButton = page.getByRole('button', { name: /^Cancel import/ });
		this.engineStatus = page.getByLabel('Engine status');
		this.alerts = page.getByRole('alert');
		this.notices = page.locator('[role="alert"], [role="status"]');
	}

	async goto(path = '/') {
		await this.page.goto(path);
		await expect(this.nav).toBeVisible();
	}

	/** Wait until the engine (DuckDB) has started. */
	async waitForEngine() {
		await expect(this.engineStatus).toContainText(/ready/i, { timeout: 30_000 });
	}

	async navigateTo(name: 'Datasets' | 'Query' | 'Settings' | 'Home') {
		await this.nav.getByRole('link', { name }).click();
	}

	/** Choose files in the file picker (same as picking them in the dialog). */
	async chooseFiles(paths: string[]) {
		await this.fileInput.setInputFiles(paths);
	}

	/** A notice (error or status) containing the text. */
	notice(text: string | RegExp): Locator {
		return this.notices.filter({ hasText: text });
	}
}
