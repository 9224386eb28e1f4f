// Probe: DuckDB-WASM's synchronous browser bundle in a plain module worker, timing read_csv.
import { BROWSER_RUNTIME, DuckDBDataProtocol, VoidLogger, createDuckDB } from 'duckdb-blocking';

self.onmessage = async (event: MessageEvent<{ wasmUrl: string; file: File }>) => {
	const { wasmUrl, file } = event.data;
	const bundle = { mainModule: wasmUrl, mainWorker: '' };
	const db = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), BROWSER_RUNTIME);
	await db.instantiate(() => undefined);
	db.open({});
	const conn = db.connect();
	const times: number[] = [];
	for (let i = 0; i < 3; i++) {
		const t0 = performance.now();
		db.registerFileHandle(`f${i}.csv`, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
		conn.query(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('f${i}.csv')`);
		times.push(Math.round(performance.now() - t0));
	}
	self.postMessage(times);
};
