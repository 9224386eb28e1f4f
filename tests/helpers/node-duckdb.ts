/**
 * Real DuckDB-WASM in Node, for unit tests and the NL evaluation harness.
 * Uses the synchronous Node build (the same bindings API as the browser build the worker uses).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

type NodeBlocking = typeof import('@duckdb/duckdb-wasm/dist/types/src/targets/duckdb-node-blocking');
export type NodeBindings = Awaited<ReturnType<NodeBlocking['createDuckDB']>>;

const duckdbDist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

/** Start a fresh in-memory DuckDB with extension autoload switched off (no network, ever). */
export async function openNodeDuckDB(): Promise<NodeBindings> {
	const duckdb = require(join(duckdbDist, 'duckdb-node-blocking.cjs')) as NodeBlocking;
	const bundles = {
		mvp: { mainModule: join(duckdbDist, 'duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: join(duckdbDist, 'duckdb-eh.wasm'), mainWorker: '' }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({});
	const conn = db.connect();
	conn.query('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
	conn.close();
	return db;
}
