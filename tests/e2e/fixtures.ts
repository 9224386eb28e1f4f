/**
 * Shared fixtures for Quarry's end-to-end tests.
 *
 * - `app`, `datasets`, `datasetDetail`, `queryPage`, `settings`, `charts`, `gallery`: page models
 *   on the default page.
 * - `persistent`: a fresh persistent browser profile (its own temporary user-data-dir), for
 *   installability checks and tests that reload with a service worker; closed and deleted after.
 * - helpers to wait for the service worker and to find data files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { baseURL, chromiumArgs, chromiumPath } from './chromium';
import { AppShell } from './page-models/app-shell';
import { ChartsPanel } from './page-models/charts';
import { DatasetDetailPage } from './page-models/dataset-detail-page';
import { DatasetsPage } from './page-models/datasets-page';
import { GalleryPage } from './page-models/gallery';
import { QueryPage } from './page-models/query-page';
import { SettingsPage } from './page-models/settings-page';

export { expect } from '@playwright/test';

/** A file from the vega-datasets package (real, public sample data). */
export function vegaData(name: string): string {
	return resolve('node_modules/vega-datasets/data', name);
}

/** A small file from tests/fixtures/. */
export function fixture(name: string): string {
	return resolve('tests/fixtures', name);
}

/** Resolves once a service worker is active for the page (the precache is complete then). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) => {
				worker.addEventListener('statechange', () => {
					if (worker.state === 'activated') resolve();
				});
			});
		}
	});
}

/** Whether a service worker controls the page (it does after a reload once one is active). */
export async function isControlledByServiceWorker(page: Page): Promise<boolean> {
	return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

interface PersistentBrowser {
	context: BrowserContext;
	page: Page;
}

interface QuarryFixtures {
	app: AppShell;
	datasets: DatasetsPage;
	datasetDetail: DatasetDetailPage;
	queryPage: QueryPage;
	settings: SettingsPage;
	charts: ChartsPanel;
	gallery: GalleryPage;
	persistent: PersistentBrowser;
}

export const test = base.extend<QuarryFixtures>({
	app: async ({ page }, use) => {
		await use(new AppShell(page));
	},
	datasets: async ({ page }, use) => {
		await use(new DatasetsPage(page));
	},
	datasetDetail: async ({ page }, use) => {
		await use(new DatasetDetailPage(page));
	},
	queryPage: async ({ page }, use) => {
		await use(new QueryPage(page));
	},
	settings: async ({ page }, use) => {
		await use(new SettingsPage(page));
	},
	charts: async ({ page }, use) => {
		await use(new ChartsPanel(page));
	},
	gallery: async ({ page }, use) => {
		await use(new GalleryPage(page));
	},
	// eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first
	persistent: async ({}, use) => {
		const userDataDir = mkdtempSync(join(tmpdir(), 'quarry-profile-'));
		const context = await chromium.launchPersistentContext(userDataDir, {
			executablePath: chromiumPath,
			args: chromiumArgs,
			baseURL,
			viewport: { width: 1280, height: 800 },
			serviceWorkers: 'allow'
		});
		const page = context.pages()[0] ?? (await context.newPage());
		try {
			await use({ context, page });
		} finally {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		}
	}
});
