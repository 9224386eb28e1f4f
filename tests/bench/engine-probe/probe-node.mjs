// @ts-nocheck -- throwaway measurement script
import { openNodeDuckDB } from './node-db.mjs';
import { readFileSync } from 'node:fs';
const db = await openNodeDuckDB();
const c = db.connect();
function tryq(sql) {
	try { const t = c.query(sql); console.log('OK', sql.slice(0, 60), t.numRows, t.toArray().slice(0, 3).map((r) => JSON.stringify(r.toJSON(), (_k, v) => typeof v === 'bigint' ? String(v) : v))); }
	catch (e) { console.log('ERR', sql.slice(0, 60), JSON.stringify(e.message)); }
}
tryq('SELECT * FORM x');
tryq('SELECT nope FROM range(3)');
tryq('SELECT * FROM missing_table');
tryq("SELECT 'a'::INT");
db.registerFileBuffer('r.csv', new TextEncoder().encode('a,b\n1,2\n3,4,5\n6,7\n'));
tryq("SELECT * FROM read_csv('r.csv', strict_mode=true, null_padding=false)");
tryq("SELECT * FROM read_csv('r.csv')");
db.registerFileBuffer('h.csv', new TextEncoder().encode('a,b\n'));
tryq("SELECT * FROM read_csv('h.csv')");
db.registerFileBuffer('e.csv', new Uint8Array(0));
tryq("SELECT * FROM read_csv('e.csv')");
db.registerFileBuffer('n.json', new TextEncoder().encode('{"a":1,"b":"x"}\n{"a":2,"b":"y"}\n'));
for (const shape of ['row-array', 'column-object', undefined]) {
	try { c.insertJSONFromPath('n.json', { name: 'nj_' + (shape ?? 'none').replace('-', '_'), shape: shape }); tryq('SELECT * FROM nj_' + (shape ?? 'none').replace('-', '_')); } catch (e) { console.log('JSONERR', shape, e.message); }
}
db.registerFileBuffer('a.json', new TextEncoder().encode('[{"a":1,"b":"x"},{"a":2,"b":"y","c":true}]'));
c.insertJSONFromPath('a.json', { name: 'aj' }); tryq('SELECT * FROM aj');
db.registerFileBuffer('bad.json', new TextEncoder().encode('[{"a":1,'));
try { c.insertJSONFromPath('bad.json', { name: 'bj' }); } catch (e) { console.log('BADJSON', e.message); }
tryq("SELECT * FROM duckdb_tables()");
// pending query
const t0 = performance.now();
let r = c.useUnsafe((b, id) => b.startPendingQuery(id, 'SELECT count(*) FROM range(30000000) a, range(3) b WHERE a.range % 7 = b.range', false));
let polls = 0;
while (r == null) { r = c.useUnsafe((b, id) => b.pollPendingQuery(id)); polls++; }
console.log('pending polls', polls, 'ms', performance.now() - t0);
// cancel
r = c.useUnsafe((b, id) => b.startPendingQuery(id, 'SELECT count(*) FROM range(30000000) a, range(3) b WHERE a.range % 7 = b.range', false));
r = c.useUnsafe((b, id) => b.pollPendingQuery(id));
console.log('cancel', c.useUnsafe((b, id) => b.cancelPendingQuery(id)));
tryq('SELECT 42');
// duckdb file export
tryq('CREATE TABLE big AS SELECT range AS i, range*2 AS j FROM range(100000)');
for (const n of ['x1.duckdb', 'x2.duckdb']) {
	tryq(`ATTACH '${n}' AS ex`);
	tryq('CREATE TABLE ex.t AS SELECT * FROM big');
	tryq('DETACH ex');
	try { const buf = db.copyFileToBuffer(n); console.log('copied', n, buf.length); db.dropFile(n); } catch (e) { console.log('COPYERR', e.message); }
}
console.log(readFileSync ? 'done' : '');
