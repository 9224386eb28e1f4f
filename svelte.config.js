import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './scripts/lib/csp.mjs';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// No build-time .gz/.br copies: brotli at maximum quality spends over 3 minutes on DuckDB's
		// 34 MB wasm per build (docs/decisions/0003-no-build-precompression.md).
		// QUARRY_TEST_BUILD=1 builds the test build (with window.__quarry for end-to-end tests and
		// benchmarks) into build-test/, so that build/ only ever holds what users run.
		adapter: adapter({
			out: process.env.QUARRY_TEST_BUILD === '1' ? 'build-test' : 'build',
			precompress: false
		}),
		serviceWorker: { register: false },
		// The Content-Security-Policy (scripts/lib/csp.mjs, docs/security.md). Hashes, not nonces:
		// the service worker serves the same cached page, header included, on every offline visit.
		csp: { mode: 'hash', directives: cspDirectives },
		// Absolute asset paths: the service worker answers every navigation (/query,
		// /datasets/abc…) with the same app shell, so its URLs must not depend on the page's path.
		paths: { relative: false },
		alias: {
			// Test-only helpers (specs and e2e); app code never imports them (ESLint enforces it).
			$test: 'tests/support',
			// The synchronous DuckDB build runs inside Quarry's own engine worker.
			// It is not in the package's export map, so it is reached through an alias.
			'duckdb-blocking': 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs'
		}
	}
};

export default config;
