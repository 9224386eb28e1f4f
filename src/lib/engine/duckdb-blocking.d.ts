/**
 * Types for the synchronous DuckDB browser build, reached through the `duckdb-blocking` alias
 * (svelte.config.js). Its bindings API is the one the package's `blocking` entry declares.
 */
declare module 'duckdb-blocking' {
	import type { DuckDBRuntime } from '@duckdb/duckdb-wasm/blocking';
	export * from '@duckdb/duckdb-wasm/blocking';
	export const BROWSER_RUNTIME: DuckDBRuntime;
}
