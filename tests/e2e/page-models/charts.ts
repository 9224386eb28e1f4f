import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The chart with a query result: Table / Chart switch, the chart, suggestions, builder, exports. */
export class ChartsPanel {
	readonly page: Page;
	readonly tableButton: Locator;
	readonly chartButton: Locator;
	readonly region: Locator;
	/** The drawn chart (role img, named by its description). */
	readonly chart: Locator;
	readonly svg: Locator;
	/** Drawn marks (bars, points, lines, areas…), not axes or legends. */
	readonly marks: Locator;
	readonly reason: Locator;
	readonly suggestions: Locator;
	readonly noChart: Locator;
	readonly exports: Locator;
	readonly markSelect: Locator;
	/** The side panel with the suggestions and the builder, and their open/close toggles. */
	readonly options: Locator;
	readonly suggestionsToggle: Locator;
	readonly builderToggle: Locator;
	/** The titles of the drawn chart's axes. */
	readonly axisTitles: Locator;
	readonly saveButton: Locator;
	readonly saveDialog: Locator;

	constructor(page: Page) {
		this.page = page;
		const switcher = page.getByRole('group', { name: 'Show result as' });
		this.tableButton = switcher.getByRole('button', { name: 'Table' });
		this.chartButton = switcher.getByRole('button', { name: 'Chart' });
		this.region = page.getByRole('region', { name: 'Chart' });
		this.chart = this.region.locator('[role="img"][aria-label]');
		this.svg = this.chart.locator('svg').first();
		this.marks = this.svg.locator('g.role-mark > *');
		this.reason = page.getByTestId('chart-reason');
		this.suggestions = page.getByRole('list', { name: 'Suggested charts' }).getByRole('button');
		this.noChart = this.region.getByRole('heading', { name: 'No chart fits this result' });
		this.exports = page.getByRole('group', { name: 'Export chart' });
		this.markSelect = this.region.getByLabel('Mark');
		this.options = page.getByRole('complementary', { name: 'Chart options' });
		this.suggestionsToggle = this.options.locator('summary', { hasText: /^Suggestions/ });
		this.builderToggle = this.options.locator('summary', { hasText: 'Edit chart' });
		this.axisTitles = this.svg.locator('g.role-axis-title text');
		this.saveButton = page.getByRole('button', { name: 'Save to gallery' });
		this.saveDialog = page.getByRole('dialog', { name: 'Save to gallery' });
	}

	/** The builder's field select of a channel ('X', 'Y', 'Colour', 'Size', 'Shape', 'Facet'). */
	field(channel: string): Locator {
		return this.region.getByLabel(`${channel} field`, { exact: true });
	}

	option(channel: string, what: 'aggregate' | 'time unit' | 'sort' | 'stack'): Locator {
		return this.region.getByLabel(`${channel} ${what}`, { exact: true });
	}

	/** Wait until a chart with at least one mark is drawn and nothing is loading. */
	async expectDrawn() {
		await expect(this.region.getByRole('figure')).toHaveAttribute('aria-busy', 'false', {
			timeout: 30_000
		});
		await expect(this.marks.first()).toBeAttached({ timeout: 30_000 });
	}

	/** The accessible description of the drawn chart. */
	async description(): Promise<string> {
		return (await this.chart.getAttribute('aria-label')) ?? '';
	}

	/** Save the chart shown to the gallery with this title and description. */
	async saveToGallery(title: string, description: string) {
		await this.saveButton.click();
		await this.saveDialog.getByRole('textbox', { name: 'Title' }).fill(title);
		await this.saveDialog.getByRole('textbox', { name: 'Description' }).fill(description);
		await this.saveDialog.getByRole('button', { name: 'Save' }).click();
		await expect(this.saveDialog).toBeHidden();
	}

	/** Click an export button and return the downloaded file's name and bytes. */
	async download(name: 'PNG' | 'SVG' | 'Data (CSV)' | 'Download spec') {
		const [download] = await Promise.all([
			this.page.waitForEvent('download'),
			this.exports.getByRole('button', { name, exact: true }).click()
		]);
		const path = await download.path();
		return { fileName: download.suggestedFilename(), bytes: await readFile(path) };
	}
}
