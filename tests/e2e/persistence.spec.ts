import { expect, test, vegaData } from './fixtures';

test('an imported dataset survives a reload and can be queried without importing again', async ({
	app,
	datasets,
	queryPage
}) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(vegaData('cars.json'));

	await queryPage.goto();
	await app.waitForEngine();
	await queryPage.expectScalar('SELECT count(*)::VARCHAR FROM cars', '406');

	await app.page.reload();
	await app.waitForEngine();
	await queryPage.expectScalar(`SELECT max("Horsepower")::VARCHAR FROM cars`, '230');

	await datasets.goto();
	await expect(datasets.rowCount('cars')).toHaveText('406');
});

test('renaming a dataset keeps the new name after a reload; deleting removes it', async ({
	app,
	datasets,
	datasetDetail,
	queryPage
}) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(vegaData('seattle-weather.csv'));

	await datasets.goto();
	await datasets.open('seattle-weather');
	await datasetDetail.rename('Weather in Seattle');
	await app.page.reload();
	await expect(datasetDetail.heading).toHaveText('Weather in Seattle');
	await expect(datasetDetail.fact('Rows')).toHaveText('1,461');

	await datasetDetail.delete();
	await expect(datasets.heading).toBeVisible();
	await expect(datasets.emptyState).toBeVisible();

	await app.page.reload();
	await expect(datasets.emptyState).toBeVisible();
	await queryPage.goto();
	await app.waitForEngine();
	await queryPage.run('SELECT count(*) FROM seattle_weather');
	await expect(queryPage.error).toContainText(/seattle_weather/);
});
