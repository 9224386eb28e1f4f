import { expect, type Locator, type Page } from '@playwright/test';

/** /datasets/[id]: one dataset's facts, columns, preview, rename and delete. */
export class DatasetDetailPage {
	readonly page: Page;
	readonly heading: Locator;
	readonly renameButton: Locator;
	readonly deleteButton: Locator;
	readonly notFound: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { level: 1 });
		this.renameButton = page.getByRole('button', { name: 'Rename dataset' });
		this.deleteButton = page.getByRole('button', { name: 'Delete…' });
		this.notFound = page.getByRole('heading', { name: 'Dataset not found' });
	}

	/** The value of one fact ("Rows", "Table name", "Format"…). */
	fact(name: string): Locator {
		return this.page
			.locator('dl div')
			.filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
			.locator('dd');
	}

	async rename(newName: string) {
		await this.renameButton.click();
		const input = this.page.getByRole('textbox', { name: 'Dataset name' });
		await input.fill(newName);
		await input.press('Enter');
		await expect(this.heading).toHaveText(newName);
	}

	async delete() {
		await this.deleteButton.click();
		await this.page.getByRole('dialog').getByRole('button', { name: 'Delete dataset' }).click();
	}
}
