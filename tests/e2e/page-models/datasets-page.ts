import { expect, type Locator, type Page } from '@playwright/test';

/** /datasets: the list of imported datasets with their row counts. */
export class DatasetsPage {
	readonly page: Page;
	readonly list: Locator;
	readonly emptyState: Locator;

	constructor(page: Page) {
		this.page = page;
		this.list = page.getByRole('list', { name: 'Datasets' });
		this.emptyState = page.getByText(/no datasets/i);
	}

	async goto() {
		await this.page.goto('/datasets');
		await expect(this.page.getByRole('heading', { name: 'Datasets', level: 1 })).toBeVisible();
	}

	/** The entry for one dataset (matched by its name, e.g. "seattle_weather"). */
	item(name: string | RegExp): Locator {
		return this.list.getByRole('listitem').filter({ hasText: name });
	}

	items(): Locator {
		return this.list.getByRole('listitem');
	}

	async open(name: string | RegExp) {
		await this.item(name).getByRole('link').first().click();
	}

	/** The names of the datasets in the order the page lists them. */
	async names(): Promise<string[]> {
		return this.items()
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => link.textContent?.trim() ?? ''));
	}
}
