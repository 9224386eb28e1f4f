import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vegaData } from './fixtures';

test('the datasets list shows rows, columns, size on disk and when each was imported', async ({
	app,
	datasets
}) => {
	await app.goto('/');
	await app.importFile(vegaData('seattle-weather.csv'));
	await datasets.goto();

	const cells = datasets.row('seattle-weather').getByRole('cell');
	// Table name, rows, columns, on disk, original size, imported.
	await expect(cells.nth(0)).toContainText('"seattle_weather"');
	await expect(cells.nth(1)).toHaveText('1,461');
	await expect(cells.nth(2)).toHaveText('6');
	await expect(cells.nth(3)).toHaveText(/^\d+(\.\d+)? (KB|MB)$/);
	await expect(cells.nth(4)).toHaveText(/^\d+(\.\d+)? (KB|MB)$/);
	await expect(cells.nth(5)).toHaveText(/just now|seconds? ago|minute ago/i);
});

test('a dataset page shows its columns with DuckDB types and its first 100 rows', async ({
	app,
	datasets,
	datasetDetail,
	page
}) => {
	await app.goto('/');
	await app.importFile(vegaData('seattle-weather.csv'));
	await datasets.goto();
	await datasets.open('seattle-weather');

	await expect(datasetDetail.heading).toHaveText('seattle-weather');
	await expect(datasetDetail.fact('Table name')).toContainText('seattle_weather');
	const schema = page.getByRole('table', { name: 'Columns' });
	await expect(schema.locator('tbody tr')).toHaveCount(6);
	await expect(schema.locator('tbody tr').first()).toContainText('date');
	await expect(schema.locator('tbody tr').first()).toContainText('DATE');
	await expect(schema.locator('tbody tr').nth(1)).toContainText('precipitation');
	await expect(schema.locator('tbody tr').nth(1)).toContainText('DOUBLE');

	const preview = page.getByRole('grid', { name: 'Preview of seattle-weather' });
	const cached = page.getByTestId('preview-cached');
	await expect(preview).toHaveAttribute('aria-rowcount', '101');
	await expect(preview.getByRole('row').nth(1).getByRole('gridcell').first()).toHaveText(
		'2012-01-01'
	);
	await expect(cached).toHaveCount(0);

	// Opened again after a reload, the first rows come from the result cache, marked as such
	// (once they are stored: the store follows the rows on screen).
	await page.evaluate(async () => {
		const results = window.__quarry?.caches.results;
		if (!results) throw new Error('window.__quarry.caches is missing');
		await results.settled();
	});
	await page.reload();
	await expect(preview).toHaveAttribute('aria-rowcount', '101');
	await expect(cached).toHaveText('From cache · under a minute old');
	await expect(preview.getByRole('row').nth(1).getByRole('gridcell').first()).toHaveText(
		'2012-01-01'
	);
});

test('settings show storage used and available, and whether storage is persistent', async ({
	app,
	settings,
	page
}) => {
	await app.goto('/');
	await app.importFile(vegaData('cars.json'));
	await settings.goto();

	await expect(page.getByText(/^[\d.]+ (B|KB|MB|GB) used of [\d.]+ (KB|MB|GB|TB)$/)).toBeVisible();
	await expect(page.getByText(/^[\d.]+ (B|KB|MB|GB|TB) available\.$/)).toBeVisible();
	await expect(page.locator('#storage-meter')).toHaveAttribute('value', /^[1-9]\d*$/);
	await expect(page.getByText(/^(Persistent\.|Not persistent\.|Unknown\.)/)).toBeVisible();
	await expect(page.getByText(/^DuckDB v?\d+\.\d+/)).toBeVisible();
});

test('imports NDJSON and Feather files', async ({ app, queryPage }) => {
	const dir = mkdtempSync(join(tmpdir(), 'quarry-formats-'));
	try {
		const cars = JSON.parse(readFileSync(vegaData('cars.json'), 'utf8')) as object[];
		const ndjson = join(dir, 'cars-lines.ndjson');
		writeFileSync(ndjson, cars.map((car) => JSON.stringify(car)).join('\n') + '\n');
		// Feather (v2) is the Arrow IPC file format under another name.
		const feather = join(dir, 'flights.feather');
		copyFileSync(vegaData('flights-200k.arrow'), feather);

		await app.goto('/');
		await app.importFile(ndjson);
		await app.importFile(feather);
		await queryPage.goto();
		await queryPage.expectScalar(
			`SELECT count(*) FILTER (WHERE "Origin" = 'USA')::VARCHAR FROM cars_lines`,
			'254'
		);
		await queryPage.expectScalar('SELECT sum(delay)::VARCHAR FROM flights', '1500159');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a dataset page profiles each column: nulls, distinct values, top values and a histogram', async ({
	app,
	datasets,
	datasetDetail
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'quarry-profile-'));
	try {
		const file = join(dir, 'trips.csv');
		writeFileSync(
			file,
			'city,fare,seats,note\nOslo,12.5,2,\nOslo,7.25,4,\nBergen,,4,x\nOslo,30,4,\nBergen,-3.5,,\n'
		);
		await app.goto('/');
		await app.importFile(file);
		await datasets.goto();
		await datasets.open('trips');

		const city = datasetDetail.column('city');
		await expect(city).toContainText('VARCHAR');
		await expect(city.getByRole('cell').nth(2)).toHaveText('0% (0)');
		await expect(city.getByRole('cell').nth(3)).toHaveText('2');
		await expect(city.getByRole('list', { name: 'Most frequent values of city' })).toHaveText(
			/Oslo\s*3\s*Bergen\s*2/
		);
		await expect(datasetDetail.column('note').getByRole('cell').nth(2)).toHaveText('80% (4)');

		const fare = datasetDetail.column('fare');
		await expect(fare.getByRole('cell').nth(2)).toHaveText('20% (1)');
		await expect(fare.getByRole('cell').nth(4)).toHaveText('-3.5 – 30');
		const histogram = fare.getByRole('img', {
			name: /^Histogram of fare: 20 bars from -3.5 to 30/
		});
		await expect(histogram).toBeVisible();
		await expect(histogram.locator('rect')).toHaveCount(20);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
