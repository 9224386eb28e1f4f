// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- throwaway measurement script, plain JS
// @ts-nocheck
import { openNodeDuckDB } from './node-db.mjs';
const db = await openNodeDuckDB();
const c = db.connect();
const q = (s) => {
	try {
		return c.query(s);
	} catch (e) {
		console.log('ERR', s, String(e?.message ?? e));
	}
};
q('CREATE TABLE big AS SELECT range AS i, range*2 AS j FROM range(100000)');
for (const [n, mode] of [
	['x1.duckdb', 'detach'],
	['x2.duckdb', 'checkpoint'],
	['x3.duckdb', 'detach']
]) {
	q(`ATTACH '${n}' AS ex`);
	q('CREATE TABLE ex.t AS SELECT * FROM big');
	q(mode === 'checkpoint' ? 'CHECKPOINT ex' : 'DETACH ex');
	try {
		const buf = db.copyFileToBuffer(n);
		console.log('copied', n, mode, buf.length);
		if (mode === 'checkpoint') q('DETACH ex');
		db.registerFileBuffer('r' + n, buf);
		q(`ATTACH 'r${n}' AS back (READ_ONLY)`);
		console.log('readback', q('SELECT count(*) c FROM back.t')?.toArray()[0]?.toJSON());
		q('DETACH back');
	} catch (e) {
		console.log('COPYERR', typeof e, e, Object.keys(e ?? {}));
	}
	try {
		db.dropFile(n);
	} catch (e) {
		console.log('DROPERR', String(e));
	}
}
