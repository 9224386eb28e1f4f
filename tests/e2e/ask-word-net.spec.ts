import { expect, test, vegaData } from './fixtures';
import { AskBox } from './page-models/ask-box';

test.beforeEach(async ({ app }) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(vegaData('seattle-weather.csv'));
});

test('a word the data does not use reaches its column through WordNet', async ({ page }) => {
	const ask = new AskBox(page);
	// WordNet: a gust is a kind of wind; the table has a "wind" column.
	await ask.ask('average gust per month');
	await ask.expectAnswered('average gust per month');
	await expect(ask.tier).toHaveText('Answered offline by Quarry');
	await expect(ask.sql).toHaveValue(/avg\("wind"\)/);
	await expect(ask.readings).toContainText('wind');
});
