/** Node test setup for the handlers: real DuckDB-WASM plus parquet-wasm, no browser. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initSync } from 'parquet-wasm/esm';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { openNodeDuckDB } from '../helpers/node-duckdb';
import { createContext, type EngineContext } from '$lib/engine/handlers/context';

const require = createRequire(import.meta.url);
let isParquetReady = false;

export async function openTestContext(options: { settings?: string } = {}): Promise<EngineContext> {
	if (!isParquetReady) {
		initSync({ module: readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
		isParquetReady = true;
	}
	const db = (await openNodeDuckDB(options)) as unknown as DuckDBBindings;
	return createContext(db, async (path, blob) => {
		db.registerFileBuffer(path, new Uint8Array(await blob.arrayBuffer()));
	});
}

const dataDir = join(process.cwd(), 'node_modules/vega-datasets/data/');

/** A file from vega-datasets as a Blob, the way the page hands files to the worker. */
export function datasetBlob(name: string): Blob {
	return new Blob([readFileSync(dataDir + name)]);
}
