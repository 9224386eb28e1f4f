/**
 * The engine's files, resolved by Vite to URLs on Quarry's own origin (so the service worker
 * precaches them and nothing is fetched from a CDN). Only DuckDB's `eh` build is shipped.
 */
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { InitOptions } from './engine-api';

export const engineAssets: InitOptions = { wasmUrl: duckdbWasmUrl, parquetWasmUrl };
