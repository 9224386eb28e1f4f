import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath, e2ePort } from './chromium';
import { expect, isControlledByServiceWorker, test, waitForServiceWorker } from './fixtures';

/**
 * A new release, as a user meets it: Quarry is open in a tab, the server is updated, and the
 * page offers to reload into the new version. This test runs its own server (on the next port)
 * from a copy of the production build, so it can "deploy" a changed build without touching the
 * one the other tests use.
 */
const port = e2ePort + 1;
const origin = `http://127.0.0.1:${port}`;

async function startServer(buildDir: string, dataDir: string): Promise<ChildProcess> {
	const server = spawn(process.execPath, [join(buildDir, 'index.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', QUARRY_DATA_DIR: dataDir },
		stdio: 'ignore'
	});
	for (let attempt = 0; attempt < 150; attempt++) {
		const isUp = await fetch(`${origin}/api/health`).then(
			(response) => response.ok,
			() => false
		);
		if (isUp) return server;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill('SIGKILL');
	throw new Error(`The Quarry server from ${buildDir} did not start on port ${port}.`);
}

async function stopServer(server: ChildProcess): Promise<void> {
	if (server.exitCode !== null || server.signalCode !== null) return;
	const exited = new Promise((resolve) => server.once('exit', resolve));
	server.kill('SIGTERM');
	await exited;
}

test('when a newer Quarry is deployed, the open page offers "Update available — reload" and reloads into it', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'quarry-update-'));
	const buildDir = join(dir, 'build');
	cpSync('build', buildDir, { recursive: true });
	// The server's runtime packages (SQLite driver, password hashing) resolve from here.
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	let server = await startServer(buildDir, join(dir, 'data'));
	const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
		executablePath: chromiumPath,
		args: chromiumArgs,
		baseURL: origin,
		serviceWorkers: 'allow'
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const updateBanner = page.getByRole('status', { name: 'Update available' });
		await page.goto('/');
		await waitForServiceWorker(page);
		await expect(page.getByRole('status', { name: 'Offline ready' })).toBeVisible();
		// A returning user: the page is now served by the installed worker.
		await page.reload();
		expect(await isControlledByServiceWorker(page)).toBe(true);
		await expect(updateBanner).toHaveCount(0);

		// The release: the same app with a changed service worker script, served by a restarted
		// server. The open page learns of it on its next update check (hourly, or on navigation).
		await stopServer(server);
		appendFileSync(join(buildDir, 'client', 'sw.js'), '\n// next release\n');
		server = await startServer(buildDir, join(dir, 'data'));
		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});

		await expect(updateBanner).toContainText('Update available — reload', { timeout: 30_000 });
		await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
		const reloaded = page.waitForEvent('load', { timeout: 30_000 });
		await updateBanner.getByRole('button', { name: 'Reload' }).click();
		await reloaded;

		// The page reloaded (the marker is gone) under the new worker, and nothing waits any more.
		expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
		await expect
			.poll(() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return {
						controlled: navigator.serviceWorker.controller !== null,
						waiting: registration?.waiting !== null
					};
				})
			)
			.toEqual({ controlled: true, waiting: false });
		await expect(updateBanner).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	} finally {
		await context.close();
		await stopServer(server);
		rmSync(dir, { recursive: true, force: true });
	}
});
