/**
 * Real DuckDB-WASM in Node, for unit tests and the NL evaluation harness.
 * Uses the synchronous Node build (the same bindings API as the browser build the worker uses).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENGINE_LOCKDOWN_SQL } from '../../src/lib/engine/handlers/lockdown';

const require = createRequire(import.meta.url);

type NodeBlocking = typeof import('@duckdb/duckdb-wasm/blocking');
export type NodeBindings = Awaited<ReturnType<NodeBlocking['createDuckDB']>>;

const duckdbDist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

/**
 * Start a fresh in-memory DuckDB set up as Quarry's engine is (extensions never loaded, the
 * configuration locked). `settings` run before the lock, e.g. a small memory limit.
 */
export async function openNodeDuckDB(options: { settings?: string } = {}): Promise<NodeBindings> {
	const duckdb = require(join(duckdbDist, 'duckdb-node-blocking.cjs')) as NodeBlocking;
	const bundles = {
		mvp: { mainModule: join(duckdbDist, 'duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: join(duckdbDist, 'duckdb-eh.wasm'), mainWorker: '' }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({});
	const conn = db.connect();
	if (options.settings) conn.query(options.settings);
	conn.query(ENGINE_LOCKDOWN_SQL);
	conn.close();
	return db;
}
