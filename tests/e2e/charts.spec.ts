import { expectValidExports } from './chart-exports';
import { expect, test, vegaData } from './fixtures';

const WEATHER = 'SELECT date, temp_max, precipitation, weather FROM seattle_weather';

test.beforeEach(async ({ app, queryPage }) => {
	await app.goto('/');
	await app.importFile(vegaData('seattle-weather.csv'));
	await queryPage.goto();
	await app.waitForEngine();
});

test('a result comes with its recommended chart; alternatives and the builder redraw it', async ({
	queryPage,
	charts
}) => {
	await queryPage.run(WEATHER);
	await queryPage.expectRowCount(1461);
	await charts.expectDrawn();
	await expect(charts.chartButton).toHaveAttribute('aria-pressed', 'true');
	await expect(charts.reason).toContainText('Recommended:');
	await expect(queryPage.grid).toBeVisible();

	// The alternatives are one click away.
	const count = await charts.suggestions.count();
	expect(count).toBeGreaterThan(1);
	await expect(charts.suggestions.first()).toHaveAttribute('aria-pressed', 'true');
	const first = await charts.description();
	await charts.suggestions.nth(1).click();
	await expect(charts.suggestions.nth(1)).toHaveAttribute('aria-pressed', 'true');
	await expect(charts.reason).toContainText('Chosen:');
	await expect.poll(() => charts.description()).not.toBe(first);
	await charts.expectDrawn();

	// The builder: a bar chart of the number of days per kind of weather.
	await charts.markSelect.selectOption('bar');
	await charts.field('X').selectOption('weather');
	await charts.field('Y').selectOption({ label: 'Count of rows' });
	await expect(charts.reason).toContainText('Edited chart');
	await expect.poll(() => charts.description()).toMatch(/weather/i);
	await charts.expectDrawn();
	// Five kinds of weather: five bars.
	await expect(charts.svg.locator('g.mark-rect.role-mark > path')).toHaveCount(5);

	// Sorting by Y changes the order the bars are drawn in, not their number.
	await charts.option('X', 'sort').selectOption('-y');
	await charts.expectDrawn();
	await expect(charts.svg.locator('g.mark-rect.role-mark > path')).toHaveCount(5);
});

test('each export is a valid file: PNG, SVG, the data as CSV and the spec as JSON', async ({
	queryPage,
	charts,
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await queryPage.run(WEATHER);
	await charts.expectDrawn();
	await charts.markSelect.selectOption('bar');
	await charts.field('X').selectOption('weather');
	await charts.field('Y').selectOption('temp_max');
	await charts.option('Y', 'aggregate').selectOption('mean');
	await charts.expectDrawn();
	await expect(charts.svg.locator('g.mark-rect.role-mark > path')).toHaveCount(5);

	const { spec, csvHeader, csvRows } = await expectValidExports(page, charts, {
		markSelector: 'g.mark-rect.role-mark > path',
		marks: 5
	});
	// One row per kind of weather, with the mean of temp_max.
	expect(spec.data.values).toHaveLength(5);
	expect(csvHeader).toMatch(/weather/);
	expect(csvHeader).toMatch(/temp_max/);
	const header = Object.keys(spec.data.values[0]);
	const weatherColumn = header.indexOf(spec.encoding.x.field ?? '');
	expect(csvRows.map((line) => line.split(',')[weatherColumn]).sort()).toEqual([
		'drizzle',
		'fog',
		'rain',
		'snow',
		'sun'
	]);

	await charts.exports.getByRole('button', { name: 'Copy spec' }).click();
	await expect(charts.exports.getByRole('status')).toHaveText('Spec copied.');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(JSON.parse(copied)).toEqual(spec);
});

test('the Table / Chart choice is remembered per query across a reload', async ({
	app,
	queryPage,
	charts,
	page
}) => {
	await queryPage.run(WEATHER);
	await charts.expectDrawn();
	await charts.tableButton.click();
	await expect(charts.tableButton).toHaveAttribute('aria-pressed', 'true');
	await expect(charts.region).toHaveCount(0);
	await expect(queryPage.grid).toBeVisible();

	await page.reload();
	await app.waitForEngine();
	// The same query, spaced differently, is the same query.
	await queryPage.run(`${WEATHER.replace(' FROM ', '\n  FROM ')};`);
	await queryPage.expectRowCount(1461);
	await expect(charts.tableButton).toHaveAttribute('aria-pressed', 'true');
	await expect(charts.region).toHaveCount(0);

	// Another query still opens as a chart.
	await queryPage.run('SELECT weather, count(*) AS days FROM seattle_weather GROUP BY weather');
	await queryPage.expectRowCount(5);
	await expect(charts.chartButton).toHaveAttribute('aria-pressed', 'true');
	await charts.expectDrawn();

	await page.reload();
	await app.waitForEngine();
	await queryPage.run(WEATHER);
	await queryPage.expectRowCount(1461);
	await expect(charts.tableButton).toHaveAttribute('aria-pressed', 'true');
	await charts.chartButton.click();
	await charts.expectDrawn();
	await page.reload();
	await app.waitForEngine();
	await queryPage.run(WEATHER);
	await expect(charts.chartButton).toHaveAttribute('aria-pressed', 'true');
	await charts.expectDrawn();
});

test('charts draw under a Content-Security-Policy without unsafe-eval', async ({
	app,
	queryPage,
	charts,
	page
}) => {
	const csp = "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; object-src 'none'";
	await page.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		const html = (await response.text()).replace(
			'<head>',
			`<head><meta http-equiv="Content-Security-Policy" content="${csp}">`
		);
		return route.fulfill({ response, body: html });
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __cspViolations: seen });
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	await page.reload();
	await app.waitForEngine();
	expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);

	await queryPage.run('SELECT weather, avg(temp_max) AS temp FROM seattle_weather GROUP BY 1');
	await charts.expectDrawn();
	// Hovering a mark runs vega's tooltip expressions too.
	await charts.marks.first().hover();
	const violations = await page.evaluate(
		() => (window as unknown as { __cspViolations: string[] }).__cspViolations
	);
	expect(violations).toEqual([]);
});

test('a result with nothing to plot says so instead of drawing', async ({ queryPage, charts }) => {
	await queryPage.run(`SELECT 'free text ' || range AS note FROM range(50)`);
	await queryPage.expectRowCount(50);
	await expect(charts.noChart).toBeVisible();
	await expect(charts.region).toContainText(/\w+/);
	await expect(queryPage.grid).toBeVisible();
});
