import { expect, test, vegaData } from './fixtures';

test('when the engine worker dies, Quarry says so, restarts it and queries work again', async ({
	app,
	queryPage
}) => {
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(vegaData('cars.json'));
	await queryPage.goto();
	await queryPage.expectScalar('SELECT count(*)::VARCHAR FROM cars', '406');

	// Kill the worker the way a crash would (e.g. the tab running out of memory).
	await app.page.evaluate(() => window.__quarry?.engine.kill());

	await expect(app.alerts).toContainText(/engine stopped/i);
	await app.waitForEngine();
	await expect(app.statuses).toContainText(/engine restarted/i);

	// The dataset was attached again from its stored copy.
	await queryPage.expectScalar(
		`SELECT count(*) FILTER (WHERE "Origin" = 'USA')::VARCHAR FROM cars`,
		'254'
	);
});
