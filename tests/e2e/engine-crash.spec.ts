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

	// Crash the engine worker the way a bug would: an exception nobody catches inside it.
	const engineWorker = app.page.workers().find((worker) => /engine\.worker/.test(worker.url()));
	expect(engineWorker, 'the engine worker is running').toBeDefined();
	await engineWorker?.evaluate(() => {
		setTimeout(() => {
			throw new Error('Simulated engine crash');
		});
	});

	await expect(app.alerts).toContainText(/engine stopped/i);
	await app.waitForEngine();
	await expect(app.statuses).toContainText(/engine restarted/i);

	// The dataset was attached again from its stored copy.
	await queryPage.expectScalar(
		`SELECT count(*) FILTER (WHERE "Origin" = 'USA')::VARCHAR FROM cars`,
		'254'
	);
});
