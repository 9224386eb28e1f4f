import { expect, type Locator, type Page } from '@playwright/test';

/** /query: the SQL editor, Run/Cancel, errors, and the result grid with its row count. */
export class QueryPage {
	readonly page: Page;
	readonly heading: Locator;
	readonly editor: Locator;
	readonly runButton: Locator;
	readonly cancelButton: Locator;
	readonly running: Locator;
	readonly grid: Locator;
	readonly resultSummary: Locator;
	readonly error: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { name: 'Query', level: 1 });
		this.editor = page.getByRole('textbox', { name: 'SQL', exact: true });
		this.runButton = page.getByRole('button', { name: 'Run', exact: true });
		this.cancelButton = page.getByRole('button', { name: 'Cancel query' });
		this.running = page.getByRole('status').filter({ hasText: 'Running…' });
		this.grid = page.getByRole('grid', { name: 'Query result' });
		this.resultSummary = page.getByTestId('result-summary');
		this.error = page.getByRole('alert').filter({ has: page.getByRole('heading', { level: 2 }) });
	}

	async goto() {
		await this.page.goto('/query');
		await expect(this.editor).toBeVisible();
	}

	async setSql(sql: string) {
		await this.editor.fill(sql);
	}

	/** Type the SQL and press Run. */
	async run(sql: string) {
		await this.setSql(sql);
		await this.runButton.click();
	}

	/** Type the SQL and run it with Ctrl+Enter. */
	async runWithKeyboard(sql: string) {
		await this.setSql(sql);
		await this.editor.press('Control+Enter');
	}

	/** Wait for a result of exactly `rows` rows (shown like "1,000,000 rows"). */
	async expectRowCount(rows: number, options: { timeout?: number } = {}) {
		const text = `${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}`;
		await expect(this.resultSummary.locator('.rows')).toHaveText(text, {
			timeout: options.timeout ?? 60_000
		});
	}

	/** A data cell: `row` is the 0-based result row, `column` the 0-based result column. */
	cell(row: number, column: number): Locator {
		return this.grid
			.locator(`[role="row"][aria-rowindex="${row + 2}"]`)
			.getByRole('gridcell')
			.nth(column);
	}

	/** Run SQL that returns one value and wait until the grid shows `expected` for it. */
	async expectScalar(sql: string, expected: string, options: { timeout?: number } = {}) {
		await this.run(sql);
		await expect(this.cell(0, 0)).toHaveText(expected, { timeout: options.timeout ?? 60_000 });
		await this.expectRowCount(1);
	}
}
