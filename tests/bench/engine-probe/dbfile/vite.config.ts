import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Throwaway page for probe.ts (see run.mjs): bare DuckDB-WASM, no Quarry code.
export default defineConfig({
	root: import.meta.dirname,
	base: './',
	resolve: {
		alias: {
			'duckdb-blocking': fileURLToPath(
				new URL(
					'../../../../node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs',
					import.meta.url
				)
			)
		}
	},
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	worker: { format: 'es' },
	build: { outDir: '/tmp/quarry-dbfile-probe', emptyOutDir: true, chunkSizeWarningLimit: 8192 },
	logLevel: 'warn'
});
