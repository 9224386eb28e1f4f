import { expect, test, vegaData } from './fixtures';

/**
 * Real files from the vega-datasets package, one per format. Expected values were computed
 * outside the browser with DuckDB-WASM in Node (the same engine, Node build): CSV and TSV with
 * `read_csv`, cars.json with `insertJSONFromPath`, the Arrow file through apache-arrow
 * (`tableToIPC(…, 'stream')` then `insertArrowFromIPCStream`), the Parquet file through
 * parquet-wasm (`readParquet(…).intoIPCStream()` then `insertArrowFromIPCStream`), then e.g.
 * `SELECT count(*) FILTER (WHERE weather = 'rain')::VARCHAR FROM seattle_weather`.
 * Aggregates are cast to VARCHAR so the grid shows them exactly, with no number formatting.
 */
const samples = [
	{
		file: 'seattle-weather.csv',
		table: 'seattle_weather',
		rows: 1461,
		sql: `SELECT count(*) FILTER (WHERE weather = 'rain')::VARCHAR FROM seattle_weather`,
		expected: '641'
	},
	{
		file: 'unemployment.tsv',
		table: 'unemployment',
		rows: 3218,
		sql: 'SELECT count(*) FILTER (WHERE rate > 0.1)::VARCHAR FROM unemployment',
		expected: '1068'
	},
	{
		file: 'cars.json',
		table: 'cars',
		rows: 406,
		sql: `SELECT count(*) FILTER (WHERE "Origin" = 'USA')::VARCHAR FROM cars`,
		expected: '254'
	},
	{
		file: 'flights-200k.arrow',
		table: 'flights_200k',
		rows: 200_000,
		sql: 'SELECT sum(delay)::VARCHAR FROM flights_200k',
		expected: '1500159'
	},
	{
		file: 'flights-3m.parquet',
		table: 'flights_3m',
		rows: 3_000_000,
		sql: 'SELECT sum(distance)::VARCHAR FROM flights_3m',
		expected: '2194861208'
	}
];

for (const sample of samples) {
	test(`imports ${sample.file} with all its rows and answers SQL on it`, async ({
		app,
		datasets,
		queryPage
	}) => {
		await app.goto('/');
		await app.waitForEngine();
		await app.importFile(vegaData(sample.file), { timeout: 90_000 });

		await datasets.goto();
		const name = sample.file.replace(/\.[^.]+$/, '');
		await expect(datasets.rowCount(name)).toHaveText(sample.rows.toLocaleString('en-US'));

		await queryPage.goto();
		await queryPage.expectScalar(sample.sql, sample.expected);
	});
}

test('imports several files chosen together, one after another in the order given', async ({
	app,
	datasets
}) => {
	const files = ['cars.json', 'seattle-weather.csv', 'unemployment.tsv'];
	await app.goto('/');
	await app.waitForEngine();
	await app.chooseFiles(files.map(vegaData));

	// All three are queued at once, and the first finishes before the last one does.
	await expect(app.importQueue.getByRole('listitem')).toHaveCount(3);
	await expect(app.importJob('cars.json')).toContainText('Imported', { timeout: 60_000 });
	for (const file of files) {
		await expect(app.importJob(file)).toContainText('Imported', { timeout: 60_000 });
	}
	const order = await app.page.evaluate(() =>
		window.__quarry?.workspace.datasets
			.toSorted((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime())
			.map((dataset) => dataset.tableName)
	);
	expect(order).toEqual(['cars', 'seattle_weather', 'unemployment']);

	await datasets.goto();
	await expect(datasets.rows()).toHaveCount(3);
});

test('cancelling the import of a large file leaves no dataset behind', async ({
	app,
	datasets,
	queryPage
}) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.chooseFiles([vegaData('flights-3m.parquet')]);
	await expect(app.importProgress('flights-3m.parquet')).toBeVisible();
	await app.cancelImportButton('flights-3m.parquet').click();

	await expect(app.importJob('flights-3m.parquet')).toContainText('Cancelled');
	await expect(app.importProgress('flights-3m.parquet')).toHaveCount(0);

	await datasets.goto();
	await expect(datasets.emptyState).toBeVisible();
	await queryPage.goto();
	await queryPage.run('SELECT count(*) FROM flights_3m');
	await expect(queryPage.error).toContainText(/flights_3m/);
});
