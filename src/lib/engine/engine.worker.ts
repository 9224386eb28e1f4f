/**
 * Quarry's engine worker: DuckDB-WASM (synchronous build) plus parquet-wasm, exposed with
 * comlink. DuckDB never runs on the page's thread. All logic lives in ./handlers.
 */
import { expose } from 'comlink';
import initParquet from 'parquet-wasm/esm';
import { BROWSER_RUNTIME, DuckDBDataProtocol, VoidLogger, createDuckDB } from 'duckdb-blocking';
import type { InitOptions } from './engine-api';
import { createContext } from './handlers/context';
import { ENGINE_LOCKDOWN_SQL } from './handlers/lockdown';
import { lockRuntime } from './lock/locked-runtime';
import { disableNetwork, type OwnOriginFetch } from './lock/worker-globals';
import { startSpan, timed } from './timing';
import { createEngineApi, type StartedEngine } from './worker-api';

startSpan('worker-evaluated')();

// Before anything else runs: no request can leave this worker except the engine's own files.
const ownOriginFetch = disableNetwork(globalThis);
// Every file operation DuckDB makes goes through this runtime (lock/locked-runtime.ts).
const runtime = lockRuntime(BROWSER_RUNTIME);

type Receive = (instance: WebAssembly.Instance, module: WebAssembly.Module) => unknown;

/**
 * Compile DuckDB's wasm from a plain `fetch` of its URL. DuckDB-WASM's own loader pipes the
 * response through a progress stream, and Chromium only reuses compiled wasm code (its code
 * cache) for a response that comes straight from the HTTP or service-worker cache; so with
 * the stock loader every page load recompiled 34 MB of wasm.
 */
function compileDuckDB(url: string, load: OwnOriginFetch): Promise<WebAssembly.Module> {
	return timed('duckdb-compile', () => WebAssembly.compileStreaming(load(url)));
}

async function start(options: InitOptions): Promise<StartedEngine> {
	// Only the exception-handling build is shipped (Chromium); never fetched from a CDN.
	const bundle = { mainModule: options.wasmUrl, mainWorker: '' };
	const compiling = compileDuckDB(options.wasmUrl, ownOriginFetch);
	// parquet-wasm is only needed for Parquet files: it loads on first use, after DuckDB.
	let parquetLoading: Promise<void> | null = null;
	const loadParquet = () =>
		(parquetLoading ??= timed('parquet-init', () =>
			initParquet({ module_or_path: ownOriginFetch(options.parquetWasmUrl) })
		).then(() => undefined));
	const [db, module] = await Promise.all([
		createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), runtime),
		compiling
	]);
	let failInstantiate: (reason: unknown) => void = () => undefined;
	const instantiateFailed = new Promise<never>((_resolve, reject) => (failInstantiate = reject));
	Object.assign(db, {
		instantiateWasm(imports: WebAssembly.Imports, receive: Receive) {
			// As DuckDB-WASM's own loader does: its imports find the runtime through this global.
			Object.assign(globalThis, { DUCKDB_RUNTIME: runtime });
			WebAssembly.instantiate(module, imports)
				.then((instance) => receive(instance, module))
				.catch(failInstantiate);
			return [];
		}
	});
	await timed('duckdb-instantiate', () =>
		Promise.race([db.instantiate(() => undefined), instantiateFailed])
	);
	await timed('duckdb-open', () => db.open({}));
	await timed('engine-settings', () => {
		const conn = db.connect();
		conn.query(ENGINE_LOCKDOWN_SQL);
		conn.close();
	});
	const ctx = createContext(
		db,
		async (path, blob) => {
			db.registerFileHandle(path, blob, DuckDBDataProtocol.BROWSER_FILEREADER, true);
		},
		loadParquet
	);
	return { ctx, bundle: 'eh (blocking, in Quarry engine worker)' };
}

expose(createEngineApi(start));
