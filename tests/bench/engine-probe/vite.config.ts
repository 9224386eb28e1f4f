// Throwaway page that runs Quarry's engine worker in Chromium (see run-probe.mjs).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	publicDir: `${root}node_modules/vega-datasets/data`,
	resolve: {
		alias: {
			'duckdb-blocking': `${root}node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs`,
			$lib: `${root}src/lib`
		}
	},
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
	worker: { format: 'es' },
	build: { outDir: '/tmp/quarry-engine-probe', emptyOutDir: true, target: 'esnext' },
	preview: { port: 4190, strictPort: true, host: '127.0.0.1' }
});
