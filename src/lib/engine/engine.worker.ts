/**
 * Quarry's engine worker: DuckDB-WASM (synchronous build) plus parquet-wasm, exposed with
 * comlink. DuckDB never runs on the page's thread. All logic lives in ./handlers.
 */
import { expose } from 'comlink';
import initParquet from 'parquet-wasm/esm';
import { BROWSER_RUNTIME, DuckDBDataProtocol, VoidLogger, createDuckDB } from 'duckdb-blocking';
import type { InitOptions } from './engine-api';
import { createContext } from './handlers/context';
import { startSpan, timed } from './timing';
import { createEngineApi, type StartedEngine } from './worker-api';

startSpan('worker-evaluated')();

async function start(options: InitOptions): Promise<StartedEngine> {
	// Only the exception-handling build is shipped (Chromium); never fetched from a CDN.
	const bundle = { mainModule: options.wasmUrl, mainWorker: '' };
	const [db] = await Promise.all([
		timed('duckdb-create', () =>
			createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), BROWSER_RUNTIME)
		),
		timed('parquet-init', () => initParquet({ module_or_path: options.parquetWasmUrl }))
	]);
	await timed('duckdb-instantiate', () => db.instantiate(() => undefined));
	await timed('duckdb-open', () => db.open({}));
	const conn = db.connect();
	conn.query('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
	conn.close();
	const ctx = createContext(db, async (path, blob) => {
		db.registerFileHandle(path, blob, DuckDBDataProtocol.BROWSER_FILEREADER, true);
	});
	return { ctx, bundle: 'eh (blocking, in Quarry engine worker)' };
}

expose(createEngineApi(start));
