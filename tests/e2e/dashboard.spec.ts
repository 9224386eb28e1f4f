import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppShell } from './page-models/app-shell';
import { DashboardPage } from './page-models/dashboard-page';
import { QueryPage } from './page-models/query-page';
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

	await dashboard.goto();
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
	await dashboard.goto();
	await expect(dashboard.queriesAll).toHaveText('11 all time');
});

test('first run: sample data, a suggested query, and the query runs — three clicks', async ({
	page,
	app
}) => {
	const dashboard = new DashboardPage(page);
	const queryPage = new QueryPage(page);
	await app.goto('/');
	await dashboard.trySamples.click(); // 1
	await expect(dashboard.datasetsCount).toHaveText('2', { timeout: 60_000 });
	const suggestion = dashboard.suggestions.getByRole('link').first();
	await expect(suggestion).toBeVisible();
	await suggestion.click(); // 2
	await expect(queryPage.heading).toBeVisible();
	await expect(queryPage.grid).toBeVisible({ timeout: 60_000 });
	await expect(queryPage.resultSummary).toContainText('rows');
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
