/**
 * The whole flow as one user story, with the service worker: import a file, query it, get a
 * recommended chart, edit it in the builder, save it to the gallery; then, after a reload and
 * with the network off, find it in the gallery, open it (its SQL runs again), export it, and see
 * the work on the dashboard. With QUARRY_DOC_SCREENSHOTS=1 it also takes the user guide's
 * pictures of the query page, the builder and the gallery (doc-screenshots.ts).
 */
import { readFileSync } from 'node:fs';
import { expectValidExports } from './chart-exports';
import { docScreenshot, isTakingDocScreenshots } from './doc-screenshots';
import { expect, fixture, test, waitForServiceWorker } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { ChartsPanel } from './page-models/charts';
import { DashboardPage } from './page-models/dashboard-page';
import { GalleryPage } from './page-models/gallery';
import { QueryPage } from './page-models/query-page';

const CARS_FILE = fixture('cars.json');
const cars: Record<string, unknown>[] = JSON.parse(readFileSync(CARS_FILE, 'utf8'));

/** How many cars have a value in each of these columns (a scatter draws one point per car). */
function carsWith(...columns: string[]): number {
	return cars.filter((car) => columns.every((column) => car[column] != null)).length;
}

const MEASURES = 'SELECT Origin, Horsepower, Miles_per_Gallon, Weight_in_lbs FROM cars';
const BY_ORIGIN = 'SELECT Origin, count(*) AS cars FROM cars GROUP BY Origin';
const BY_YEAR = 'SELECT Year, Origin, avg(Miles_per_Gallon) AS mpg FROM cars GROUP BY ALL';

const POINTS = 'g.mark-symbol.role-mark > path';

test('import, query, chart, edit, save; then offline: gallery, chart page, exports, dashboard', async ({
	persistent
}) => {
	// One long story over a fresh profile that installs the service worker.
	test.setTimeout(240_000);
	const { context, page } = persistent;
	const app = new AppShell(page);
	const queryPage = new QueryPage(page);
	const charts = new ChartsPanel(page);
	const gallery = new GalleryPage(page);
	const dashboard = new DashboardPage(page);

	await app.goto('/');
	await waitForServiceWorker(page);
	await app.waitForEngine();
	await app.importFile(CARS_FILE);

	// A query over three measures and a category: a scatter, coloured by origin, comes first.
	await app.navigateTo('Query');
	await queryPage.run(MEASURES);
	await queryPage.expectRowCount(406);
	await charts.expectDrawn();
	await expect(charts.reason).toContainText('Recommended: Scatter');
	await expect(charts.suggestions.first()).toHaveAttribute('aria-pressed', 'true');
	await expect(charts.suggestions.nth(1)).toBeVisible();
	const points = charts.svg.locator(POINTS);
	await expect(points).toHaveCount(carsWith('Horsepower', 'Miles_per_Gallon'));
	await expect(charts.axisTitles.filter({ hasText: 'Miles_per_Gallon' })).toHaveCount(1);
	await expect(charts.svg.getByText('Origin', { exact: true })).toBeVisible();
	await docScreenshot(page, 'query-chart', { top: charts.region, offset: 310 });

	// The builder: weight instead of fuel economy on X. The axis and the points follow.
	await charts.field('X').selectOption('Weight_in_lbs');
	await expect(charts.reason).toContainText('Edited chart');
	await charts.expectDrawn();
	await expect(charts.axisTitles.filter({ hasText: 'Weight_in_lbs' })).toHaveCount(1);
	await expect(charts.axisTitles.filter({ hasText: 'Miles_per_Gallon' })).toHaveCount(0);
	await expect(points).toHaveCount(carsWith('Horsepower', 'Weight_in_lbs'));
	if (isTakingDocScreenshots) {
		// Fold the suggestions away so that the whole builder is in the picture.
		await charts.suggestionsToggle.click();
		await docScreenshot(page, 'chart-builder', { top: charts.region, offset: 70 });
		await charts.suggestionsToggle.click();
	}

	await charts.saveToGallery(
		'Horsepower and weight',
		'Heavier cars have more horsepower. 406 cars, 1970–1982.'
	);
	await expect(
		app.statuses.filter({ hasText: 'Saved “Horsepower and weight” to the gallery.' })
	).toBeVisible();

	// Two more charts, as recommended: bars for a count per category, lines over time.
	await queryPage.run(BY_ORIGIN);
	await queryPage.expectRowCount(3);
	await charts.expectDrawn();
	await expect(charts.reason).toContainText('Recommended: Bar');
	await expect(charts.svg.locator('g.mark-rect.role-mark > path')).toHaveCount(3);
	await charts.saveToGallery('Cars by origin', 'How many of the 406 cars come from each region.');

	await queryPage.run(BY_YEAR);
	await queryPage.expectRowCount(36);
	await charts.expectDrawn();
	await expect(charts.reason).toContainText('Recommended: Line');
	await expect(charts.svg.locator('g.mark-line.role-mark > path')).toHaveCount(3);
	await charts.saveToGallery('Fuel economy by year', 'Mean miles per gallon, one line per origin.');

	// Everything was stored: after a reload, and with no network, it is all still there.
	await page.reload();
	await app.waitForEngine();
	await context.setOffline(true);

	await gallery.goto();
	await app.waitForEngine();
	await expect(gallery.titles()).toHaveText([
		'Fuel economy by year',
		'Cars by origin',
		'Horsepower and weight'
	]);
	const card = gallery.card('Horsepower and weight');
	await expect(card).toContainText('Heavier cars have more horsepower.');
	await expect(card).toContainText('cars');
	await expect(card).not.toContainText('Data changed since saved');
	for (const title of ['Horsepower and weight', 'Cars by origin', 'Fuel economy by year']) {
		const thumbnail = gallery.thumbnail(title);
		await expect(thumbnail).toHaveAttribute('src', /^data:image\/(svg\+xml|png)[;,]/);
		// A real picture: the browser decoded it.
		await expect
			.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
	}
	await docScreenshot(page, 'gallery');

	// Opening the chart runs its SQL again, offline, and draws the edited chart.
	await gallery.open('Horsepower and weight');
	await expect(
		page.getByRole('heading', { name: 'Horsepower and weight', level: 1 })
	).toBeVisible();
	await charts.expectDrawn();
	await expect(points).toHaveCount(carsWith('Horsepower', 'Weight_in_lbs'));
	await expect(charts.axisTitles.filter({ hasText: 'Weight_in_lbs' })).toHaveCount(1);
	await expect(page.getByRole('main').locator('pre')).toHaveText(MEASURES);

	// Its exports work offline too (the checks are the ones the chart spec runs on the query page).
	const exported = await expectValidExports(page, charts, {
		markSelector: POINTS,
		marks: carsWith('Horsepower', 'Weight_in_lbs')
	});
	expect(exported.spec.data.values).toHaveLength(406);

	// The dashboard: the saved charts, the recent query, and what happened, newest first.
	await dashboard.goto();
	await expect(dashboard.chartsCount).toHaveText('3');
	await expect(dashboard.recentCharts.getByRole('listitem')).toHaveText([
		/Fuel economy by year/,
		/Cars by origin/,
		/Horsepower and weight/
	]);
	await expect(dashboard.rerun(MEASURES)).toBeVisible();
	await expect(dashboard.activityWith('Imported cars.json (406 rows)')).toHaveCount(1);
	await expect(dashboard.activityWith(`Ran ${MEASURES}`)).toHaveCount(1);
	await expect(dashboard.activityWith('Saved chart “Horsepower and weight”')).toHaveCount(1);
	const entries = await dashboard.activity.getByRole('listitem').allTextContents();
	const saved = entries.findIndex((text) => text.includes('Saved chart “Horsepower and weight”'));
	const ran = entries.findIndex((text) => text.includes(`Ran ${MEASURES}`));
	const imported = entries.findIndex((text) => text.includes('Imported cars.json'));
	expect(saved).toBeLessThan(ran);
	expect(ran).toBeLessThan(imported);
});
