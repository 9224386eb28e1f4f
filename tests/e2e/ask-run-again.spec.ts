/**
 * The question box's "Run again": an answer from the answer cache (its result from the result
 * cache) is answered again and run in DuckDB.
 */
import { expect, test, vegaData } from './fixtures';
import { AskBox } from './page-models/ask-box';

const QUESTION = 'count of days by weather type';

test('a cached answer has "Run again", which answers the question and runs it afresh', async ({
	page,
	app
}) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(vegaData('seattle-weather.csv'));
	const ask = new AskBox(page);
	const runAgain = ask.region.getByRole('button', { name: 'Run again' });
	const resultCached = ask.region.getByTestId('result-cached');

	await ask.ask(QUESTION);
	await ask.expectAnswered(QUESTION);
	await expect(ask.tier).toHaveText('Answered offline by Quarry');
	await expect(runAgain).toHaveCount(0);

	await ask.ask(QUESTION);
	await expect(ask.tier).toHaveText('From the answer cache (first answered offline)');
	await expect(resultCached).toContainText('From cache');
	await expect(runAgain).toHaveCount(1);

	await runAgain.click();
	await expect(ask.tier).toHaveText('Answered offline by Quarry');
	await expect(resultCached).toHaveCount(0);
	await expect(runAgain).toHaveCount(0);
	await expect(ask.resultSummary).toContainText('5 rows');
});
