import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBRuntime } from '@duckdb/duckdb-wasm/blocking';
import { openNodeDuckDB, type NodeBindings } from '../../../../tests/helpers/node-duckdb';
import { openTestContext } from '$test/engine-context';
import type { EngineContext } from '../handlers/context';
import { runQuery } from '../handlers/query';
import { quarryPath } from './file-policy';
import { readPath } from './locked-runtime';

type Module = Parameters<DuckDBRuntime['openFile']>[0];

/** Every path the wrapped (unlocked) runtime was asked to touch. */
const reached: string[] = [];

function recording(base: DuckDBRuntime): DuckDBRuntime {
	const withInfo = base as DuckDBRuntime & {
		resolveFileInfo(mod: Module, id: number): { fileName: string } | null;
	};
	return new Proxy(base, {
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver);
			if (key === 'openFile') {
				return (mod: Module, id: number, flags: number) => {
					reached.push(withInfo.resolveFileInfo(mod, id)?.fileName ?? `#${id}`);
					return base.openFile(mod, id, flags);
				};
			}
			if (key === 'glob' || key === 'checkFile' || key === 'removeFile') {
				return (mod: Module, pointer: number, length: number) => {
					reached.push(readPath(mod, pointer, length));
					return (value as DuckDBRuntime['glob']).call(target, mod, pointer, length);
				};
			}
			return value;
		}
	});
}

let db: NodeBindings;
let conn: ReturnType<NodeBindings['connect']>;

beforeAll(async () => {
	// DuckDB's file settings stay open here: only the runtime stands between SQL and the files.
	// (Extensions stay off: the Node build would try to load them from disk.)
	db = await openNodeDuckDB({
		isLockedDown: false,
		settings: 'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false',
		wrapRuntime: recording
	});
	db.registerFileText(quarryPath('people.csv'), 'name,age\nAda,36\nGrace,45\n');
	conn = db.connect();
});
afterAll(() => conn.close());

function errorOf(sql: string): string {
	try {
		conn.query(sql);
	} catch (caught) {
		return caught instanceof Error ? caught.message : String(caught);
	}
	throw new Error(`expected ${sql} to fail`);
}

describe('the locked runtime', () => {
	it("reads Quarry's own registered files", () => {
		const rows = conn.query(`SELECT * FROM read_csv('${quarryPath('people.csv')}')`).toArray();
		expect(rows.map((row) => String(row.name))).toEqual(['Ada', 'Grace']);
	});

	it.each([
		["SELECT * FROM read_csv('http://127.0.0.1:9/a.csv')", 'http://127.0.0.1:9/a.csv'],
		['SELECT * FROM "https://127.0.0.1:9/a.csv"', 'https://127.0.0.1:9/a.csv'],
		["SELECT * FROM read_text(concat('ht', 'tp://127.0.0.1:9/', 'x'))", 'http://127.0.0.1:9/x'],
		["SELECT * FROM read_blob('s3://bucket/key')", 's3://bucket/key'],
		["SELECT * FROM glob('hf://datasets/a/*.csv')", 'hf://datasets/a/*.csv'],
		["SELECT * FROM read_csv(['/quarry/people.csv', 'gcs://bucket/a.csv'])", 'gcs://bucket/a.csv'],
		["SELECT * FROM read_text('ftp://127.0.0.1/a.txt')", 'ftp://127.0.0.1/a.txt'],
		[
			"SELECT * FROM read_csv(chr(104) || 'ttp://127.0.0.1:9/' || 'b.csv')",
			'http://127.0.0.1:9/b.csv'
		]
	])('refuses an address before the runtime sees it: %s', (sql, address) => {
		reached.length = 0;
		const message = errorOf(sql);
		expect(message).toContain('Quarry works offline');
		expect(message).toContain(address);
		expect(reached.filter((path) => path.includes('://'))).toEqual([]);
	});

	it('refuses files outside Quarry’s directory, even ones that exist on this disk', () => {
		reached.length = 0;
		expect(errorOf("SELECT * FROM read_text('/etc/hostname')")).toContain(
			'Quarry reads only the files you imported'
		);
		expect(errorOf(`SELECT * FROM read_text('${quarryPath('x')}/../../etc/hostname')`)).toContain(
			'Quarry reads only the files you imported'
		);
		expect(errorOf("COPY (SELECT 1) TO 'elsewhere.csv'")).toContain('refused');
		expect(errorOf("ATTACH 'other.duckdb' AS other")).toContain('refused');
		expect(reached).toEqual([]);
	});

	it('leaves the engine working after a refusal', () => {
		errorOf("SELECT * FROM read_csv('http://127.0.0.1:9/a.csv')");
		const row = conn.query(`SELECT max(age) AS oldest FROM '${quarryPath('people.csv')}'`).get(0);
		expect(Number(row?.oldest)).toBe(45);
	});
});

let lockedContext: Promise<EngineContext> | undefined;

describe('the engine with every lock in place', () => {
	it.each([
		["SELECT * FROM read_csv('http://127.0.0.1:9/a.csv')", 'never'],
		["SELECT * FROM read_text(lower('HTTP://127.0.0.1:9/x'))", 'never reaches the network'],
		["COPY (SELECT 1) TO 'http://127.0.0.1:9/up.csv'", 'never reaches the network'],
		["ATTACH 'http://127.0.0.1:9/db.duckdb' AS remote", 'never'],
		["SELECT * FROM read_text('/etc/hostname')", 'reads only the files you imported'],
		['LOAD httpfs', 'cannot install or load DuckDB extensions'],
		['SET enable_external_access = true', 'locked'],
		['RESET allowed_directories', 'locked']
	])('refuses %s with a clear message', async (sql, words) => {
		const ctx = await (lockedContext ??= openTestContext());
		const result = await runQuery(ctx, { queryId: 'hostile', sql });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.message).toContain(words);
	});
});
