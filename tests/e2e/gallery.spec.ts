import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vegaData } from './fixtures';
import { chartDraft } from './page-models/gallery';

const SVG_THUMBNAIL = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
	'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="20" height="20" fill="teal"/></svg>'
)}`;

test('an empty gallery points to the query page', async ({ app, gallery, page }) => {
	await app.goto('/');
	await app.nav.getByRole('link', { name: 'Gallery', exact: true }).click();
	await expect(gallery.emptyState).toBeVisible();
	await page.getByRole('link', { name: 'Go to the query page' }).click();
	await expect(page).toHaveURL(/\/query$/);
});

test('saved charts show as cards to search, sort, rename, duplicate and delete', async ({
	app,
	gallery,
	page
}) => {
	await app.goto('/gallery');
	await gallery.seed(
		chartDraft({
			title: 'Rainfall in Zürich',
			description: 'Monthly precipitation',
			thumbnail: SVG_THUMBNAIL
		})
	);
	await gallery.seed(chartDraft({ title: 'Cars by origin', sql: 'SELECT 2 AS horsepower' }));
	await gallery.seed(chartDraft({ title: 'Budget', thumbnail: 'javascript:alert(1)' }));
	await gallery.goto();

	// Newest first; only the SVG data URL becomes an image.
	await expect(gallery.titles()).toHaveText(['Budget', 'Cars by origin', 'Rainfall in Zürich']);
	const thumbnail = gallery.card('Rainfall in Zürich').locator('img');
	await expect(thumbnail).toHaveAttribute('src', SVG_THUMBNAIL);
	await expect(gallery.card('Budget').locator('img')).toHaveCount(0);
	await expect(gallery.card('Rainfall in Zürich')).toContainText('Monthly precipitation');

	await gallery.sort.selectOption({ label: 'Title A–Z' });
	await expect(gallery.titles()).toHaveText(['Budget', 'Cars by origin', 'Rainfall in Zürich']);
	await gallery.sort.selectOption({ label: 'Oldest first' });
	await expect(gallery.titles()).toHaveText(['Rainfall in Zürich', 'Cars by origin', 'Budget']);

	// Search ignores case and accents and looks into the SQL too.
	await gallery.search.fill('zurich');
	await expect(gallery.titles()).toHaveText(['Rainfall in Zürich']);
	await gallery.search.fill('HORSEPOWER');
	await expect(gallery.titles()).toHaveText(['Cars by origin']);
	await gallery.search.fill('nothing like this');
	await expect(
		page.getByRole('heading', { name: 'No chart matches “nothing like this”' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Clear the search' }).click();
	await expect(gallery.titles()).toHaveCount(3);

	await gallery.rename('Budget', '   ');
	await expect(page.getByRole('dialog', { name: 'Rename chart' }).getByRole('alert')).toHaveText(
		'A chart needs a title.'
	);
	await page
		.getByRole('dialog', { name: 'Rename chart' })
		.getByRole('button', { name: 'Cancel' })
		.click();
	await gallery.rename('Budget', 'Budget 2026');
	await expect(gallery.card('Budget 2026')).toBeVisible();

	await gallery.duplicate('Cars by origin');
	await expect(gallery.card('Copy of Cars by origin')).toBeVisible();
	await expect(app.statuses.filter({ hasText: 'Saved a copy' })).toBeVisible();

	await gallery.delete('Rainfall in Zürich');
	await expect(gallery.card('Rainfall in Zürich')).toHaveCount(0);
	// Still oldest first; a rename keeps a chart's place.
	await expect(gallery.titles()).toHaveText([
		'Cars by origin',
		'Budget 2026',
		'Copy of Cars by origin'
	]);

	// Still there after a reload (newest first again): it was all stored.
	await page.reload();
	await expect(gallery.titles()).toHaveText([
		'Copy of Cars by origin',
		'Budget 2026',
		'Cars by origin'
	]);
});

test('a chart is marked when its dataset is deleted, and when it comes back with other data', async ({
	app,
	gallery,
	page
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'quarry-gallery-'));
	const sql = 'SELECT region AS kind, sum(amount) AS n FROM sales GROUP BY 1';
	try {
		const file = join(dir, 'sales.csv');
		writeFileSync(file, 'region,amount\nnorth,10\nsouth,20\n');
		await app.goto('/');
		await app.importFile(file);
		const datasetId = await gallery.datasetId('sales');
		await gallery.seed(chartDraft({ title: 'Sales by region', sql, datasetIds: [datasetId] }));
		await gallery.goto();
		const card = gallery.card('Sales by region');
		await expect(card).toContainText('sales');
		await expect(card).not.toContainText('Dataset deleted');
		await expect(card).not.toContainText('Data changed since saved');

		// Opening a chart runs its SQL: two regions, two bars.
		await gallery.open('Sales by region');
		await expect(page.getByRole('heading', { name: 'Sales by region', level: 1 })).toBeVisible();
		await expect(gallery.bars).toHaveCount(2);
		await expect(page.getByRole('link', { name: 'Open in query editor' })).toHaveAttribute(
			'href',
			`/query?sql=${encodeURIComponent(sql)}`
		);

		// Deleted while the chart is open: the page says so instead of failing.
		await page.evaluate((id) => window.__quarry?.workspace.deleteDataset(id), datasetId);
		await expect(page.getByRole('main').getByRole('alert')).toContainText(
			'This chart reads sales, which was deleted.'
		);
		await gallery.goto();
		await expect(card).toContainText('Dataset deleted');

		// The same file name again, with other rows: the SQL reads it, but it is not what was saved.
		writeFileSync(file, 'region,amount\nnorth,10\nsouth,20\neast,5\n');
		await app.goto('/');
		await app.importFile(file);
		await gallery.goto();
		await expect(card).toContainText('Data changed since saved');
		await expect(card).not.toContainText('Dataset deleted');
		await gallery.open('Sales by region');
		await expect(
			page.getByRole('main').getByText('sales has changed since this chart was saved')
		).toBeVisible();
		await expect(gallery.bars).toHaveCount(3);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test('a chart saved from the query page opens from the gallery on the current data', async ({
	app,
	gallery,
	queryPage,
	page
}) => {
	await app.goto('/');
	await app.importFile(vegaData('seattle-weather.csv'));
	await queryPage.goto();
	await app.waitForEngine();
	await queryPage.run('SELECT weather, count(*) AS days FROM seattle_weather GROUP BY 1');
	// Five kinds of weather: five bars (the thumbnail is taken from the drawn chart).
	await expect(gallery.bars).toHaveCount(5);

	await page.getByRole('button', { name: 'Save to gallery' }).click();
	const dialog = page.getByRole('dialog', { name: 'Save to gallery' });
	await dialog.getByRole('textbox', { name: 'Title' }).fill('Days by weather');
	await dialog.getByRole('textbox', { name: 'Description' }).fill('Seattle, 2012–2015');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
	await expect(
		app.statuses.filter({ hasText: 'Saved “Days by weather” to the gallery.' })
	).toBeVisible();

	await app.nav.getByRole('link', { name: 'Gallery', exact: true }).click();
	const card = gallery.card('Days by weather');
	await expect(card).toContainText('Seattle, 2012–2015');
	await expect(card).toContainText('seattle-weather');
	await expect(card.locator('img')).toHaveAttribute('src', /^data:image\/(svg\+xml|png)[;,]/);

	await gallery.open('Days by weather');
	await expect(gallery.bars).toHaveCount(5);
	await expect(page.getByRole('main').locator('pre')).toHaveText(
		'SELECT weather, count(*) AS days FROM seattle_weather GROUP BY 1'
	);
});

test('a chart saved in one tab shows in another without a reload', async ({
	app,
	gallery,
	page,
	context
}) => {
	await app.goto('/gallery');
	await expect(gallery.emptyState).toBeVisible();

	const other = await context.newPage();
	await other.goto('/gallery');
	await expect(other.getByRole('heading', { name: 'No saved charts yet' })).toBeVisible();

	await gallery.seed(chartDraft({ title: 'Made in the first tab' }));
	await expect(
		other.getByRole('article', { name: 'Made in the first tab', exact: true })
	).toBeVisible();
	await expect(page.getByRole('article', { name: 'Made in the first tab' })).toBeVisible();
	await other.close();
});
