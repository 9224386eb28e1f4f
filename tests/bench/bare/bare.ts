/**
 * The reference side of `npm run bench`: DuckDB-WASM used the documented way (AsyncDuckDB in its
 * own worker), with no Quarry code. Parquet is decoded with parquet-wasm, as DuckDB's parquet
 * extension cannot be loaded offline. Charts are drawn with vega-embed, loaded on first use.
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

/** Fetch and decode a Parquet file into a table (not timed: the chart benchmark's setup). */
async function loadParquet(url: string, table: string): Promise<void> {
	if (!conn) throw new Error('not started');
	await initParquet({ module_or_path: parquetWasm });
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	await conn.insertArrowFromIPCStream(readParquet(bytes).intoIPCStream(), { name: table });
}

interface ChartTimes {
	statsMs: number;
	chartSqlMs: number;
	renderMs: number;
	totalMs: number;
}

/**
 * A chart the way a page without Quarry would draw it: run the result's statistics query and the
 * chart's query (rows read out of Arrow as plain objects, as a chart needs them), then draw the
 * given vega-lite spec with vega-embed (SVG, the same expression interpreter as Quarry) until
 * its marks are in the DOM.
 */
async function chart(options: {
	statsSql: string | null;
	chartSql: string;
	spec: Record<string, unknown>;
	width: number;
}): Promise<ChartTimes> {
	if (!conn) throw new Error('not started');
	const t0 = performance.now();
	if (options.statsSql) (await conn.query(options.statsSql)).toArray().map((r) => r.toJSON());
	const t1 = performance.now();
	(await conn.query(options.chartSql)).toArray().map((r) => r.toJSON());
	const t2 = performance.now();
	const [{ default: embed }, { expressionInterpreter }] = await Promise.all([
		import('vega-embed'),
		import('vega-interpreter')
	]);
	const holder = document.createElement('div');
	holder.style.width = `${options.width}px`;
	document.body.append(holder);
	const spec = { width: 'container', height: 280, ...options.spec };
	const result = await embed(holder, spec as Parameters<typeof embed>[1], {
		ast: true,
		expr: expressionInterpreter,
		actions: false,
		renderer: 'svg',
		logLevel: 0
	});
	if (!holder.querySelector('svg g.role-mark > *')) throw new Error('vega-embed drew no marks');
	const t3 = performance.now();
	result.finalize();
	holder.remove();
	return { statsMs: t1 - t0, chartSqlMs: t2 - t1, renderMs: t3 - t2, totalMs: t3 - t0 };
}

Object.assign(window, {
	bare: { start, importCsv, query, parquetFirstAnswer, loadParquet, chart }
});
