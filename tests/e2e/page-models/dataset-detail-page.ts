import { expect, type Locator, type Page } from '@playwright/test';

/** /datasets/[id]: one dataset's schema, row count, rename and delete. */
export class DatasetDetailPage {
	readonly page: Page;
	readonly heading: Locator;
	readonly rowCount: Locator;
	readonly renameButton: Locator;
	readonly deleteButton: Locator;
	readonly columns: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { level: 1 });
		this.rowCount = page.getByText(/[\d,]+ rows?/).first();
		this.renameButton = page.getByRole('button', { name: 'Rename' });
		this.deleteButton = page.getByRole('button', { name: 'Delete' });
		this.columns = page.getByRole('table', { name: 'Columns' });
	}

	async rename(newName: string) {
		await this.renameButton.click();
		const input = this.page.getByRole('textbox', { name: /name/i });
		await input.fill(newName);
		await input.press('Enter');
		await expect(this.heading).toContainText(newName);
	}

	async delete() {
		await this.deleteButton.click();
		await this.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	}
}
