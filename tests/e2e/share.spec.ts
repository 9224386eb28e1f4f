/**
 * Share links: made on the query page, opened in another page or another browser profile,
 * nothing run before the click; hostile links shown as text, refused with a clear message,
 * nothing stored, and no request to any other server.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { toBase64Url } from '../../src/lib/core/share/base64url';
import { encodeShareLink } from '../../src/lib/core/share/codec';
import type { SharePayload } from '../../src/lib/core/share/types';
import { expect, test } from './fixtures';

let listener: Server;
let requests: string[] = [];
let listenerOrigin = '';

test.beforeAll(async () => {
	listener = createServer((req, res) => {
		requests.push(`${req.method} ${req.url}`);
		res.end('a,b\n1,2\n');
	});
	await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
	listenerOrigin = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((resolve) => listener.close(resolve));
});

test.beforeEach(() => {
	requests = [];
});

/** A small CSV written for the test: 30 fruit with a kind and a price. */
function fruitFile(): string {
	const dir = mkdtempSync(join(tmpdir(), 'quarry-share-'));
	const kinds = ['berry', 'citrus', 'stone'];
	const lines = ['name,kind,price'];
	for (let i = 0; i < 30; i++) lines.push(`fruit ${i},${kinds[i % 3]},${(i + 1) * 0.5}`);
	const path = join(dir, 'fruit.csv');
	writeFileSync(path, `${lines.join('\n')}\n`);
	return path;
}

const FRUIT_SQL =
	'SELECT kind, count(*)::INTEGER AS n, sum(price) AS total FROM fruit GROUP BY kind ORDER BY kind';

/** Rows of the shared result grid as text. */
async function sharedRows(page: Page): Promise<string[]> {
	const grid = page.getByRole('grid', { name: 'Shared result' });
	await expect(grid).toBeVisible();
	return grid.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])').allInnerTexts();
}

async function storedCounts(page: Page): Promise<Record<string, number>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, number>>((resolve, reject) => {
				const open = indexedDB.open('quarry');
				open.onerror = () => reject(new Error('cannot open'));
				open.onsuccess = () => {
					const db = open.result;
					const names = ['datasets', 'datasetFiles', 'queries', 'charts'].filter((n) =>
						db.objectStoreNames.contains(n)
					);
					const tx = db.transaction(names, 'readonly');
					const counts: Record<string, number> = {};
					for (const name of names) {
						const req = tx.objectStore(name).count();
						req.onsuccess = () => (counts[name] = req.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(counts);
					};
				};
			})
	);
}

function linkTo(text: string): string {
	return `/s#${text}`;
}

test('a link made on the query page opens elsewhere, runs only on Run, and gives the same result', async ({
	app,
	queryPage,
	page,
	context,
	browser
}) => {
	await app.goto('/');
	await app.importFile(fruitFile());
	await queryPage.goto();
	await queryPage.run(FRUIT_SQL);
	await queryPage.expectRowCount(3);
	const original = await queryPage.grid
		.locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])')
		.allInnerTexts();

	await page.getByRole('button', { name: 'Share', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Share query' });
	const input = dialog.getByRole('textbox', { name: 'Link' });
	await expect(input).toHaveValue(/\/s#v1\./);
	const url = await input.inputValue();
	await expect(dialog.getByTestId('share-length')).toContainText(
		`${url.length.toLocaleString('en-US')} characters`
	);
	await expect(dialog.getByTestId('share-length')).toContainText('fruit: all 30 rows');
	await dialog.getByRole('button', { name: 'Done' }).click();

	// Same profile: the dataset is found by its fingerprint.
	const other = await context.newPage();
	await other.goto(url);
	await expect(other.getByTestId('shared-sql')).toHaveText(FRUIT_SQL);
	await expect(other.getByTestId('share-notice')).toHaveText(/Nothing has run yet/);
	await expect(other.getByTestId('share-dataset')).toContainText(
		'Found here: fruit (the same data)'
	);
	await expect(other.getByRole('grid', { name: 'Shared result' })).toHaveCount(0);
	await other.getByRole('button', { name: 'Run', exact: true }).click();
	expect(await sharedRows(other)).toEqual(original);

	// Another profile without the dataset: the link's inline rows become a temporary table.
	const fresh = await browser.newContext();
	const stranger = await fresh.newPage();
	await stranger.goto(new URL(url).pathname + new URL(url).hash);
	await expect(stranger.getByTestId('share-dataset')).toContainText(
		"the link's 30 rows will be used as a temporary table, not saved"
	);
	await expect(stranger.getByRole('grid', { name: 'Shared result' })).toHaveCount(0);
	await stranger.getByRole('button', { name: 'Run', exact: true }).click();
	expect(await sharedRows(stranger)).toEqual(original);
	expect(await storedCounts(stranger)).toMatchObject({ datasets: 0, datasetFiles: 0 });
	await fresh.close();
	expect(requests).toEqual([]);
});

test('a chart shared from the query page opens with its chart', async ({
	app,
	queryPage,
	page
}) => {
	await app.goto('/');
	await app.importFile(fruitFile());
	await queryPage.goto();
	await queryPage.run(FRUIT_SQL);
	await queryPage.expectRowCount(3);
	await page.getByRole('button', { name: 'Share chart' }).click();
	const dialog = page.getByRole('dialog', { name: 'Share chart' });
	const url = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
	expect(url).toContain('/s#v1.');
	await dialog.getByRole('button', { name: 'Done' }).click();

	await page.goto(url);
	await expect(page.getByTestId('shared-chart')).not.toBeEmpty();
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await expect(page.locator('.result svg, .result canvas').first()).toBeVisible();
});

test('script in titles, names and cells stays text; nothing runs it', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const hostile = '<img src=x onerror="window.__pwned=1">';
	const payload: SharePayload = {
		title: `${hostile}<script>window.__pwned=2</script>`,
		sql: 'SELECT * FROM evil',
		datasets: [
			{
				name: `<script>alert('name')</script>`,
				tableName: 'evil',
				fingerprint: 'e'.repeat(64),
				columns: [{ name: `<b onmouseover="alert(1)">col</b>`, type: 'VARCHAR' }],
				sample: { rows: [[hostile], [`<svg onload="alert(2)">`]], truncated: false }
			}
		]
	};
	await page.goto(linkTo(await encodeShareLink(payload)));
	await expect(page.getByTestId('shared-title')).toHaveText(payload.title);
	await expect(page.getByTestId('share-dataset')).toContainText(payload.datasets[0].name);
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	const grid = page.getByRole('grid', { name: 'Shared result' });
	await expect(grid).toContainText(hostile);
	await expect(grid).toContainText('<svg onload="alert(2)">');
	await expect(grid).toContainText('<b onmouseover="alert(1)">col</b>');
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
	expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
	expect(await storedCounts(page)).toMatchObject({ datasets: 0, datasetFiles: 0, charts: 0 });
	expect(requests).toEqual([]);
});

test('links that would reach another server are refused or never reach it', async ({ page }) => {
	const base = { title: 'leak', datasets: [] };
	// A chart spec that loads a URL: refused before anything is shown.
	const spec = await encodeShareLink({
		...base,
		sql: 'SELECT 1 AS a',
		chart: { mark: 'bar', data: { url: `${listenerOrigin}/spec.csv` } } as never
	});
	await page.goto(linkTo(spec));
	await expect(page.getByTestId('share-problem')).toContainText(
		'The chart spec is not allowed: spec.data'
	);
	await expect(page.getByRole('button', { name: 'Run', exact: true })).toHaveCount(0);

	// SQL that reads from the listener: shown, not run; refused by the engine's lock when the user
	// presses Run, also when the address is built at run time (no text guard can see it).
	const port = new URL(listenerOrigin).port;
	for (const sql of [
		`SELECT * FROM read_csv('${listenerOrigin}/leak.csv')`,
		`SELECT * FROM '${listenerOrigin}/leak.csv'`,
		`SELECT * FROM read_csv(concat('htt', 'p://127.0.0.1:${port}/built.csv'))`,
		`SELECT * FROM read_text(lower('HTTP://127.0.0.1:${port}/lower.txt'))`
	]) {
		await page.goto('about:blank');
		await page.goto(linkTo(await encodeShareLink({ ...base, sql })));
		await expect(page.getByTestId('shared-sql')).toHaveText(sql);
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		await expect(page.getByTestId('share-run-error')).not.toBeEmpty();
	}
	// SQL that builds the address at run time: shown, never run without a click.
	await page.goto('about:blank');
	const built = `SELECT * FROM read_csv(concat('htt', 'p://127.0.0.1:${port}/x.csv'))`;
	await page.goto(linkTo(await encodeShareLink({ ...base, sql: built })));
	await expect(page.getByTestId('share-notice')).toHaveText(/Nothing has run yet/);
	expect(requests).toEqual([]);
	expect(await storedCounts(page)).toMatchObject({ datasets: 0, queries: 0, charts: 0 });
});

test('broken links each give a clear message and store nothing', async ({ page }) => {
	const good = await encodeShareLink({ title: 't', sql: 'SELECT 42 AS answer', datasets: [] });
	const notDeflate = `v1.${toBase64Url(new TextEncoder().encode('this is not deflate data!'))}`;
	const cases: [string, RegExp][] = [
		[`v1.${'A'.repeat(50_000)}`, /characters long; Quarry opens links of up to/],
		[`${good.slice(0, 12)}*${good.slice(13)}`, /damaged: character 13 is not allowed/],
		[notDeflate, /damaged: its data cannot be unpacked/],
		['v7.AAAA', /made by a newer Quarry \(format v7\)/],
		[good.slice(0, good.length - 6), /cut short/],
		['hello', /not a Quarry share link/]
	];
	for (const [text, message] of cases) {
		await page.goto('about:blank');
		await page.goto(linkTo(text));
		await expect(page.getByTestId('share-problem')).toContainText(message);
		await expect(page.getByRole('button', { name: 'Run', exact: true })).toHaveCount(0);
	}
	expect(await storedCounts(page)).toMatchObject({ datasets: 0, queries: 0, charts: 0 });
	expect(requests).toEqual([]);

	// The good link still opens, also in the /#/s/ form.
	await page.goto(`/#/s/${good}`);
	await expect(page).toHaveURL(/\/s#v1\./);
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	expect(await sharedRows(page)).toEqual(['1\n42']);
});

test('/query?sql=…&run=1 from outside fills the editor and waits for Run', async ({
	queryPage,
	page
}) => {
	await page.goto(`/query?sql=${encodeURIComponent('SELECT 7 AS seven')}&run=1`);
	await expect(queryPage.editor).toHaveValue('SELECT 7 AS seven');
	await expect(page.getByText('This query came from a link and has not run.')).toBeVisible();
	await expect(queryPage.grid).toHaveCount(0);
	await queryPage.runButton.click();
	await queryPage.expectRowCount(1);
});
