import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Server and sync, and the header's sync indicator. */
export class SyncSettings {
	readonly page: Page;
	readonly section: Locator;
	/** The header's indicator (absent when signed out). */
	readonly indicator: Locator;
	readonly account: Locator;
	readonly conflicts: Locator;

	constructor(page: Page) {
		this.page = page;
		this.section = page.getByRole('region', { name: 'Server and sync' });
		this.indicator = page.getByRole('status', { name: 'Sync status' });
		this.account = page.getByTestId('sync-account');
		this.conflicts = this.section.getByRole('list', { name: 'Kept versions' });
	}

	/** Open Settings from the navigation (works offline too: no page load). */
	async open() {
		await this.page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Settings', exact: true })
			.click();
		await expect(this.section).toBeVisible();
	}

	/** Fill and submit the signed-out form; `mode` picks Sign in or Create account. */
	async submitAccount(mode: 'sign-in' | 'register', username: string, password: string) {
		await this.section
			.getByRole('radio', {
				name: mode === 'register' ? 'Create a new account' : 'Sign in to an existing account'
			})
			.check();
		await this.section.getByLabel('User name').fill(username);
		await this.section.getByLabel('Password', { exact: true }).fill(password);
		await this.section.getByLabel('Password', { exact: true }).press('Enter');
	}

	async register(username: string, password: string) {
		await this.submitAccount('register', username, password);
		await expect(this.account).toHaveText(username);
	}

	async signIn(username: string, password: string) {
		await this.submitAccount('sign-in', username, password);
		await expect(this.account).toHaveText(username);
	}

	async syncNow() {
		await this.section.getByRole('button', { name: 'Sync now' }).click();
	}

	/** Wait until the indicator says everything is on the server. */
	async expectSynced() {
		await expect(this.indicator).toHaveText('Synced', { timeout: 30_000 });
	}

	/** Download every dataset's data that is only on the server, and wait until it is done. */
	async downloadAll() {
		await this.section
			.getByRole('button', { name: 'Download all datasets for offline use' })
			.click();
		await expect(this.section.getByText('Every dataset’s data is on this device now.')).toBeVisible(
			{ timeout: 30_000 }
		);
	}

	async signOut(options: { removeLocalData: boolean }) {
		const box = this.section.getByRole('checkbox', {
			name: 'Also remove this device’s datasets, queries, charts and contexts'
		});
		await box.setChecked(options.removeLocalData);
		await this.section.getByRole('button', { name: 'Sign out', exact: true }).click();
		await expect(this.section.getByRole('button', { name: 'Sign in' })).toBeVisible();
	}

	async deleteAccount(password: string) {
		await this.section.getByRole('button', { name: 'Delete account…' }).click();
		const dialog = this.page.getByRole('dialog', { name: /^Delete the account/ });
		await dialog.getByLabel('Password').fill(password);
		await dialog.getByRole('button', { name: 'Delete account' }).click();
		await expect(dialog).toBeHidden();
	}

	/** One kept version in the conflict list, by the text it shows (e.g. the old title). */
	conflict(text: string): Locator {
		return this.conflicts.getByRole('listitem').filter({ hasText: text });
	}
}
