// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- throwaway measurement script, plain JS
// @ts-nocheck
// Plain-JS twin of tests/helpers/node-duckdb.ts for probe scripts run with bare node.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
export async function openNodeDuckDB() {
	const duckdb = require(join(dist, 'duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
		eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({});
	const conn = db.connect();
	conn.query('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
	conn.close();
	return db;
}
