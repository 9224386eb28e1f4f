/**
 * Two devices (two browser contexts) syncing through the real Quarry server that Playwright
 * starts (its SQLite file in QUARRY_E2E_DATA_DIR): sign in, roaming records, dataset data on
 * first use, offline edits that conflict, restore, delete, sign-out and account deletion.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startLlmServer, type LlmServer } from '../support/llm-server';
import { AppShell } from './page-models/app-shell';
import { ChartsPanel } from './page-models/charts';
import { DatasetsPage } from './page-models/datasets-page';
import { GalleryPage } from './page-models/gallery';
import { QueryPage } from './page-models/query-page';
import { SyncSettings } from './page-models/sync-settings';

const PASSWORD = 'correct horse battery';
const REMOTE_MARK = 'On the server — downloads when first used';

/** A name no other test (or earlier run against the same data directory) used. */
function uniqueUser(prefix: string): string {
	return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** One device: a browser context with the page models on its page. */
interface Device {
	page: Page;
	app: AppShell;
	sync: SyncSettings;
	datasets: DatasetsPage;
	query: QueryPage;
	charts: ChartsPanel;
	gallery: GalleryPage;
	setOffline(offline: boolean): Promise<void>;
	close(): Promise<void>;
}

async function openDevice(browser: Browser): Promise<Device> {
	const context = await browser.newContext();
	const page = await context.newPage();
	return {
		page,
		app: new AppShell(page),
		sync: new SyncSettings(page),
		datasets: new DatasetsPage(page),
		query: new QueryPage(page),
		charts: new ChartsPanel(page),
		gallery: new GalleryPage(page),
		setOffline: (offline) => context.setOffline(offline),
		close: () => context.close()
	};
}

/** Go to a page through the navigation (no page load: works offline). */
async function navigate(device: Device, name: 'Datasets' | 'Query' | 'Gallery' | 'Settings') {
	await device.app.navigateTo(name);
}

/**
 * Sync `device` and look at its gallery until `check` holds: the other device sends a change a
 * moment after it is made (its pending count follows the write), so one pass may be too early.
 */
async function syncUntil(device: Device, check: () => Promise<void>) {
	await expect(async () => {
		await navigate(device, 'Settings');
		await device.sync.syncNow();
		await device.sync.expectSynced();
		await navigate(device, 'Gallery');
		await check();
	}).toPass({ timeout: 60_000 });
}

let dir: string;
let csv: string;

test.beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'quarry-sync-'));
	csv = join(dir, 'orchard.csv');
	writeFileSync(
		csv,
		'fruit,kind,kg\napple,tree,120\npear,tree,80\nplum,tree,45\nstrawberry,plant,30\ngrape,vine,95\n'
	);
});

test.afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

test('two devices: data appears at once, offline edits converge, the other version can be restored, deletes roam', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const user = uniqueUser('orchard');
	const a = await openDevice(browser);
	const b = await openDevice(browser);
	try {
		// Device A: a dataset, a query and a chart, then an account.
		await a.app.goto('/');
		await a.app.importFile(csv);
		await a.query.goto();
		await a.app.waitForEngine();
		await a.query.run('SELECT kind, sum(kg) AS kg FROM orchard GROUP BY kind ORDER BY kind');
		await a.query.expectRowCount(3);
		await a.charts.expectDrawn();
		await a.charts.saveToGallery('Harvest by kind', 'Kilograms per kind of plant');
		await expect(a.sync.indicator).toHaveCount(0);
		await navigate(a, 'Settings');
		await a.sync.register(user, PASSWORD);
		await a.sync.expectSynced();

		// Device B signs in: the dataset is listed at once, its data downloads on first use.
		await b.app.goto('/settings');
		await b.sync.signIn(user, PASSWORD);
		await b.sync.expectSynced();
		await navigate(b, 'Datasets');
		await expect(b.datasets.row('orchard')).toBeVisible();
		await expect(b.datasets.row('orchard')).toContainText(REMOTE_MARK);
		await navigate(b, 'Query');
		await b.app.waitForEngine();
		await b.query.expectScalar('SELECT sum(kg) FROM orchard', '370');
		await navigate(b, 'Datasets');
		await expect(b.datasets.row('orchard')).not.toContainText(REMOTE_MARK);
		await navigate(b, 'Gallery');
		await expect(b.gallery.card('Harvest by kind')).toBeVisible();

		// Both offline (with nothing waiting): each renames the chart its own way; the indicator
		// counts what waits.
		await a.sync.expectSynced();
		await b.sync.expectSynced();
		await navigate(a, 'Gallery');
		await a.setOffline(true);
		await b.setOffline(true);
		await a.gallery.rename('Harvest by kind', 'Harvest (A)');
		await expect(a.gallery.card('Harvest (A)')).toBeVisible();
		await expect(a.sync.indicator).toHaveText('Offline · Pending 1');
		await b.gallery.rename('Harvest by kind', 'Harvest (B)');
		await expect(b.sync.indicator).toHaveText('Offline · Pending 1');

		// Back online, A first: B's version reaches the server later and wins everywhere.
		await a.setOffline(false);
		await a.sync.expectSynced();
		await b.setOffline(false);
		await b.sync.expectSynced();
		await navigate(a, 'Settings');
		await a.sync.syncNow();
		await a.sync.expectSynced();
		await navigate(a, 'Gallery');
		await expect(a.gallery.card('Harvest (B)')).toBeVisible();
		await expect(b.gallery.card('Harvest (B)')).toBeVisible();

		// A's version is kept: restore it, and both show it again.
		await navigate(a, 'Settings');
		const kept = a.sync.conflict('Harvest (A)');
		await expect(kept).toContainText('Chart');
		await kept.getByRole('button', { name: /^Restore/ }).click();
		await a.sync.expectSynced();
		await navigate(a, 'Gallery');
		await expect(a.gallery.card('Harvest (A)')).toBeVisible();
		await syncUntil(b, () => expect(b.gallery.card('Harvest (A)')).toBeVisible());

		// A deletes the chart: it is gone on B after B syncs.
		await a.gallery.delete('Harvest (A)');
		await a.sync.expectSynced();
		await syncUntil(b, () => expect(b.gallery.card('Harvest (A)')).toHaveCount(0));
		await expect(b.gallery.card('Harvest (B)')).toHaveCount(0);
	} finally {
		await a.close();
		await b.close();
	}
});

test('signing out keeps the device’s data unless asked to remove it; deleting the account ends it', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const user = uniqueUser('leave');
	const device = await openDevice(browser);
	try {
		await device.app.goto('/');
		await device.app.importFile(csv);
		await navigate(device, 'Settings');
		await device.sync.register(user, PASSWORD);
		await device.sync.expectSynced();

		// Sign out with the box left unticked: the dataset stays and the indicator goes.
		await device.sync.signOut({ removeLocalData: false });
		await expect(device.sync.indicator).toHaveCount(0);
		await navigate(device, 'Datasets');
		await expect(device.datasets.row('orchard')).toBeVisible();

		// A wrong password is answered at the form, without saying whether the account exists.
		await navigate(device, 'Settings');
		await device.sync.submitAccount('sign-in', user, 'not the password at all');
		await expect(device.sync.section.getByText(/incorrect|wrong|not match/i)).toBeVisible();
		await device.sync.signIn(user, PASSWORD);
		await device.sync.expectSynced();

		// Sign out and remove the local copies: the device is clean; signing in brings them back.
		await device.sync.signOut({ removeLocalData: true });
		await navigate(device, 'Datasets');
		await expect(device.datasets.emptyState).toBeVisible();
		await navigate(device, 'Settings');
		await device.sync.signIn(user, PASSWORD);
		await device.sync.expectSynced();
		await navigate(device, 'Datasets');
		await expect(device.datasets.row('orchard')).toContainText(REMOTE_MARK);

		// Download everything for offline use: the mark goes.
		await navigate(device, 'Settings');
		await device.sync.downloadAll();
		await navigate(device, 'Datasets');
		await expect(device.datasets.row('orchard')).not.toContainText(REMOTE_MARK);

		// Delete the account: signed out, the local data stays, and the account is gone.
		await navigate(device, 'Settings');
		await device.sync.deleteAccount(PASSWORD);
		await expect(device.sync.section.getByRole('button', { name: 'Sign in' })).toBeVisible();
		await expect(device.sync.indicator).toHaveCount(0);
		await navigate(device, 'Datasets');
		await expect(device.datasets.row('orchard')).toBeVisible();
		await navigate(device, 'Settings');
		await device.sync.submitAccount('sign-in', user, PASSWORD);
		await expect(device.sync.account).toHaveCount(0);
		await expect(device.sync.section.getByText(/incorrect|wrong|not match/i)).toBeVisible();
	} finally {
		await device.close();
	}
});

test('another server’s address: Quarry asks for a reload, then may reach that server and no other', async ({
	page
}) => {
	// Two stand-in servers on other ports of 127.0.0.1 that record every request they get.
	const servers: LlmServer[] = [await startLlmServer(), await startLlmServer()];
	const [remote, other] = servers;
	const sync = new SyncSettings(page);
	const reached = (server: LlmServer) =>
		server.requests.filter((r) => r.path.startsWith('/api/')).length;
	try {
		await page.goto('/settings');
		await expect(sync.section).toBeVisible();
		const address = sync.section.getByLabel('Server address');
		await address.fill(`${remote.origin}/`);
		await sync.submitAccount('sign-in', uniqueUser('far'), PASSWORD);
		await expect(sync.section.getByRole('alert')).toContainText(
			`Quarry may connect to ${remote.origin} after a reload`
		);
		expect(reached(remote)).toBe(0);

		const response = await page.reload();
		const policy = response?.headers()['content-security-policy'] ?? '';
		expect(policy).toMatch(
			new RegExp(`connect-src 'self' ${remote.origin.replaceAll('.', '\\.')}(;|$)`)
		);
		expect(policy).not.toContain(other.origin);
		await expect(address).toHaveValue(remote.origin);

		// Now the sign-in reaches that server (which is no Quarry server: a clear error).
		await sync.submitAccount('sign-in', uniqueUser('far'), PASSWORD);
		await expect.poll(() => reached(remote)).toBeGreaterThan(0);
		await expect(sync.account).toHaveCount(0);
		await expect(address).toHaveAttribute('aria-invalid', 'true');

		// Any other server is still out of reach: the form asks for a reload again.
		await address.fill(other.origin);
		await sync.submitAccount('sign-in', uniqueUser('far'), PASSWORD);
		await expect(sync.section.getByRole('alert')).toContainText(
			`Quarry may connect to ${other.origin} after a reload`
		);
		expect(reached(other)).toBe(0);
	} finally {
		await Promise.all(servers.map((server) => server.close()));
	}
});
