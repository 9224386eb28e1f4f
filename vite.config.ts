import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			registerType: 'prompt',
			injectRegister: false,
			manifest: false,
			kit: { adapterFallback: 'index.html', spa: true },
			workbox: {
				// The DuckDB engine (~34 MB) must be precached or Quarry cannot start offline.
				maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
				globPatterns: ['client/**/*.{js,css,html,ico,png,svg,webp,wasm,webmanifest,json}'],
				navigateFallback: '/',
				navigateFallbackDenylist: [/^\/api\//],
				cleanupOutdatedCaches: true
			}
		})
	],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	worker: { format: 'es' },
	build: { chunkSizeWarningLimit: 4096 },
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
