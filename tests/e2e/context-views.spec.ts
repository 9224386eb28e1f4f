/**
 * A saved context is queryable from the SQL editor: the table list shows its view and metric,
 * the view works after a reload (created again, its tables attached on demand) and after a
 * dataset rename, and the editor completes its name.
 */
import type { Page } from '@playwright/test';
import { expect, test, vegaData } from './fixtures';

/** Store a context relating flights.origin ↔ airports.iata, as the Contexts page saves one. */
async function saveTravelContext(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const quarry = window.__quarry;
		if (!quarry) throw new Error('not the test build');
		const { workspace } = quarry;
		const byTable = (name: string) => {
			const found = workspace.datasets.find((d) => d.tableName === name);
			if (!found) throw new Error(`no dataset ${name}`);
			return found.id;
		};
		const flights = byTable('flights_2k');
		const airports = byTable('airports');
		await workspace.storage.contexts.put({
			id: 'travel',
			name: 'Travel',
			datasetIds: [flights, airports],
			relations: [
				{
					left: { datasetId: flights, column: 'origin' },
					right: { datasetId: airports, column: 'iata' },
					kind: 'many-to-one'
				}
			],
			metrics: [{ name: 'avg_delay', expression: 'AVG(delay)', datasetId: flights }],
			descriptions: [],
			synonyms: [],
			notes: '',
			version: 1,
			createdAt: Date.now(),
			updatedAt: Date.now()
		});
	});
}

test('a context view is listed, survives a reload and a rename, and is completed by name', async ({
	page,
	app,
	queryPage,
	datasets,
	datasetDetail
}) => {
	await app.goto('/');
	await app.importFile(vegaData('flights-2k.json'));
	await app.importFile(vegaData('airports.csv'));
	await saveTravelContext(page);

	await app.navigateTo('Query');
	await expect(page.getByRole('heading', { name: 'Contexts', level: 2 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Travel', level: 3 })).toBeVisible();
	await queryPage.setSql('');
	await page.getByRole('button', { name: 'Insert view ctx_travel__flights_2k_airports' }).click();
	await expect(queryPage.editor).toHaveValue('ctx_travel__flights_2k_airports');
	await queryPage.setSql('');
	await page.getByRole('button', { name: 'Insert metric flights_2k.avg_delay' }).click();
	await expect(queryPage.editor).toHaveValue('AVG(delay) /* avg_delay */');

	// After a reload the engine has neither the view nor its tables: both come on demand.
	await page.reload();
	await app.waitForEngine();
	await queryPage.run('SELECT * FROM ctx_travel__flights_2k_airports LIMIT 5');
	await queryPage.expectRowCount(5);
	await queryPage.expectScalar(
		`SELECT count(*)::VARCHAR FROM ctx_travel__flights_2k_airports WHERE state IS NOT NULL`,
		'2000'
	);

	// A renamed dataset: the view follows its new table name and keeps answering.
	await datasets.goto();
	await datasets.open('airports');
	await datasetDetail.rename('Airports 2024');
	await app.navigateTo('Query');
	const renamed = page.getByRole('button', {
		name: 'Insert view ctx_travel__flights_2k_airports_2024'
	});
	await expect(renamed).toBeVisible();
	await queryPage.expectScalar(
		'SELECT count(DISTINCT state)::VARCHAR FROM ctx_travel__flights_2k_airports_2024',
		'49'
	);

	// Completion: type the start of the name, Tab inserts it.
	await queryPage.setSql('');
	await queryPage.editor.pressSequentially('SELECT * FROM ctx_tr');
	const options = page.getByRole('listbox', { name: 'Names' }).getByRole('option');
	await expect(options.first()).toContainText('ctx_travel__flights_2k_airports_2024');
	await queryPage.editor.press('Tab');
	await expect(queryPage.editor).toHaveValue('SELECT * FROM ctx_travel__flights_2k_airports_2024');
	await expect(page.getByRole('listbox', { name: 'Names' })).toHaveCount(0);
	await queryPage.editor.press('Control+Enter');
	await queryPage.expectRowCount(2000);
});
