import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The frame around every page (navigation, engine status, notices) and the import panel on
 * the home page (file chooser and the queue of imports with progress, cancel and errors).
 */
export class AppShell {
	readonly page: Page;
	readonly nav: Locator;
	readonly engineStatus: Locator;
	readonly fileInput: Locator;
	readonly importQueue: Locator;
	/** Error toasts. */
	readonly alerts: Locator;
	/** Information and success toasts. */
	readonly statuses: Locator;

	constructor(page: Page) {
		this.page = page;
		this.nav = page.getByRole('navigation', { name: 'Main' });
		this.engineStatus = page.getByRole('status', { name: 'Engine status' });
		this.fileInput = page.getByLabel('Choose files');
		this.importQueue = page.getByRole('list', { name: 'Imports' });
		this.alerts = page.locator('.notices [role="alert"]');
		this.statuses = page.locator('.notices [role="status"]');
	}

	/** Open a page and wait for the app to render its frame. */
	async goto(path = '/') {
		await this.page.goto(path);
		await expect(this.nav).toBeVisible();
	}

	/** Wait until DuckDB has started (first start of a fresh profile takes a few seconds). */
	async waitForEngine() {
		await expect(this.engineStatus).toHaveText('Ready', { timeout: 45_000 });
	}

	async navigateTo(name: 'Home' | 'Datasets' | 'Query' | 'Contexts' | 'Gallery' | 'Settings') {
		await this.nav.getByRole('link', { name, exact: true }).click();
	}

	/** Choose files in the home page's file chooser (as if picked in the file dialog). */
	async chooseFiles(paths: string[]) {
		await this.fileInput.setInputFiles(paths);
	}

	/**
	 * Drop files on the current page, as if dragged from the desktop: the page receives
	 * dragenter, dragover and drop events carrying the files' real bytes.
	 */
	async dropFiles(paths: string[]) {
		const files = paths.map((path) => ({
			name: basename(path),
			base64: readFileSync(path).toString('base64')
		}));
		const transfer = await this.page.evaluateHandle((list) => {
			const data = new DataTransfer();
			for (const { name, base64 } of list) {
				const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
				data.items.add(new File([bytes], name));
			}
			return data;
		}, files);
		const target = this.page.locator('main');
		for (const type of ['dragenter', 'dragover', 'drop']) {
			await target.dispatchEvent(type, { dataTransfer: transfer });
		}
	}

	/** The import queue entry of one file. */
	importJob(fileName: string): Locator {
		return this.importQueue.getByRole('listitem', { name: fileName, exact: true });
	}

	importProgress(fileName: string): Locator {
		return this.page.getByRole('progressbar', { name: `Importing ${fileName}` });
	}

	cancelImportButton(fileName: string): Locator {
		return this.page.getByRole('button', { name: `Cancel import of ${fileName}` });
	}

	/** Choose one file and wait until its import has finished successfully. */
	async importFile(path: string, options: { timeout?: number } = {}) {
		const fileName = path.split('/').pop() ?? path;
		await this.chooseFiles([path]);
		await expect(this.importJob(fileName)).toContainText('Imported', {
			timeout: options.timeout ?? 60_000
		});
	}
}
