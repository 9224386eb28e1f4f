import { expect, test, vegaData } from './fixtures';

test.beforeEach(async ({ app, queryPage }) => {
	await queryPage.goto();
	await app.waitForEngine();
});

test('Ctrl+Enter runs the query in the editor', async ({ queryPage }) => {
	await queryPage.runWithKeyboard('SELECT 6 * 7 AS answer');
	await expect(queryPage.cell(0, 0)).toHaveText('42');
	await queryPage.expectRowCount(1);
});

test('a SQL error is shown with the line and column it points at', async ({ queryPage }) => {
	await queryPage.run('SELECT 1\nFROM no_such_table');
	await expect(queryPage.error).toContainText('Query failed');
	await expect(queryPage.error).toContainText('no_such_table');
	await expect(queryPage.error).toContainText('Line 2, column 6');
});

test('a long query can be cancelled and the engine keeps working', async ({ queryPage }) => {
	// About 10^10 multiply-adds: minutes of work for a single-threaded engine.
	await queryPage.run('SELECT sum(a.range * b.range) FROM range(100000) a, range(100000) b');
	await expect(queryPage.running).toBeVisible();
	await queryPage.cancelButton.click();
	await expect(queryPage.error).toContainText('Query cancelled');
	await expect(queryPage.running).toHaveCount(0);

	await queryPage.run(`SELECT 'still here'`);
	await expect(queryPage.cell(0, 0)).toHaveText('still here');
});

test('a million-row result shows its count and its last rows can be scrolled to', async ({
	queryPage
}) => {
	await queryPage.run('SELECT range AS n FROM range(1000000)');
	await queryPage.expectRowCount(1_000_000);

	await queryPage.grid.focus();
	await queryPage.page.keyboard.press('End');
	const lastRow = queryPage.grid.getByRole('row').filter({
		has: queryPage.page.getByRole('rowheader', { name: /^1,?000,?000$/ })
	});
	await expect(lastRow.getByRole('gridcell').first()).toHaveText(/999,?999/);
});

test('a dataset dropped from the editor comes back from its stored copy on next use', async ({
	app,
	queryPage
}) => {
	await app.goto('/');
	await app.importFile(vegaData('cars.json'));
	await queryPage.goto();
	await queryPage.expectScalar('SELECT count(*)::VARCHAR FROM cars', '406');

	await queryPage.run('DROP TABLE cars');
	await expect(queryPage.error).toHaveCount(0);
	await queryPage.expectScalar('SELECT count(*)::VARCHAR FROM cars', '406');
});

test('SQL that would reach the network is refused with the reason', async ({ queryPage }) => {
	await queryPage.run('INSTALL httpfs; LOAD httpfs');
	await expect(queryPage.error).toContainText('cannot install or load DuckDB extensions');
	await queryPage.run("SELECT * FROM read_csv('https://example.com/data.csv')");
	await expect(queryPage.error).toContainText('never fetches data from the internet');
});
