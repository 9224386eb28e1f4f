import { expect, type Locator, type Page } from '@playwright/test';

/** The home page: overview cards, recent lists, insights, usage, activity and first steps. */
export class DashboardPage {
	readonly page: Page;
	readonly trySamples: Locator;
	readonly datasetsCount: Locator;
	readonly datasetsSize: Locator;
	readonly queriesToday: Locator;
	readonly queriesAll: Locator;
	readonly medianTime: Locator;
	readonly recentQueries: Locator;
	readonly chartsCount: Locator;
	readonly recentCharts: Locator;
	readonly insights: Locator;
	readonly activity: Locator;
	readonly activityPage: Locator;
	readonly olderActivity: Locator;
	readonly newerActivity: Locator;
	readonly suggestions: Locator;
	readonly galleryAction: Locator;
	/** The queries-per-day chart (role img, named by its description) and its drawn bars. */
	readonly usageChart: Locator;
	readonly usageBars: Locator;

	constructor(page: Page) {
		this.page = page;
		this.trySamples = page
			.getByRole('main')
			.getByRole('button', { name: 'Try sample data' })
			.first();
		this.datasetsCount = page.getByTestId('datasets-count');
		this.datasetsSize = page.getByTestId('datasets-size');
		this.queriesToday = page.getByTestId('queries-today');
		this.queriesAll = page.getByTestId('queries-all');
		this.medianTime = page.getByTestId('median-time');
		this.recentQueries = page.getByRole('region', { name: 'Recent queries' });
		this.chartsCount = page.getByTestId('charts-count');
		this.recentCharts = page.getByRole('list', { name: 'Recent charts' });
		this.insights = page.getByRole('list', { name: 'Insights' });
		this.activity = page.getByRole('list', { name: 'Activity' });
		this.activityPage = page.getByTestId('activity-page');
		this.olderActivity = page.getByRole('button', { name: 'Older' });
		this.newerActivity = page.getByRole('button', { name: 'Newer' });
		this.suggestions = page.getByRole('region', { name: /Suggested queries/ });
		this.galleryAction = page
			.getByRole('navigation', { name: 'Quick actions' })
			.getByRole('link', { name: 'Browse the gallery' });
		this.usageChart = page
			.getByRole('region', { name: 'Usage' })
			.locator('[role="img"][aria-label^="Bar chart of queries"]');
		this.usageBars = this.usageChart.locator('svg g.mark-rect.role-mark > path');
	}

	async goto() {
		await this.page.goto('/');
		await expect(
			this.page.getByRole('heading', { name: 'Your data, on this device' })
		).toBeVisible();
	}

	/**
	 * Go home with the app's own navigation: unlike a page load, it never cuts short a write that
	 * is still under way (a query's history and activity entries are written after its result shows).
	 */
	async navigate() {
		await this.page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Home', exact: true })
			.click();
		await expect(
			this.page.getByRole('heading', { name: 'Your data, on this device' })
		).toBeVisible();
	}

	/** One entry of the activity feed: 0 is the newest on the page shown. */
	activityEntry(index: number): Locator {
		return this.activity.getByRole('listitem').nth(index);
	}

	/** The activity entry (on the page shown) whose summary contains `text`. */
	activityWith(text: string): Locator {
		return this.activity.getByRole('listitem').filter({ hasText: text });
	}

	/** The re-run link of a recent query, by its SQL. */
	rerun(sql: string): Locator {
		return this.recentQueries.getByRole('link', { name: `Run again: ${sql}` });
	}
}
