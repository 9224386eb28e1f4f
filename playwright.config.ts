import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { baseURL, chromiumArgs, chromiumPath, e2ePort } from './tests/e2e/chromium';

// One fresh server data directory per run. Test workers load this file again; they inherit
// the variable from the main process and so agree on the directory.
process.env.QUARRY_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'quarry-e2e-'));

/**
 * End-to-end tests run against the test build (`npm run build:test` first; `npm test` does it):
 * the production app plus `window.__quarry`, in build-test/, served by Quarry's own Node server,
 * in Debian's Chromium.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	globalTeardown: './tests/e2e/global-teardown.ts',
	outputDir: 'test-results/playwright-artifacts',
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	forbidOnly: !!process.env.CI,
	fullyParallel: false,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL,
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
		// Ordinary tests run without the service worker: installing it precaches ~40 MB in every
		// fresh context. The PWA tests use the `persistent` fixture, which allows it.
		serviceWorkers: 'block',
		trace: 'off',
		screenshot: 'only-on-failure'
	},
	projects: [{ name: 'chromium' }],
	webServer: {
		command: 'node scripts/serve.mjs --test-build',
		url: `${baseURL}/api/health`,
		env: {
			PORT: String(e2ePort),
			HOST: '127.0.0.1',
			QUARRY_DATA_DIR: process.env.QUARRY_E2E_DATA_DIR
		},
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
