import type { Page } from '@playwright/test';
import { AppShell } from './page-models/app-shell';
import { DatasetsPage } from './page-models/datasets-page';
import { QueryPage } from './page-models/query-page';
import { baseURL } from './chromium';
import { expect, test, vegaData, waitForServiceWorker } from './fixtures';

interface ManifestIcon {
	src: string;
	sizes: string;
	type: string;
	purpose?: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every URL the page asks for; none may leave Quarry's origin. */
function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.context().on('request', (request) => urls.push(request.url()));
	return urls;
}

function offOrigin(urls: string[]): string[] {
	return urls.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== baseURL);
}

test('the web manifest names the app, and its icons are real PNGs of the stated sizes', async ({
	request
}) => {
	const response = await request.get('/manifest.webmanifest');
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: 'Quarry',
		short_name: 'Quarry',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: '#1f4e79',
		background_color: '#ffffff'
	});
	expect(manifest.description).toMatch(/offline/);

	const icons: ManifestIcon[] = manifest.icons;
	expect(icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);
	for (const icon of icons) {
		const image = await request.get(icon.src);
		expect(image.ok(), icon.src).toBe(true);
		expect(image.headers()['content-type']).toBe('image/png');
		const [width, height] = icon.sizes.split('x').map(Number);
		expect(pngSize(await image.body())).toEqual({ width, height });
	}
});

test('Chromium finds Quarry installable', async ({ persistent }) => {
	const { context, page } = persistent;
	await page.goto('/');
	await waitForServiceWorker(page);
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);
});

test('the service worker precaches the app shell and the DuckDB engine', async ({ persistent }) => {
	const { page } = persistent;
	await page.goto('/');
	await waitForServiceWorker(page);
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
		}
		return urls;
	});
	expect(cached).toContain('/');
	expect(cached).toContain('/manifest.webmanifest');
	expect(cached.some((path) => /duckdb.*\.wasm$/.test(path))).toBe(true);
});

test('after one online visit Quarry works offline: reload, deep links, engine and queries', async ({
	persistent
}) => {
	const { context, page } = persistent;
	const requests = recordRequests(page);
	const app = new AppShell(page);
	const datasets = new DatasetsPage(page);
	const queryPage = new QueryPage(page);

	await app.goto('/');
	await waitForServiceWorker(page);
	await app.waitForEngine();
	await app.importFile(vegaData('seattle-weather.csv'));
	await expect(page.getByRole('status', { name: 'Offline ready' })).toBeVisible();

	await context.setOffline(true);
	await page.reload();
	await app.waitForEngine();

	await queryPage.goto();
	await queryPage.expectScalar('SELECT count(*)::VARCHAR FROM seattle_weather', '1461');

	await page.goto('/datasets/no-such-dataset');
	await expect(page.getByRole('heading', { name: 'Dataset not found' })).toBeVisible();
	await datasets.goto();
	await expect(datasets.rowCount('seattle-weather')).toHaveText('1,461');

	expect(offOrigin(requests)).toEqual([]);
});
