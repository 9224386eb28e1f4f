import { defineConfig } from 'vite';

// Builds the bare reference page on its own: no SvelteKit, no Quarry code.
export default defineConfig({
	root: import.meta.dirname,
	base: './',
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
	build: { outDir: '../.build/bare', emptyOutDir: true, chunkSizeWarningLimit: 8192 },
	logLevel: 'warn'
});
