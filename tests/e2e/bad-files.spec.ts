import { expect, fixture, test, vegaData } from './fixtures';

/**
 * Broken files (tests/fixtures/bad/, made by scripts/make-bad-fixtures.mjs). Each import must
 * fail with a message that names the actual problem, and must leave no dataset behind.
 */
const badFiles = [
	{ file: 'empty.csv', problem: /empty\.csv is empty/ },
	{ file: 'header-only.csv', problem: /header row but no data rows/ },
	{ file: 'ragged.csv', problem: /Line 4 of ragged\.csv has 5 fields, but the header has 3/ },
	{ file: 'photo.csv', problem: /photo\.csv looks like a binary file, not CSV text/ },
	{ file: 'broken.json', problem: /broken\.json is not valid JSON/ },
	{
		file: 'truncated.parquet',
		problem: /truncated\.parquet is incomplete: the end of the Parquet/
	},
	{ file: 'readings.xml', problem: /readings\.xml: \.xml files are not supported/ }
];

for (const { file, problem } of badFiles) {
	test(`${file} is refused with a clear reason and creates no dataset`, async ({
		app,
		datasets
	}) => {
		await app.goto('/');
		await app.waitForEngine();
		await app.chooseFiles([fixture(`bad/${file}`)]);

		const job = app.importJob(file);
		await expect(job).toContainText('Failed', { timeout: 30_000 });
		await expect(job.locator('.error')).toHaveText(problem);

		await datasets.goto();
		await expect(datasets.emptyState).toBeVisible();
	});
}

test('a bad file among good ones fails alone; the others are imported', async ({
	app,
	datasets
}) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.chooseFiles([fixture('bad/ragged.csv'), vegaData('cars.json')]);
	await expect(app.importJob('ragged.csv')).toContainText('Failed', { timeout: 30_000 });
	await expect(app.importJob('cars.json')).toContainText('Imported', { timeout: 30_000 });

	await datasets.goto();
	await expect(datasets.nameCells()).toHaveText(['cars']);
});

test('files dropped on another page import there, with progress and errors in the corner', async ({
	app,
	datasets,
	queryPage
}) => {
	await queryPage.goto();
	await app.waitForEngine();
	await app.dropFiles([fixture('bad/ragged.csv'), vegaData('cars.json')]);

	await expect(app.importJob('ragged.csv')).toContainText('Failed', { timeout: 30_000 });
	await expect(app.importJob('ragged.csv').locator('.error')).toHaveText(
		/Line 4 of ragged\.csv has 5 fields, but the header has 3/
	);
	await expect(app.importJob('cars.json')).toContainText('Imported', { timeout: 30_000 });
	await queryPage.expectScalar('SELECT count(*)::VARCHAR FROM cars', '406');

	await datasets.goto();
	await expect(datasets.nameCells()).toHaveText(['cars']);
});
