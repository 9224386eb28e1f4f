// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- throwaway measurement script, plain JS
// @ts-nocheck
// Measures durable-copy candidates (Node, DuckDB-WASM blocking bundle + parquet-wasm):
// size, write time (DuckDB table -> bytes) and time to first answer (bytes -> table -> aggregate).
// Usage: node tests/bench/engine-probe/storage-formats.mjs [flights|generated]
import { readFileSync } from 'node:fs';
import { openNodeDuckDB } from './node-db.mjs';
const root = new URL('../../../node_modules/', import.meta.url);
const pw = await import(new URL('parquet-wasm/esm/parquet_wasm.js', root).href);
pw.initSync({ module: readFileSync(new URL('parquet-wasm/esm/parquet_wasm_bg.wasm', root)) });
const which = process.argv[2] ?? 'flights';
const db = await openNodeDuckDB();
const conn = db.connect();
const ms = (t) => (performance.now() - t).toFixed(0);

function exportIPC(sql) {
	return conn.useUnsafe((b, id) => {
		let header = b.startPendingQuery(id, sql, false);
		while (header == null) header = b.pollPendingQuery(id);
		const parts = [header];
		for (;;) {
			const chunk = b.fetchQueryResults(id);
			if (chunk == null) continue; // not ready yet
			if (chunk.length === 0) break; // end of stream
			parts.push(chunk);
		}
		parts.push(new Uint8Array([255, 255, 255, 255, 0, 0, 0, 0]));
		const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
		let o = 0;
		for (const p of parts) {
			out.set(p, o);
			o += p.length;
		}
		return out;
	});
}

let t = performance.now();
let agg;
if (which === 'flights') {
	const file = new Uint8Array(readFileSync(new URL('vega-datasets/data/flights-3m.parquet', root)));
	const ipc = pw.readParquet(file).intoIPCStream();
	conn.insertArrowFromIPCStream(ipc, { name: 'src' });
	agg = 'SELECT origin, count(*), avg(delay) FROM t GROUP BY origin ORDER BY 2 DESC LIMIT 3';
	console.log('source parquet MB', (file.length / 1e6).toFixed(1), 'load ms', ms(t));
} else {
	conn.query(`CREATE TABLE src AS SELECT range AS id, (random()*1000)::INT AS a, random() AS b,
		'cat_' || (range % 50) AS c, DATE '2020-01-01' + (range % 1000)::INT AS d,
		(random() > 0.5) AS e, md5(range::VARCHAR) AS f, (range % 97) * 1.5 AS g FROM range(1000000)`);
	agg = 'SELECT c, count(*), avg(b) FROM t GROUP BY c ORDER BY 1 LIMIT 3';
	console.log('generated ms', ms(t));
}
console.log(
	conn
		.query('DESCRIBE src')
		.toArray()
		.map((r) => `${r.column_name}:${r.column_type}`)
		.join(' ')
);
t = performance.now();
const ipc = exportIPC('SELECT * FROM src');
const arrowWrite = ms(t);
const results = [['arrow-ipc', ipc, arrowWrite]];
for (const codec of ['SNAPPY', 'ZSTD', 'LZ4_RAW']) {
	t = performance.now();
	try {
		const props = new pw.WriterPropertiesBuilder()
			.setCompression(pw.Compression[codec])
			.setMaxRowGroupSize(122880)
			.build();
		const bytes = pw.writeParquet(pw.Table.fromIPCStream(exportIPC('SELECT * FROM src')), props);
		results.push([`parquet-${codec.toLowerCase()}`, bytes, ms(t)]);
	} catch (e) {
		console.log(codec, 'failed', String(e));
	}
}
for (const [name, bytes, writeMs] of results) {
	t = performance.now();
	const restored = name === 'arrow-ipc' ? bytes : pw.readParquet(bytes).intoIPCStream();
	const decode = ms(t);
	conn.query('DROP TABLE IF EXISTS t');
	conn.insertArrowFromIPCStream(restored, { name: 't' });
	const answer = conn.query(agg).toArray()[0].toJSON();
	console.log(
		`${name}: size ${(bytes.length / 1e6).toFixed(1)} MB, write ${writeMs} ms, decode ${decode} ms, first answer ${ms(t)} ms`,
		JSON.stringify(answer, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))
	);
}
