import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { coverageThresholds } from './scripts/lib/coverage.mjs';

/** Revision for a precached file that is not in the glob (the plugin drops the manifest). */
function revisionOf(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

/**
 * When a build fails, the PWA plugin's closeBundle still runs, fails on the missing client
 * output and hides the real error behind "ENOENT … version.json". Skip it after a failure.
 */
function quietAfterFailedBuild(plugins: Plugin[]): Plugin[] {
	let hasFailed = false;
	const watcher: Plugin = {
		name: 'quarry:pwa-after-failed-build',
		buildEnd(error) {
			if (error) hasFailed = true;
		}
	};
	const wrapped = plugins.map((plugin): Plugin => {
		const hook = plugin.closeBundle;
		if (!hook || typeof hook === 'function') return plugin;
		const handler = hook.handler;
		return {
			...plugin,
			closeBundle: {
				...hook,
				handler(...args) {
					if (hasFailed) return;
					return handler.apply(this, args);
				}
			}
		};
	});
	return [watcher, ...wrapped];
}

export default defineConfig({
	plugins: [
		sveltekit(),
		...quietAfterFailedBuild(
			SvelteKitPWA({
				strategies: 'generateSW',
				registerType: 'prompt',
				// src/lib/pwa/register.ts registers the worker (production only) with workbox-window.
				injectRegister: false,
				// The manifest is static/manifest.webmanifest, linked from src/app.html.
				manifest: false,
				// The Node server renders the same client-side app shell for every route; precache it
				// under "/" (revisioned by the build's version.json) and answer navigations with it.
				kit: { adapterFallback: 'index.html', spa: { fallbackMapping: '/' } },
				workbox: {
					// The DuckDB engine (~34 MB) must be precached or Quarry cannot start offline.
					maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
					globPatterns: ['client/**/*.{js,css,html,ico,png,svg,webp,wasm,webmanifest,json,csv}'],
					additionalManifestEntries: [
						{
							url: 'manifest.webmanifest',
							revision: revisionOf('static/manifest.webmanifest')
						}
					],
					navigateFallback: '/',
					// The server's API and metrics are never answered from the cache.
					navigateFallbackDenylist: [/^\/api\//, /^\/metrics$/],
					// Everything Quarry needs is precached from its own origin; nothing is fetched at
					// run time from anywhere else, so there are no runtime caching rules.
					runtimeCaching: [],
					// Adds the configured LLM endpoint's origin to the served page's connect-src
					// (static/sw-llm-origin.js, decision 0008). Runs before Workbox's routes.
					importScripts: ['/sw-llm-origin.js'],
					cleanupOutdatedCaches: true,
					clientsClaim: false,
					skipWaiting: false
				}
			})
		)
	],
	// True only in the test build (QUARRY_TEST_BUILD=1, written to build-test/): it exposes
	// window.__quarry (src/lib/features/shell/test-handle.ts). A constant, so the production
	// build drops the handle's code entirely.
	define: { __QUARRY_TEST_BUILD__: JSON.stringify(process.env.QUARRY_TEST_BUILD === '1') },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	worker: { format: 'es' },
	build: { chunkSizeWarningLimit: 4096 },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		// The PostgreSQL store's specs need a database: they are their own suite
		// (vitest.pg.config.ts), which scripts/test.mjs runs when QUARRY_TEST_DATABASE_URL is set.
		exclude: [...configDefaults.exclude, 'src/lib/server/store/postgres*.spec.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// Collected when asked (`vitest run --coverage`, as `npm test` does), so that running one
		// spec file does not fail on the thresholds. Svelte components are exercised by the
		// end-to-end tests, so only TypeScript modules count (docs/development.md, "Coverage").
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			// The PostgreSQL store runs only in its own suite (vitest.pg.config.ts), not in this one.
			exclude: ['**/*.spec.ts', '**/*.bench.ts', '**/*.d.ts', 'src/lib/server/store/postgres*.ts'],
			reporter: ['text-summary', 'json-summary'],
			reportsDirectory: 'coverage',
			reportOnFailure: true,
			thresholds: coverageThresholds
		}
	}
});
