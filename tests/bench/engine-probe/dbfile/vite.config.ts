import { defineConfig } from 'vite';

// Throwaway page for probe.ts (see run.mjs): bare DuckDB-WASM, no Quarry code.
export default defineConfig({
	root: import.meta.dirname,
	base: './',
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { outDir: '/tmp/quarry-dbfile-probe', emptyOutDir: true, chunkSizeWarningLimit: 8192 },
	logLevel: 'warn'
});
