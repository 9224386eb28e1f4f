import { expect, type Locator, type Page } from '@playwright/test';

/** /datasets/[id]: one dataset's facts, columns, preview, rename and delete. */
export class DatasetDetailPage {
	readonly page: Page;
	readonly heading: Locator;
	readonly renameButton: Locator;
	readonly deleteButton: Locator;
	readonly notFound: Locator;
	/** The table of columns and their profiles. */
	readonly columns: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { level: 1 });
		this.renameButton = page.getByRole('button', { name: 'Rename dataset' });
		this.deleteButton = page.getByRole('button', { name: 'Delete…' });
		this.notFound = page.getByRole('heading', { name: 'Dataset not found' });
		this.columns = page.getByRole('table', { name: 'Columns' });
	}

	/** The value of one fact ("Rows", "Table name", "Format"…). */
	fact(name: string): Locator {
		return this.page
			.locator('dl div')
			.filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
			.locator('dd');
	}

	/** The row of one column (its name is the row's header). */
	column(name: string): Locator {
		return this.columns
			.getByRole('row')
			.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
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
