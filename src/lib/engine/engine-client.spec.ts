/**
 * The engine client over the real engine API and DuckDB in Node: the "worker" is the other end
 * of a MessageChannel, so comlink, transfers and restarts work as in the browser.
 */
import { expose } from 'comlink';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AttachOptions } from './engine-api';
import { EngineClient, type EngineView } from './engine-client';
import { createEngineApi } from './worker-api';
import { openTestContext } from '$test/engine-context';

function nodeWorker(): Worker {
	const { port1, port2 } = new MessageChannel();
	expose(
		createEngineApi(async () => ({ ctx: await openTestContext(), bundle: 'node' })),
		port2
	);
	const worker = {
		postMessage: port1.postMessage.bind(port1),
		addEventListener: port1.addEventListener.bind(port1),
		removeEventListener: port1.removeEventListener.bind(port1),
		start: () => port1.start(),
		terminate() {
			port1.close();
			port2.close();
		}
	};
	return worker as unknown as Worker;
}

const assets = { wasmUrl: '', parquetWasmUrl: '' };
const stored: AttachOptions[] = [];
let clients: EngineClient[] = [];

function client(): EngineClient {
	const made = new EngineClient({
		loadAttachments: async () => stored,
		createWorker: nodeWorker,
		assets
	});
	clients.push(made);
	return made;
}

afterEach(() => {
	clients.forEach((c) => c.dispose());
	clients = [];
});

const csv = {
	flights: 'id,origin,delay\n1,SEA,10\n2,SEA,-4\n3,BOS,30\n4,XXX,0\n',
	airports: 'iata,state\nSEA,WA\nBOS,MA\n',
	cars: 'name,hp\nA,100\n'
};

const view: EngineView = {
	name: 'ctx_travel__flights_airports',
	sql: `CREATE OR REPLACE VIEW "ctx_travel__flights_airports" AS SELECT t1."id" AS "id", t1."origin" AS "origin", t1."delay" AS "delay", t2."state" AS "state" FROM "flights" AS t1 LEFT JOIN "airports" AS t2 ON t1."origin" = t2."iata"`,
	tables: ['flights', 'airports']
};

beforeAll(async () => {
	const maker = client();
	for (const [tableName, text] of Object.entries(csv)) {
		const result = await maker.ingest({
			jobId: tableName,
			file: new Blob([text]),
			fileName: `${tableName}.csv`,
			format: 'csv',
			tableName
		});
		if (!result.ok) throw new Error(result.error.message);
		stored.push({
			tableName,
			stored: result.value.stored,
			storedFormat: result.value.storedFormat
		});
	}
	maker.dispose();
	clients = [];
});

async function rows(engine: EngineClient, sql: string): Promise<number> {
	const result = await engine.query({ queryId: 'q', sql });
	if (!result.ok) throw new Error(result.error.message);
	return result.value.rows;
}

async function tables(engine: EngineClient): Promise<string[]> {
	const status = await engine.status();
	if (!status.ok) throw new Error(status.error.message);
	return [...status.value.tables].sort();
}

describe('EngineClient with context views', () => {
	it('creates a view a query names, attaching only the stored tables it reads', async () => {
		const engine = client();
		engine.setViews([view]);
		expect(
			await rows(engine, 'SELECT state, count(*) FROM ctx_travel__flights_airports GROUP BY state')
		).toBe(3);
		expect(await tables(engine)).toEqual(['airports', 'flights']);
	});

	it('attaches by DuckDB parse: a table named only inside a string literal stays unattached', async () => {
		const engine = client();
		await engine.start();
		expect(await rows(engine, "SELECT 'cars' AS word, * FROM flights")).toBe(4);
		expect(await tables(engine)).toEqual(['flights']);
	});

	it('falls back to the text for SQL the parser refuses (several statements)', async () => {
		const engine = client();
		engine.setViews([view]);
		await engine.start();
		expect(await rows(engine, 'SELECT 1; SELECT * FROM ctx_travel__flights_airports')).toBe(4);
	});

	it('reports the stored tables behind the views a statement reads', async () => {
		const engine = client();
		engine.setViews([view]);
		expect(
			await engine.reads({
				sql: 'WITH x AS (SELECT * FROM CTX_TRAVEL__FLIGHTS_AIRPORTS) SELECT * FROM x, cars'
			})
		).toEqual({ ok: true, value: { tables: ['flights', 'airports', 'cars'] } });
		// the same once the view exists in the engine (DuckDB then reports its tables itself)
		expect(await rows(engine, 'SELECT * FROM ctx_travel__flights_airports')).toBe(4);
		expect(await engine.reads({ sql: 'SELECT * FROM ctx_travel__flights_airports' })).toEqual({
			ok: true,
			value: { tables: ['airports', 'flights'] }
		});
		expect(await engine.reads({ sql: 'SELECT 1; SELECT 2' })).toMatchObject({
			ok: false,
			error: { code: 'sql-error' }
		});
	});

	it('creates views again after the engine restarts', async () => {
		const engine = client();
		engine.setViews([view]);
		expect(await rows(engine, 'SELECT * FROM ctx_travel__flights_airports')).toBe(4);
		engine.kill();
		expect(await rows(engine, 'SELECT * FROM ctx_travel__flights_airports')).toBe(4);
	});

	it('recreates a changed view when next named, and drops a view no longer listed', async () => {
		const engine = client();
		engine.setViews([view]);
		expect(await rows(engine, 'SELECT * FROM ctx_travel__flights_airports')).toBe(4);
		engine.setViews([{ ...view, sql: `${view.sql} WHERE t2."state" = 'WA'` }]);
		expect(await rows(engine, 'SELECT * FROM ctx_travel__flights_airports')).toBe(2);
		engine.setViews([]);
		const gone = await engine.query({
			queryId: 'q',
			sql: 'SELECT * FROM ctx_travel__flights_airports'
		});
		expect(gone).toMatchObject({ ok: false, error: { code: 'sql-error' } });
	});
});

describe('EngineClient drop', () => {
	it('frees a stored table the engine holds even when this client did not attach it', async () => {
		const engine = client();
		// The table exists in the engine under a stored table's name without this client having
		// attached it (here: made by SQL); deleting the dataset must still remove it.
		await rows(engine, 'CREATE TABLE cars AS SELECT 1 AS n');
		expect(await tables(engine)).toContain('cars');
		expect(await engine.drop({ tableName: 'cars' })).toEqual({ ok: true, value: null });
		expect(await tables(engine)).not.toContain('cars');
	});

	it('is a no-op for a stored table the engine never loaded', async () => {
		const engine = client();
		await engine.start();
		expect(await engine.drop({ tableName: 'airports' })).toEqual({ ok: true, value: null });
	});
});

describe('EngineClient with data only on the sync server', () => {
	it('has the missing stored copies fetched before it attaches them, or fails with why', async () => {
		const local: AttachOptions[] = stored.filter((a) => a.tableName !== 'cars');
		const asked: string[][] = [];
		let isOnline = false;
		const engine = new EngineClient({
			loadAttachments: async () => local,
			ensureStored: async (tableNames) => {
				asked.push(tableNames);
				if (!isOnline) {
					return {
						ok: false,
						error: { code: 'not-found', message: 'Connect to download “cars”.' }
					};
				}
				local.push(stored.find((a) => a.tableName === 'cars')!);
				return { ok: true, value: null };
			},
			createWorker: nodeWorker,
			assets
		});
		clients.push(engine);
		await engine.start();
		const offline = await engine.query({ queryId: 'q', sql: 'SELECT * FROM cars' });
		expect(offline).toEqual({
			ok: false,
			error: { code: 'not-found', message: 'Connect to download “cars”.' }
		});
		isOnline = true;
		expect(await rows(engine, 'SELECT * FROM cars')).toBe(1);
		expect(asked).toEqual([['cars'], ['cars']]);
		// Attached now: the next query does not ask again.
		expect(await rows(engine, 'SELECT * FROM cars')).toBe(1);
		expect(asked).toHaveLength(2);
	});
});
