import { tableFromIPC } from 'apache-arrow';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineContext } from './context';
import { findSqlPosition, toEngineError } from './errors';
import { ingest } from './ingest';
import { runQuery } from './query';
import { attach, describe as describeTable, drop, rename } from './tables';
import { datasetBlob, openTestContext } from '$test/engine-context';

let ctx: EngineContext;
beforeAll(async () => {
	ctx = await openTestContext();
	const result = await ingest(ctx, {
		jobId: 'cars',
		file: datasetBlob('cars.json'),
		fileName: 'cars.json',
		format: 'json',
		tableName: 'cars'
	});
	if (!result.ok) throw new Error(result.error.message);
});

describe('query', () => {
	it('returns Arrow IPC bytes, columns, and the row count', async () => {
		const result = await runQuery(ctx, {
			queryId: 'q1',
			sql: 'SELECT Origin, count(*)::INTEGER AS n FROM cars GROUP BY Origin ORDER BY n DESC'
		});
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value.columns).toEqual([
			{ name: 'Origin', type: 'VARCHAR' },
			{ name: 'n', type: 'INTEGER' }
		]);
		expect(result.value.rows).toBe(3);
		expect(result.value.truncated).toBe(false);
		expect(tableFromIPC(result.value.arrow).get(0)?.toJSON()).toEqual({ Origin: 'USA', n: 254 });
	});

	it('cuts the result at maxRows but counts every row', async () => {
		const result = await runQuery(ctx, {
			queryId: 'q2',
			sql: 'SELECT * FROM range(5000)',
			maxRows: 10
		});
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value).toMatchObject({ rows: 5000, truncated: true });
		expect(tableFromIPC(result.value.arrow).numRows).toBe(10);
	});

	it('reports DuckDB errors in plain words with the position of the mistake', async () => {
		const sql = 'SELECT Nmae FROM cars';
		const result = await runQuery(ctx, { queryId: 'q3', sql });
		expect(result).toMatchObject({ ok: false, error: { code: 'sql-error', position: 7 } });
		if (!result.ok)
			expect(result.error.message).toMatch(/^Binder Error: Referenced column "Nmae" not found/);
		const multi = await runQuery(ctx, { queryId: 'q4', sql: 'SELECT 1\nFROM carz' });
		expect(multi).toMatchObject({ ok: false, error: { code: 'sql-error', position: 14 } });
	});

	it('treats a wasm abort as a crash that needs a restart, even when memory ran out', () => {
		expect(toEngineError(new Error('Aborted(Cannot enlarge memory arrays)'))).toEqual({
			code: 'engine-crashed',
			message: 'The engine stopped: it ran out of memory'
		});
		expect(toEngineError(new Error('Out of Memory Error: failed to allocate block'))).toMatchObject(
			{ code: 'out-of-memory' }
		);
	});

	it('finds positions in JSON errors and in shortened lines', () => {
		const json = '{"exception_type":"Parser","exception_message":"syntax error","position":"12"}';
		expect(toEngineError(new Error(json))).toEqual({
			code: 'sql-error',
			message: 'Parser Error: syntax error',
			position: 12
		});
		const sql = `SELECT ${'x, '.repeat(60)}FORM t`;
		const shown = `LINE 1: ...x, x, x, FORM t\n                  ^`;
		expect(findSqlPosition(shown, sql)).toBe(sql.indexOf('x, x, x, FORM') + 7);
	});

	it('says in plain words when a query needs more memory than the engine has', async () => {
		const small = await openTestContext({
			settings: "SET memory_limit = '32MB'; SET temp_directory = ''"
		});
		const result = await runQuery(small, {
			queryId: 'big',
			sql: 'SELECT count(*) FROM (SELECT DISTINCT md5(range::VARCHAR) AS h FROM range(3000000))'
		});
		expect(result).toMatchObject({ ok: false, error: { code: 'out-of-memory' } });
		if (!result.ok) expect(result.error.message).toMatch(/^The engine ran out of memory\./);
		const after = await runQuery(small, { queryId: 'after-oom', sql: 'SELECT 42 AS x' });
		expect(after.ok).toBe(true);
	});

	it('refuses SQL that would reach the network and keeps extensions locked off', async () => {
		const load = await runQuery(ctx, { queryId: 'load', sql: 'LOAD json' });
		expect(load).toMatchObject({ ok: false, error: { code: 'sql-error' } });
		if (!load.ok) expect(load.error.message).toMatch(/cannot install or load DuckDB extensions/);
		const remote = await runQuery(ctx, {
			queryId: 'remote',
			sql: "SELECT * FROM read_csv('https://example.com/a.csv')"
		});
		if (remote.ok) throw new Error('a remote read ran');
		expect(remote.error.message).toMatch(/never fetches data from the internet/);
		const missing = await runQuery(ctx, { queryId: 'st', sql: 'SELECT st_point(1, 2)' });
		if (missing.ok) throw new Error('a spatial function ran');
		expect(missing.error.message).toMatch(
			/exists in the spatial extension\. Quarry works offline and cannot load DuckDB's spatial extension\.$/
		);
		const unlock = await runQuery(ctx, {
			queryId: 'unlock',
			sql: 'SET autoload_known_extensions = true'
		});
		if (unlock.ok) throw new Error('the engine configuration could be changed');
		expect(unlock.error.message).toMatch(/configuration has been locked/);
	});

	it('cancels a long query', async () => {
		const pending = runQuery(ctx, {
			queryId: 'slow',
			sql: 'SELECT count(*) FROM range(200000000) a, range(4) b WHERE a.range % 7 = b.range'
		});
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(ctx.jobs.cancel('slow')).toBe(true);
		expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
		expect(ctx.jobs.cancel('slow')).toBe(false);
		const after = await runQuery(ctx, { queryId: 'after', sql: 'SELECT 42 AS x' });
		expect(after.ok).toBe(true);
	});
});

describe('tables', () => {
	it('rebuilds a table from its stored copy with the same types and answers', async () => {
		const imported = await ingest(ctx, {
			jobId: 'weather',
			file: datasetBlob('seattle-weather.csv'),
			fileName: 'seattle-weather.csv',
			format: 'csv',
			tableName: 'weather'
		});
		if (!imported.ok) throw new Error(imported.error.message);
		const fresh = await openTestContext();
		const attached = await attach(fresh, {
			tableName: 'weather',
			stored: imported.value.stored,
			storedFormat: imported.value.storedFormat
		});
		if (!attached.ok) throw new Error(attached.error.message);
		expect(attached.value.columns).toEqual(imported.value.columns);
		expect(attached.value.rows).toBe(1461);
		const answer = await runQuery(fresh, {
			queryId: 'a',
			sql: "SELECT round(max(temp_max), 1)::DOUBLE AS t FROM weather WHERE weather = 'sun'"
		});
		if (!answer.ok) throw new Error(answer.error.message);
		expect(tableFromIPC(answer.value.arrow).get(0)?.toJSON()).toEqual({ t: 35 });
		const again = await attach(fresh, {
			tableName: 'weather',
			stored: imported.value.stored,
			storedFormat: imported.value.storedFormat
		});
		expect(again).toMatchObject({ ok: true, value: { rows: 1461 } });
	});

	it('rebuilds a table from stored bytes the page has already read', async () => {
		const imported = await ingest(ctx, {
			jobId: 'read-ahead',
			file: new Blob(['city,temp\nOslo,4\nLima,19\n']),
			fileName: 'cities.csv',
			format: 'csv',
			tableName: 'cities'
		});
		if (!imported.ok) throw new Error(imported.error.message);
		const fresh = await openTestContext();
		const attached = await attach(fresh, {
			tableName: 'cities',
			// An empty Blob: the rows can only come from the bytes read ahead.
			stored: new Blob([]),
			storedFormat: 'arrow',
			bytes: new Uint8Array(await imported.value.stored.arrayBuffer())
		});
		expect(attached).toMatchObject({ ok: true, value: { rows: 2 } });
		const answer = await runQuery(fresh, {
			queryId: 'b',
			sql: 'SELECT max(temp)::INTEGER AS t FROM cities'
		});
		if (!answer.ok) throw new Error(answer.error.message);
		expect(tableFromIPC(answer.value.arrow).get(0)?.toJSON()).toEqual({ t: 19 });
	});

	it('reports a damaged stored copy and leaves no table', async () => {
		const result = await attach(ctx, {
			tableName: 'broken',
			stored: new Blob(['PAR1 not really PAR1']),
			storedFormat: 'parquet'
		});
		expect(result).toMatchObject({ ok: false, error: { code: 'invalid-parquet' } });
		expect(await describeTable(ctx, { tableName: 'broken' })).toMatchObject({
			ok: false,
			error: { code: 'not-found' }
		});
	});

	it('reports a truncated Arrow stored copy and leaves no table', async () => {
		const imported = await ingest(ctx, {
			jobId: 'cut',
			file: new Blob(['a,b\n1,x\n2,y\n']),
			fileName: 'small.csv',
			format: 'csv',
			tableName: 'small'
		});
		if (!imported.ok) throw new Error(imported.error.message);
		const half = imported.value.stored.slice(0, imported.value.stored.size / 2);
		const result = await attach(ctx, {
			tableName: 'small_copy',
			stored: half,
			storedFormat: 'arrow'
		});
		expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arrow' } });
		expect(await describeTable(ctx, { tableName: 'small_copy' })).toMatchObject({
			ok: false,
			error: { code: 'not-found' }
		});
	});

	it('renames and drops tables', async () => {
		expect(await rename(ctx, { from: 'cars', to: 'autos' })).toEqual({ ok: true, value: null });
		expect(await describeTable(ctx, { tableName: 'autos' })).toMatchObject({
			ok: true,
			value: { rows: 406 }
		});
		expect(await describeTable(ctx, { tableName: 'cars' })).toMatchObject({
			ok: false,
			error: { code: 'not-found' }
		});
		expect(await rename(ctx, { from: 'nope', to: 'x' })).toMatchObject({
			ok: false,
			error: { code: 'not-found' }
		});
		expect(await drop(ctx, { tableName: 'autos' })).toEqual({ ok: true, value: null });
		expect(await drop(ctx, { tableName: 'autos' })).toMatchObject({
			ok: false,
			error: { code: 'not-found' }
		});
	});
});
