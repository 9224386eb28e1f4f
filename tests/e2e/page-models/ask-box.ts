import { expect, type Locator, type Page } from '@playwright/test';

/** The question box (dashboard and query page): input, answer, reading chips, SQL, refusal. */
export class AskBox {
	readonly page: Page;
	readonly region: Locator;
	readonly input: Locator;
	readonly askButton: Locator;
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

	constructor(page: Page) {
		this.page = page;
		this.region = page.getByRole('region', { name: 'Ask' });
		this.input = page.getByLabel('Ask a question about your data');
		this.askButton = this.region.getByRole('button', { name: 'Ask', exact: true });
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
	}

	/** Type a question and press Enter. */
	async ask(question: string) {
		await this.input.fill(question);
		await this.input.press('Enter');
	}

	/** Wait until the answer ran and its rows show. */
	async expectAnswered(question: string) {
		await expect(this.status).toContainText(`Answered “${question}”`, { timeout: 30_000 });
	}
}
