import { expect, type Locator, type Page } from '@playwright/test';
import type { ChartDraft } from '../../../src/lib/core/charts/types';

/** A chart to save through the app's own state; title and SQL are what a test varies. */
export function chartDraft(overrides: Partial<ChartDraft> & Pick<ChartDraft, 'title'>): ChartDraft {
	return {
		description: '',
		spec: {
			$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
			mark: 'bar',
			encoding: {
				x: { field: 'kind', type: 'nominal' },
				y: { field: 'n', type: 'quantitative' }
			}
		},
		sql: 'SELECT 1 AS n',
		datasetIds: [],
		...overrides
	};
}

/** /gallery: saved charts as cards, with search, sort and per-chart actions. */
export class GalleryPage {
	readonly page: Page;
	readonly heading: Locator;
	readonly grid: Locator;
	readonly emptyState: Locator;
	readonly search: Locator;
	readonly sort: Locator;
	/** The chart on a chart's page (or with a query result), and its drawn bars. */
	readonly chart: Locator;
	readonly bars: Locator;

	constructor(page: Page) {
		this.page = page;
		this.heading = page.getByRole('heading', { name: 'Gallery', level: 1 });
		this.grid = page.getByRole('list', { name: 'Saved charts' });
		this.emptyState = page.getByRole('heading', { name: 'No saved charts yet' });
		this.search = page.getByRole('searchbox', { name: 'Search charts' });
		this.sort = page.getByRole('combobox', { name: 'Sort' });
		this.chart = page.getByRole('main').getByRole('region', { name: 'Chart', exact: true });
		this.bars = this.chart.locator('svg g.mark-rect > path');
	}

	async goto() {
		await this.page.goto('/gallery');
		await expect(this.heading).toBeVisible();
		await expect(this.grid.or(this.emptyState)).toBeVisible();
	}

	/** Save a chart in this page's app state, as the chart builder does; returns its id. */
	async seed(draft: ChartDraft): Promise<string> {
		return this.page.evaluate(async (chart) => {
			const gallery = window.__quarry?.gallery;
			if (!gallery) throw new Error('window.__quarry.gallery is missing');
			const outcome = await gallery.save(chart);
			if (!outcome.ok) throw new Error(outcome.message);
			return outcome.id;
		}, draft);
	}

	/** The id of a dataset in this page's workspace, by its display name. */
	async datasetId(name: string): Promise<string> {
		return this.page.evaluate((wanted) => {
			const dataset = window.__quarry?.workspace.datasets.find((d) => d.name === wanted);
			if (!dataset) throw new Error(`No dataset named ${wanted}`);
			return dataset.id;
		}, name);
	}

	/** The card of one chart, by its exact title. */
	card(title: string): Locator {
		return this.grid.getByRole('article', { name: title, exact: true });
	}

	/** The chart titles in the order the grid shows them. */
	titles(): Locator {
		return this.grid.getByRole('article').getByRole('heading', { level: 2 });
	}

	/** The thumbnail picture on a chart's card (decorative: it has no accessible name). */
	thumbnail(title: string): Locator {
		return this.card(title).locator('img');
	}

	async duplicate(title: string) {
		await this.card(title)
			.getByRole('button', { name: `Duplicate ${title}`, exact: true })
			.click();
	}

	async rename(title: string, newTitle: string) {
		await this.card(title)
			.getByRole('button', { name: `Rename ${title}`, exact: true })
			.click();
		const dialog = this.page.getByRole('dialog', { name: 'Rename chart' });
		await dialog.getByRole('textbox', { name: 'Title' }).fill(newTitle);
		await dialog.getByRole('button', { name: 'Save' }).click();
	}

	async delete(title: string) {
		await this.card(title)
			.getByRole('button', { name: `Delete ${title}`, exact: true })
			.click();
		const dialog = this.page.getByRole('dialog', { name: 'Delete chart?' });
		await dialog.getByRole('button', { name: 'Delete' }).click();
		await expect(dialog).toBeHidden();
	}

	async open(title: string) {
		await this.card(title).getByRole('link', { name: title, exact: true }).click();
	}
}
