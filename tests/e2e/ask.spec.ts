import { expect, test, vegaData } from './fixtures';
import { AskBox } from './page-models/ask-box';
import { DashboardPage } from './page-models/dashboard-page';

test.beforeEach(async ({ app }) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(vegaData('seattle-weather.csv'));
	await app.importFile(vegaData('cars.json'));
});

test('a question asked on the dashboard is answered with its SQL, readings, grid and chart', async ({
	page,
	queryPage
}) => {
	const ask = new AskBox(page);
	await ask.ask('count of days by weather type');
	await ask.expectAnswered('count of days by weather type');

	await expect(ask.tier).toHaveText('Answered offline by Quarry');
	await expect(ask.confidence).toHaveText(/confidence \d{1,3}%/);
	await expect(ask.sql).toHaveValue(/GROUP BY/i);
	await expect(ask.sql).toHaveValue(/"seattle_weather"/);
	await expect(ask.readings.getByRole('listitem').first()).toBeVisible();
	await expect(ask.readings).toContainText('weather');
	await expect(ask.resultSummary).toContainText('5 rows');
	await expect(ask.grid).toBeVisible();
	await expect(ask.chart.locator('[role="img"][aria-label]')).toBeVisible();

	// Edit the SQL and run the edit.
	await ask.sql.fill(`SELECT 'edited' AS what, 7 AS n`);
	await expect(ask.region.getByText('Answer SQL (edited)')).toBeVisible();
	await ask.runSql.click();
	await expect(ask.resultSummary).toContainText('1 row');
	await expect(ask.grid.getByRole('gridcell', { name: 'edited' })).toBeVisible();

	// Open it in the editor: the query page shows the SQL, not run.
	await ask.openInEditor.click();
	await expect(page).toHaveURL(/\/query\?sql=/);
	await expect(queryPage.editor).toHaveValue(`SELECT 'edited' AS what, 7 AS n`);
});

test('a refusal names what was not understood and offers questions that ask at once', async ({
	page
}) => {
	const ask = new AskBox(page);
	await ask.ask('frobnicate the wibbles');
	await expect(ask.refusal).toBeVisible();
	await expect(ask.unknownWords).toContainText('frobnicate');
	await expect(ask.unknownWords).toContainText('wibbles');
	await expect(ask.unknownWords).not.toContainText('the');
	await expect(ask.sql).toHaveCount(0);
	// No LLM is configured: asking one says where to set it up, and nothing runs.
	await ask.askLlm.click();
	await expect(ask.status).toHaveText(
		'No LLM endpoint is configured (Settings → Questions and an LLM).'
	);
	await expect(ask.grid).toHaveCount(0);

	const suggestion = ask.suggestedQuestions.first();
	const question = (await suggestion.textContent())?.trim() ?? '';
	expect(question).not.toBe('');
	await suggestion.click();
	await ask.expectAnswered(question);
	await expect(ask.input).toHaveValue(question);
	await expect(ask.refusal).toHaveCount(0);
	await expect(ask.sql).not.toHaveValue('');
});

test('questions go to the history and the activity feed, which asks them again', async ({
	page
}) => {
	const ask = new AskBox(page);
	const dashboard = new DashboardPage(page);
	await ask.ask('count of days by weather type');
	await ask.expectAnswered('count of days by weather type');
	await ask.ask('frobnicate the wibbles');
	await expect(ask.refusal).toBeVisible();

	await expect(dashboard.activity).toContainText('Could not answer “frobnicate the wibbles”');
	const asked = dashboard.activity.getByRole('link', {
		name: 'Asked “count of days by weather type”'
	});
	await expect(asked).toBeVisible();

	// Arrow up in the box brings back earlier questions, most recent first.
	await ask.input.fill('');
	await ask.input.press('ArrowUp');
	await expect(ask.input).toHaveValue('count of days by weather type');
	await ask.input.fill('');

	// Following the feed's link asks the question again.
	await asked.click();
	await expect(page).toHaveURL(/\?ask=/);
	await ask.expectAnswered('count of days by weather type');
	await expect(ask.input).toHaveValue('count of days by weather type');

	// After a reload the earlier questions are listed (read from the query history).
	await page.reload();
	await ask.earlierToggle.click();
	await expect(ask.earlier.getByRole('button')).toHaveText(['count of days by weather type']);
});

test('the query page has the question box too', async ({ page, app, queryPage }) => {
	await queryPage.goto();
	await app.waitForEngine();
	const ask = new AskBox(page);
	await ask.ask('count of days by weather type');
	await ask.expectAnswered('count of days by weather type');
	await expect(ask.sql).toHaveValue(/"seattle_weather"/);
});
