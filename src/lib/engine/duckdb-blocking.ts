/**
 * The synchronous DuckDB browser build (alias `duckdb-blocking`, see svelte.config.js), typed.
 * TypeScript resolves the alias to the bundle's .mjs and sees no declarations there, so the
 * types are taken from the package's `blocking` entry, whose bindings API is identical.
 */
import * as untyped from 'duckdb-blocking';
import type * as Blocking from '@duckdb/duckdb-wasm/blocking';

export type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';

export const duckdbBlocking = untyped as unknown as Pick<
	typeof Blocking,
	'createDuckDB' | 'DuckDBDataProtocol' | 'VoidLogger'
> & { BROWSER_RUNTIME: Blocking.DuckDBRuntime };
