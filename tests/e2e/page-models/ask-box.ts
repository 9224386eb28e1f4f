import { expect, type Locator, type Page } from '@playwright/test';

/** The question box (dashboard and query page): input, answer, reading chips, SQL, refusal. */
export class AskBox {
	readonly page: Page;
	readonly region: Locator;
	readonly input: Locator;
	readonly askButton: Locator;
	readonly cancel: Locator;
	readonly askLlm: Locator;
	readonly status: Locator;
	readonly tier: Locator;
	readonly confidence: Locator;
	readonly readings: Locator;
	readonly sql: Locator;
	readonly runSql: Locator;
	readonly openInEditor: Locator;
	readonly refusal: Locator;
	readonly unknownWords: Locator;
	readonly suggestedQuestions: Locator;
	readonly earlier: Locator;
	readonly earlierToggle: Locator;
	readonly grid: Locator;
	readonly resultSummary: Locator;
	readonly chart: Locator;
	/** "Back to the first reading", shown while another reading is chosen. */
	readonly backToFirst: Locator;

	constructor(page: Page) {
		this.page = page;
		this.region = page.getByRole('region', { name: 'Ask' });
		this.input = page.getByLabel('Ask a question about your data');
		this.askButton = this.region.getByRole('button', { name: 'Ask', exact: true });
		this.cancel = this.region.getByRole('button', { name: 'Cancel', exact: true });
		this.askLlm = this.region.getByRole('button', { name: 'Ask the LLM' });
		this.status = this.region.locator('p.status');
		this.tier = page.getByTestId('answer-tier');
		this.confidence = page.getByTestId('answer-confidence');
		this.readings = page.getByRole('list', { name: 'How the question was read' });
		this.sql = this.region.getByRole('textbox', { name: /^Answer SQL/ });
		this.runSql = this.region.getByRole('button', { name: 'Run this SQL' });
		this.openInEditor = this.region.getByRole('link', { name: 'Open in the editor' });
		this.refusal = this.region.getByRole('region', { name: /Quarry could not answer/ });
		this.unknownWords = page.getByTestId('unknown-words');
		this.suggestedQuestions = page
			.getByRole('list', { name: 'Suggested questions' })
			.getByRole('button');
		this.earlier = page.getByRole('list', { name: 'Earlier questions' });
		this.earlierToggle = this.region.locator('summary', { hasText: 'Earlier questions' });
		this.grid = this.region.getByRole('grid', { name: 'Query result' });
		this.resultSummary = this.region.getByTestId('result-summary');
		this.chart = this.region.getByRole('region', { name: 'Chart' });
		this.backToFirst = this.region.getByRole('button', { name: 'Back to the first reading' });
	}

	/** Type a question and press Enter. */
	async ask(question: string) {
		await this.input.fill(question);
		await this.input.press('Enter');
	}

	/** Open the reading chip whose meaning matches `reading` and choose `other` instead. */
	async chooseReading(reading: string | RegExp, other: string) {
		await this.readings.getByRole('button', { name: reading }).click();
		await this.readings
			.getByRole('list', { name: 'Other readings' })
			.getByRole('button', { name: other })
			.click();
	}

	/** Wait until the answer ran and its rows show. */
	async expectAnswered(question: string) {
		await expect(this.status).toContainText(`Answered “${question}”`, { timeout: 30_000 });
	}
}
