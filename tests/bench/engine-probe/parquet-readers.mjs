// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- throwaway measurement script, plain JS
// @ts-nocheck
// Measures Parquet -> Arrow IPC for flights-3m.parquet: parquet-wasm vs hyparquet (+ apache-arrow).
// Run one reader per process so memory numbers do not mix: node parquet-readers.mjs wasm|hyparquet
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const which = process.argv[2] ?? 'wasm';
const file = readFileSync(
	new URL('../../../node_modules/vega-datasets/data/flights-3m.parquet', import.meta.url)
);
const rss0 = process.memoryUsage().rss;
let peak = rss0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const t0 = performance.now();
let ipc;
if (which === 'wasm') {
	const pw = await import('parquet-wasm/esm');
	pw.initSync({ module: readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
	const tInit = performance.now();
	const table = pw.readParquet(new Uint8Array(file));
	ipc = table.intoIPCStream();
	console.log('init ms', (tInit - t0).toFixed(0));
} else {
	const { parquetRead } = await import('hyparquet');
	const arrow = await import('apache-arrow');
	const ab = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
	const cols = {};
	await parquetRead({
		file: ab,
		onChunk: (c) => {
			(cols[c.columnName] ??= []).push(c.columnData);
		}
	});
	const data = {};
	for (const [k, parts] of Object.entries(cols))
		data[k] = arrow.vectorFromArray(parts.flatMap((p) => Array.from(p)));
	ipc = arrow.tableToIPC(new arrow.Table(data), 'stream');
}
peak = Math.max(peak, process.memoryUsage().rss);
clearInterval(sample);
console.log(
	which,
	'ms',
	(performance.now() - t0).toFixed(0),
	'ipc MB',
	(ipc.length / 1e6).toFixed(1),
	'peak rss delta MB',
	((peak - rss0) / 1e6).toFixed(0)
);
