import { expect, type Locator, type Page } from '@playwright/test';

/** /datasets: the table of imported datasets with their row counts. */
export class DatasetsPage {
	readonly page: Page;
	readonly heading: Locator;
	readonly table: Locator;
	readonly emptyState: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { name: 'Datasets', level: 1 });
		this.table = page.getByRole('table', { name: 'Datasets' });
		this.emptyState = page.getByRole('heading', { name: 'No datasets yet' });
	}

	async goto() {
		await this.page.goto('/datasets');
		await expect(this.heading).toBeVisible();
		// The list comes from IndexedDB after the first render: wait until it has loaded.
		await expect(this.table.or(this.emptyState)).toBeVisible();
	}

	/** The name cells of the table, in the order it lists them. */
	nameCells(): Locator {
		return this.rows().getByRole('rowheader');
	}

	/** Data rows of the table (the header row excluded). */
	rows(): Locator {
		return this.table.locator('tbody').getByRole('row');
	}

	/** The row of one dataset, found by its name. */
	row(name: string): Locator {
		return this.rows().filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
	}

	/** The "Rows" cell of a dataset, e.g. "1,461". */
	rowCount(name: string): Locator {
		return this.row(name).getByRole('cell').nth(1);
	}

	async open(name: string) {
		await this.row(name).getByRole('link', { name, exact: true }).click();
	}
}
