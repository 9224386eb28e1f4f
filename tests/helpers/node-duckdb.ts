/**
 * Real DuckDB-WASM in Node, for unit tests and the NL evaluation harness.
 * Uses the synchronous Node build (the same bindings API as the browser build the worker uses).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENGINE_LOCKDOWN_SQL } from '../../src/lib/engine/handlers/lockdown';
import { lockRuntime } from '../../src/lib/engine/lock/locked-runtime';

const require = createRequire(import.meta.url);

type NodeBlocking = typeof import('@duckdb/duckdb-wasm/blocking');
type DuckDBRuntime = import('@duckdb/duckdb-wasm/blocking').DuckDBRuntime;
export type NodeBindings = Awaited<ReturnType<NodeBlocking['createDuckDB']>>;

const duckdbDist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

/**
 * Start a fresh in-memory DuckDB set up as Quarry's engine is: files only under Quarry's own
 * directory (`quarryPath`), through the same locked runtime, extensions never loaded, the
 * configuration locked. `settings` run before the lock, e.g. a small memory limit.
 */
export async function openNodeDuckDB(
	options: {
		settings?: string;
		/** false: leave DuckDB's own settings open, to test the locked runtime on its own. */
		isLockedDown?: boolean;
		/** Wraps Node's runtime before the lock does (e.g. to record what reaches it). */
		wrapRuntime?: (runtime: DuckDBRuntime) => DuckDBRuntime;
	} = {}
): Promise<NodeBindings> {
	const duckdb = require(join(duckdbDist, 'duckdb-node-blocking.cjs')) as NodeBlocking;
	const bundles = {
		mvp: { mainModule: join(duckdbDist, 'duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: join(duckdbDist, 'duckdb-eh.wasm'), mainWorker: '' }
	};
	const db = await duckdb.createDuckDB(
		bundles,
		new duckdb.VoidLogger(),
		lockRuntime(options.wrapRuntime?.(duckdb.NODE_RUNTIME) ?? duckdb.NODE_RUNTIME)
	);
	await db.instantiate();
	db.open({});
	const conn = db.connect();
	if (options.settings) conn.query(options.settings);
	if (options.isLockedDown !== false) conn.query(ENGINE_LOCKDOWN_SQL);
	conn.close();
	return db;
}
