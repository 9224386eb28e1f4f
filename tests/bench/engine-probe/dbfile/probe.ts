/**
 * Can DuckDB-WASM write its own database file into memory and hand the bytes back, so that
 * Quarry could keep that file as a dataset's durable copy? Writes a table into an ATTACHed
 * file, tries to copy the file out (after CHECKPOINT, or after DETACH), and reads it back.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

let db: duckdb.AsyncDuckDB;
let conn: duckdb.AsyncDuckDBConnection;
const copies = new Map<string, Blob>();
type Log = Record<string, number | string>;

async function start(): Promise<number> {
	const t0 = performance.now();
	db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(ehWorker));
	await db.instantiate(ehWasm);
	await db.open({});
	conn = await db.connect();
	await conn.query('SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;');
	return Math.round(performance.now() - t0);
}

/** Run one step, recording its milliseconds or its error under `name`. */
async function step<T>(log: Log, name: string, body: () => Promise<T>): Promise<T> {
	const t0 = performance.now();
	try {
		const value = await body();
		log[name] = Math.round(performance.now() - t0);
		return value;
	} catch (caught) {
		log[name] = `error: ${String((caught as Error)?.message ?? caught) || 'WebAssembly exception'}`;
		throw caught;
	}
}

function file(): File {
	const picked = (document.getElementById('file') as HTMLInputElement).files?.[0];
	if (!picked) throw new Error('no file picked');
	return picked;
}

async function loadCsv(): Promise<Log> {
	const log: Log = {};
	await db.registerFileHandle(
		'source.csv',
		file(),
		duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
		true
	);
	await step(log, 'csv → memory table', () =>
		conn.query(`CREATE TABLE big AS SELECT * FROM read_csv('source.csv')`)
	);
	return log;
}

async function writeCopy(name: string, alias: string, mode: 'checkpoint' | 'detach'): Promise<Log> {
	const log: Log = { mode };
	try {
		await step(log, 'register empty', () => db.registerEmptyFileBuffer(name));
		await step(log, 'attach', () => conn.query(`ATTACH '${name}' AS ${alias}`));
		await step(log, 'create', () => conn.query(`CREATE TABLE ${alias}.t AS SELECT * FROM big`));
		await step(log, mode, () => conn.query(`${mode.toUpperCase()} ${alias}`));
		const bytes = await step(log, 'copy out', () => db.copyFileToBuffer(name));
		log.bytes = bytes.length;
		copies.set(name, new Blob([new Uint8Array(bytes)]));
	} catch {
		// recorded in the log
	}
	return log;
}

async function readBack(name: string, sql: string): Promise<Log> {
	const log: Log = {};
	const copy = copies.get(name);
	if (!copy) return { skipped: 'no copy was made' };
	const path = `back-${name}`;
	await step(log, 'register', () =>
		db.registerFileHandle(path, copy, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true)
	);
	await step(log, 'attach read-only', () => conn.query(`ATTACH '${path}' AS back (READ_ONLY)`));
	await step(log, 'first query', () => conn.query(sql.replace('%T', 'back.t')));
	return log;
}

/** The same read_csv, three times, in the synchronous bundle and in the async worker bundle. */
async function compareBundles(): Promise<Record<string, number[]>> {
	const worker = new Worker(new URL('./blocking.worker.ts', import.meta.url), { type: 'module' });
	const blocking = await new Promise<number[]>((resolve) => {
		worker.onmessage = (event: MessageEvent<number[]>) => resolve(event.data);
		worker.postMessage({ wasmUrl: ehWasm, file: file() });
	});
	worker.terminate();
	const asyncTimes: number[] = [];
	for (let i = 0; i < 3; i++) {
		const t0 = performance.now();
		await db.registerFileHandle(
			`a${i}.csv`,
			file(),
			duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
			true
		);
		await conn.query(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('a${i}.csv')`);
		asyncTimes.push(Math.round(performance.now() - t0));
	}
	return { blocking, async: asyncTimes };
}

Object.assign(window, { probe: { start, loadCsv, writeCopy, readBack, compareBundles } });
document.title = 'ready';
