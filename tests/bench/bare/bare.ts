/**
 * The reference side of `npm run bench`: DuckDB-WASM used the documented way (AsyncDuckDB in its
 * own worker), with no Quarry code. Parquet is decoded with parquet-wasm, as DuckDB's parquet
 * extension cannot be loaded offline.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import initParquet, { readParquet } from 'parquet-wasm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

let db: duckdb.AsyncDuckDB | null = null;
let conn: duckdb.AsyncDuckDBConnection | null = null;

async function start(): Promise<number> {
	const t0 = performance.now();
	const worker = new Worker(ehWorker);
	db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(ehWasm);
	await db.open({});
	conn = await db.connect();
	await conn.query('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
	return performance.now() - t0;
}

function picked(): File {
	const input = document.getElementById('file') as HTMLInputElement;
	const file = input.files?.[0];
	if (!file) throw new Error('no file picked');
	return file;
}

async function importCsv(table: string): Promise<{ ms: number; rows: number }> {
	if (!db || !conn) throw new Error('not started');
	const file = picked();
	const t0 = performance.now();
	await db.registerFileHandle(file.name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
	await conn.query(`CREATE OR REPLACE TABLE "${table}" AS SELECT * FROM read_csv('${file.name}')`);
	const ms = performance.now() - t0;
	const count = await conn.query(`SELECT count(*)::INTEGER AS n FROM "${table}"`);
	return { ms, rows: Number(count.getChildAt(0)?.get(0)) };
}

async function query(sql: string): Promise<{ ms: number; rows: number }> {
	if (!conn) throw new Error('not started');
	const t0 = performance.now();
	const result = await conn.query(sql);
	return { ms: performance.now() - t0, rows: result.numRows };
}

/** Page load → DuckDB ready → fetch + decode the Parquet file → insert → first answer. */
async function parquetFirstAnswer(url: string, table: string, sql: string): Promise<number> {
	if (!db || !conn) throw new Error('not started');
	await initParquet({ module_or_path: parquetWasm });
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	const arrow = readParquet(bytes).intoIPCStream();
	await conn.insertArrowFromIPCStream(arrow, { name: table });
	await conn.query(sql);
	return performance.now();
}

Object.assign(window, { bare: { start, importCsv, query, parquetFirstAnswer } });
