import { expect, type Locator, type Page } from '@playwright/test';

/** /contexts (the list) and /contexts/[id] (the editor). */
export class ContextsPage {
	readonly page: Page;
	readonly heading: Locator;
	readonly list: Locator;
	readonly newButton: Locator;
	readonly dialog: Locator;
	readonly nameInput: Locator;
	readonly dialogError: Locator;
	/** Editor. */
	readonly datasets: Locator;
	readonly addDatasetSelect: Locator;
	readonly suggestions: Locator;
	readonly relations: Locator;
	readonly relationNumbers: Locator;
	readonly findings: Locator;
	readonly metrics: Locator;
	readonly metricForm: Locator;
	readonly askLink: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { level: 1 });
		this.list = page.getByRole('list', { name: 'Saved contexts' });
		this.newButton = page.getByRole('button', { name: 'New context' }).first();
		this.dialog = page.getByRole('dialog');
		this.nameInput = this.dialog.getByLabel('Name');
		this.dialogError = this.dialog.getByRole('alert');
		this.datasets = page.getByRole('list', { name: 'Datasets in this context' });
		this.addDatasetSelect = page.getByLabel('Add a dataset');
		this.suggestions = page.getByRole('list', { name: 'Join suggestions' });
		this.relations = page.getByRole('list', { name: 'Relations' });
		this.relationNumbers = page.getByTestId('relation-numbers');
		this.findings = page.getByRole('list', { name: 'Findings' });
		this.metrics = page.getByRole('list', { name: 'Metrics' });
		this.metricForm = page.getByRole('form', { name: /^(Add a metric|Change metric)/ });
		this.askLink = page.getByRole('link', { name: 'Ask about this context' });
	}

	async goto() {
		await this.page.goto('/contexts');
		await expect(this.heading).toHaveText('Contexts');
	}

	item(name: string): Locator {
		return this.list
			.getByRole('listitem')
			.filter({ has: this.page.getByRole('link', { name, exact: true }) });
	}

	/** Create a context from the list page; the editor opens. */
	async create(name: string) {
		await this.newButton.click();
		await this.nameInput.fill(name);
		await this.dialog.getByRole('button', { name: 'Create' }).click();
		await expect(this.heading).toHaveText(name);
	}

	async rename(from: string, to: string) {
		await this.page.getByRole('button', { name: `Rename ${from}` }).click();
		await this.nameInput.fill(to);
		await this.dialog.getByRole('button', { name: 'Save' }).click();
	}

	async remove(name: string) {
		await this.page.getByRole('button', { name: `Delete ${name}` }).click();
		await this.dialog.getByRole('button', { name: 'Delete' }).click();
	}

	async addDataset(name: string) {
		await this.addDatasetSelect.selectOption({ label: name });
		await this.page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect(this.datasets).toContainText(name);
	}

	async addMetric(metric: { name: string; expression: string; dataset: string }) {
		await this.metricForm.getByLabel('Metric name').fill(metric.name);
		await this.metricForm.getByLabel('Dataset').selectOption({ label: metric.dataset });
		await this.metricForm.getByLabel('SQL aggregate expression').fill(metric.expression);
		await this.metricForm.getByRole('button', { name: 'Add metric' }).click();
	}
}
