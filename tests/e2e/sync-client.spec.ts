/**
 * Two devices (two browser contexts: their own IndexedDB and cookies) syncing through the
 * Quarry server that serves the app, driven through the app's sync state (the sign-in forms
 * are covered with the UI): a dataset imported on A is listed on B at once, and its data is
 * downloaded from the server the first time B queries it.
 */
import { expect, test, vegaData } from './fixtures';
import { baseURL } from './chromium';
import { AppShell } from './page-models/app-shell';
import { DatasetsPage } from './page-models/datasets-page';
import { QueryPage } from './page-models/query-page';

test('a dataset imported on A is listed on B and its data downloads on first query', async ({
	app,
	browser
}) => {
	const credentials = {
		serverUrl: '',
		username: `e2e${Date.now().toString(36)}`,
		password: 'correct horse e2e'
	};
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(vegaData('cars.json'));
	const registered = await app.page.evaluate(
		(input) => window.__quarry!.sync.register(input),
		credentials
	);
	expect(registered).toEqual({ ok: true });
	// Profiles computed after the import are a change of their own: sync until nothing is left.
	await expect
		.poll(() =>
			app.page.evaluate(async () => {
				await window.__quarry!.sync.syncNow();
				return window.__quarry!.sync.status.kind;
			})
		)
		.toBe('synced');

	const contextB = await browser.newContext({ baseURL });
	try {
		const pageB = await contextB.newPage();
		const appB = new AppShell(pageB);
		await appB.goto('/');
		await appB.waitForEngine();
		const signedIn = await pageB.evaluate(
			(input) => window.__quarry!.sync.signIn(input),
			credentials
		);
		expect(signedIn).toEqual({ ok: true });
		await pageB.evaluate(() => window.__quarry!.sync.syncNow());

		const datasetsB = new DatasetsPage(pageB);
		await datasetsB.goto();
		await expect(datasetsB.row('cars')).toBeVisible();
		// (the set follows the local database through a live query: it may land a moment later)
		const remoteOnly = () =>
			pageB.evaluate(() => [...window.__quarry!.sync.remoteOnlyDatasetIds].length);
		await expect.poll(remoteOnly).toBe(1);

		const queryB = new QueryPage(pageB);
		await queryB.goto();
		await appB.waitForEngine();
		await queryB.expectScalar('SELECT count(*)::VARCHAR FROM cars', '406');
		await expect.poll(remoteOnly).toBe(0);
	} finally {
		await contextB.close();
	}
});
