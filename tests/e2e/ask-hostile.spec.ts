/**
 * The question box used the way a new user does, including the awkward parts: a new question
 * while the last answer still runs, a pasted wall of text, markup in the question, and two
 * datasets with the same name.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vegaData } from './fixtures';
import type { Page } from '@playwright/test';
import { AskBox } from './page-models/ask-box';
import type { AppShell } from './page-models/app-shell';

/** A query DuckDB takes far longer than any test to finish (it stops when cancelled). */
const SLOW_SQL = 'SELECT max(md5(i::VARCHAR)) AS m FROM range(5000000000) t(i)';

/** The dashboard with seattle-weather imported, and its question box. */
async function weatherBox(page: Page, app: AppShell): Promise<AskBox> {
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(vegaData('seattle-weather.csv'));
	return new AskBox(page);
}

/** Answer a question, then replace its SQL with one that runs until cancelled, and run it. */
async function runSlowAnswer(ask: AskBox): Promise<void> {
	await ask.ask('count of days by weather type');
	await ask.expectAnswered('count of days by weather type');
	await ask.sql.fill(SLOW_SQL);
	await ask.runSql.click();
}

test('a question asked while the answer’s SQL still runs replaces it', async ({ page, app }) => {
	const ask = await weatherBox(page, app);
	await runSlowAnswer(ask);
	await expect(ask.status).toHaveText('Running the SQL…');
	await expect(ask.cancel).toBeVisible();
	// The last result is not left under SQL that has not produced it.
	await expect(ask.grid).toHaveCount(0);

	// Enter in the box asks the new question at once; the slow run is cancelled.
	await ask.ask('average wind by weather');
	await ask.expectAnswered('average wind by weather');
	await expect(ask.sql).toHaveValue(/avg\("wind"\)/);
	await expect(ask.cancel).toHaveCount(0);
});

test('a long pasted question is kept whole and refused with the reason, not cut short', async ({
	page,
	app
}) => {
	const ask = await weatherBox(page, app);
	const long = 'average wind by weather and month for each year '.repeat(45).trim();
	expect(long.length).toBeGreaterThan(2000);
	await ask.ask(long);
	await expect(ask.input).toHaveValue(long);
	await expect(ask.refusal).toContainText('The question is longer than 500 characters.');
	await expect(ask.sql).toHaveCount(0);
});

test('markup in a question is shown as text and never runs', async ({ page, app }) => {
	const ask = await weatherBox(page, app);
	const question = '<img src=x onerror="window.injected=1"> frobnicate <b>wind</b>';
	await ask.ask(question);
	await expect(ask.refusal).toBeVisible();
	await expect(ask.refusal.getByRole('heading')).toHaveText(
		`Quarry could not answer “${question}”`
	);
	await expect(ask.unknownWords).toContainText('frobnicate');
	await expect(ask.region.locator('img, b')).toHaveCount(0);
	expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test.describe('two datasets with the same name', () => {
	let dir = '';
	test.beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'quarry-same-name-'));
		const rows = [
			['North', 10],
			['South', 20],
			['North', 5]
		] as const;
		writeFileSync(
			join(dir, 'ledger.csv'),
			`region,amount\n${rows.map((r) => r.join(',')).join('\n')}\n`
		);
		writeFileSync(
			join(dir, 'ledger.json'),
			JSON.stringify(rows.map(([region, amount]) => ({ region, amount })))
		);
	});
	test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('a refusal tells them apart and every question it offers is answered', async ({
		page,
		app
	}) => {
		await app.goto('/');
		await app.waitForEngine();
		await app.importFile(join(dir, 'ledger.csv'));
		await app.importFile(join(dir, 'ledger.json'));
		const ask = new AskBox(page);
		await ask.ask('total amount by region');
		await expect(ask.refusal).toContainText(/"ledger" and "ledger_2"|"ledger_2" and "ledger"/);

		const offered = await ask.suggestedQuestions.allTextContents();
		expect(offered.length).toBeGreaterThan(0);
		for (const question of offered.map((q) => q.trim())) {
			await ask.ask('total amount by region');
			await expect(ask.refusal).toBeVisible();
			// The whole text: "… in ledger" is also the start of "… in ledger_2".
			const exact = new RegExp(`^\\s*${question.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
			await ask.suggestedQuestions.filter({ hasText: exact }).click();
			await ask.expectAnswered(question);
		}
	});
});

test('Cancel stops the answer’s SQL and says so; Enter on an empty box asks for a question', async ({
	page,
	app
}) => {
	const ask = await weatherBox(page, app);
	await runSlowAnswer(ask);
	await expect(ask.status).toHaveText('Running the SQL…');
	await ask.cancel.click();
	await expect(ask.status).toHaveText('Stopped: the answer’s SQL was cancelled.');

	await ask.input.fill('   ');
	await ask.input.press('Enter');
	await expect(ask.status).toHaveText('Type a question to ask.');
});
