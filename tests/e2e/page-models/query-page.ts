import { expect, type Locator, type Page } from '@playwright/test';

/** /query: SQL editor, Run/Cancel, the result grid and its row count. */
export class QueryPage {
	readonly page: Page;
	readonly editor: Locator;
	readonly runButton: Locator;
	readonly cancelButton: Locator;
	readonly grid: Locator;
	readonly resultSummary: Locator;
	readonly error: Locator;

	constructor(page: Page) {
		this.page = page;
		this.editor = page.getByRole('textbox', { name: /SQL/ });
		this.runButton = page.getByRole('button', { name: 'Run', exact: true });
		this.cancelButton = page.getByRole('button', { name: 'Cancel', exact: true });
		this.grid = page.getByRole('grid');
		this.resultSummary = page.getByRole('status').filter({ hasText: /rows?\b/ });
		this.error = page.getByRole('alert').filter({ hasText: /error|not|expected/i });
	}

	async goto() {
		await this.page.goto('/query');
		await expect(this.editor).toBeVisible();
	}

	async setSql(sql: string) {
		await this.editor.fill(sql);
	}

	/** Type the SQL and run it with the Run button. */
	async run(sql: string) {
		await this.setSql(sql);
		await this.runButton.click();
	}

	/** Type the SQL and run it with Ctrl+Enter. */
	async runWithKeyboard(sql: string) {
		await this.setSql(sql);
		await this.editor.press('Control+Enter');
	}

	/** Wait for a result whose summary mentions `rows` rows (formatted, e.g. "1,000,000 rows"). */
	async expectRowCount(rows: number) {
		const formatted = rows.toLocaleString('en-US');
		await expect(this.resultSummary).toContainText(
			new RegExp(`\\b${formatted} rows?\\b`),
			{ timeout: 60_000 }
		);
	}

	/** Text of a result cell (0-based data row, 0-based column). */
	cell(row: number, column: number): Locator {
		return this.grid
			.getByRole('row')
			.nth(row + 1)
			.getByRole('gridcell')
			.nth(column);
	}

	/** Run SQL that returns one value and return the value as the grid shows it. */
	async scalar(sql: string): Promise<string> {
		await this.run(sql);
		await this.expectRowCount(1);
		return ((await this.cell(0, 0).textContent()) ?? '').trim();
	}
}
