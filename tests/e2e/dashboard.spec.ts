import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppShell } from './page-models/app-shell';
import { ChartsPanel } from './page-models/charts';
import { DashboardPage } from './page-models/dashboard-page';
import { QueryPage } from './page-models/query-page';
import { docScreenshot, isTakingDocScreenshots } from './doc-screenshots';
import { expect, test, waitForServiceWorker } from './fixtures';

/** Two small CSVs: `people` has a mostly empty `nickname`; both share `team_id` (BIGINT). */
function writeFiles(): { people: string; teams: string } {
	const dir = mkdtempSync(join(tmpdir(), 'quarry-dashboard-'));
	const people = ['person_id,team_id,nickname'];
	for (let i = 1; i <= 10; i++) people.push(`${i},${(i % 3) + 1},${i === 1 ? 'Ace' : ''}`);
	const teams = ['team_id,team_name', '1,Red', '2,Green', '3,Blue'];
	const paths = { people: join(dir, 'people.csv'), teams: join(dir, 'teams.csv') };
	writeFileSync(paths.people, people.join('\n'));
	writeFileSync(paths.teams, teams.join('\n'));
	return paths;
}

test('the cards count imports and queries, a recent query re-runs in one click, insights and activity pages show', async ({
	page,
	app,
	queryPage
}) => {
	const dashboard = new DashboardPage(page);
	const files = writeFiles();
	await app.goto('/');
	await app.waitForEngine();
	await expect(dashboard.datasetsCount).toHaveText('0');
	await app.importFile(files.people);
	await app.importFile(files.teams);
	await expect(dashboard.datasetsCount).toHaveText('2');
	await expect(dashboard.datasetsSize).not.toHaveText('0 B on disk');

	await expect(dashboard.insights.getByText('nickname in people is 90% empty')).toBeVisible();
	await expect(dashboard.insights.getByText('teams and people share a column')).toBeVisible();

	await queryPage.goto();
	for (let i = 1; i <= 9; i++) await queryPage.expectScalar(`SELECT ${i} AS n`, String(i));
	await queryPage.expectScalar('SELECT count(*) AS n FROM people', '10');

	await dashboard.navigate();
	await expect(dashboard.queriesToday).toHaveText('10');
	await expect(dashboard.queriesAll).toHaveText('10 all time');
	await expect(dashboard.medianTime).not.toHaveText('—');
	await expect(
		dashboard.insights.getByText('9 runs of one query with 9 different values')
	).toBeVisible();

	// 2 imports + 10 queries: two pages of ten.
	await expect(dashboard.activityPage).toHaveText('Page 1 of 2');
	await expect(dashboard.activity.getByRole('listitem')).toHaveCount(10);
	await expect(dashboard.activity.getByRole('listitem').first()).toContainText('FROM people');
	await dashboard.olderActivity.click();
	await expect(dashboard.activityPage).toHaveText('Page 2 of 2');
	await expect(dashboard.activity.getByRole('listitem')).toHaveCount(2);
	await expect(dashboard.activity.getByRole('listitem').last()).toContainText(
		'Imported people.csv'
	);

	await dashboard.rerun('SELECT count(*) AS n FROM people').click();
	await expect(queryPage.cell(0, 0)).toHaveText('10', { timeout: 60_000 });
	await dashboard.navigate();
	await expect(dashboard.queriesAll).toHaveText('11 all time');
});

test('first run: sample data, a suggested query, the query runs and its chart is drawn', async ({
	page,
	app
}) => {
	const dashboard = new DashboardPage(page);
	const queryPage = new QueryPage(page);
	const charts = new ChartsPanel(page);
	await app.goto('/');
	await dashboard.trySamples.click(); // 1
	await expect(dashboard.datasetsCount).toHaveText('2', { timeout: 60_000 });
	const suggestion = dashboard.suggestions.getByRole('link').first();
	await expect(suggestion).toBeVisible();
	await suggestion.click(); // 2: the query page opens and runs it (3)
	await expect(queryPage.heading).toBeVisible();
	await expect(queryPage.grid).toBeVisible({ timeout: 60_000 });
	await expect(queryPage.resultSummary).toContainText('rows');
	// The result comes with the recommended chart, drawn with marks, above the grid.
	await charts.expectDrawn();
	await expect(charts.chartButton).toHaveAttribute('aria-pressed', 'true');
	await expect(charts.reason).toContainText('Recommended:');
	await expect(charts.marks.first()).toBeVisible();
});

test('a saved chart shows with its thumbnail, opens in the gallery, and its renames and delete show in the activity', async ({
	page,
	app,
	queryPage,
	charts,
	gallery
}) => {
	const dashboard = new DashboardPage(page);
	await app.goto('/');
	await dashboard.trySamples.click();
	await expect(dashboard.datasetsCount).toHaveText('2', { timeout: 60_000 });

	// One query run three times, and the same query with other values: two insights.
	await queryPage.goto();
	await app.waitForEngine();
	const bySpecies = (species: string) =>
		`SELECT count(*) AS n FROM penguins WHERE "Species" = '${species}'`;
	for (const [species, n] of [
		['Adelie', '152'],
		['Chinstrap', '68'],
		['Adelie', '152'],
		['Gentoo', '124'],
		['Adelie', '152']
	]) {
		await queryPage.expectScalar(bySpecies(species), n);
	}

	await queryPage.run('SELECT "Island", count(*) AS penguins FROM penguins GROUP BY 1 ORDER BY 1');
	await queryPage.expectRowCount(3);
	await charts.expectDrawn();
	await page.getByRole('button', { name: 'Save to gallery' }).click();
	const dialog = page.getByRole('dialog', { name: 'Save to gallery' });
	await dialog.getByRole('textbox', { name: 'Title' }).fill('Penguins by island');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();

	await dashboard.navigate();
	await expect(dashboard.chartsCount).toHaveText('1');
	await expect(dashboard.queriesAll).toHaveText('6 all time');
	const recent = dashboard.recentCharts.getByRole('link', { name: 'Penguins by island' });
	await expect(recent.locator('img')).toHaveAttribute('src', /^data:image\/(svg\+xml|png)[;,]/);
	await expect(
		dashboard.insights.getByText('5 runs of one query with 3 different values')
	).toBeVisible();
	await expect(dashboard.insights.getByText('Run 3 times: worth saving')).toBeVisible();
	await expect(dashboard.activityEntry(0)).toContainText('Saved chart “Penguins by island”');
	await expect(dashboard.activityEntry(1)).toContainText('Ran SELECT "Island"');
	// Usage: a bar for each of the last 30 days; every query ran today.
	await expect(dashboard.usageChart).toHaveAttribute('aria-label', /: 6 queries on 1 day$/);
	await expect(dashboard.usageBars).toHaveCount(30, { timeout: 30_000 });

	if (isTakingDocScreenshots) {
		await app.waitForEngine();
		await docScreenshot(page, 'dashboard');
	}

	await recent.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Penguins by island' })).toBeVisible();
	await expect(gallery.bars).toHaveCount(3, { timeout: 30_000 });

	await dashboard.navigate();
	await dashboard.galleryAction.click();
	await expect(gallery.heading).toBeVisible();
	await gallery.rename('Penguins by island', 'Penguins per island');
	await expect(gallery.card('Penguins per island')).toBeVisible();

	await dashboard.navigate();
	const renamed = dashboard.activityEntry(0).getByRole('link', {
		name: 'Renamed chart “Penguins by island” to “Penguins per island”'
	});
	await expect(renamed).toBeVisible();
	await expect(dashboard.activityEntry(0)).toContainText('Chart');
	await renamed.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Penguins per island' })).toBeVisible();

	await app.nav.getByRole('link', { name: 'Gallery', exact: true }).click();
	await gallery.delete('Penguins per island');
	await dashboard.navigate();
	await expect(dashboard.chartsCount).toHaveText('0');
	await expect(dashboard.activityEntry(0)).toContainText('Deleted chart “Penguins per island”');
	// A deleted chart has no page: none of its entries link any more.
	for (const index of [0, 1, 2]) {
		await expect(dashboard.activityEntry(index).getByRole('link')).toHaveCount(0);
	}
	// A query's entry still re-runs it.
	await expect(dashboard.activityEntry(3).getByRole('link')).toHaveAttribute('href', /run=1/);
});

test('sample data imports offline from a cold start', async ({ persistent }) => {
	const { context, page } = persistent;
	const app = new AppShell(page);
	const dashboard = new DashboardPage(page);
	await app.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await app.waitForEngine();
	await dashboard.trySamples.click();
	await expect(app.importJob('seattle-weather.csv')).toContainText('Imported', { timeout: 60_000 });
	await expect(app.importJob('penguins.json')).toContainText('Imported', { timeout: 60_000 });
	await expect(dashboard.datasetsCount).toHaveText('2');
});
