/**
 * Write the small broken files the end-to-end tests import (tests/fixtures/bad/).
 * Each is a real file of its kind, broken in one specific way. Run once; the files are committed.
 *
 *   node scripts/make-bad-fixtures.mjs
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { root } from './lib/setup.mjs';

const require = createRequire(import.meta.url);
const dir = join(root, 'tests', 'fixtures', 'bad');
mkdirSync(dir, { recursive: true });

function write(name, content) {
	writeFileSync(join(dir, name), content);
	console.log(`wrote tests/fixtures/bad/${name}`);
}

write('empty.csv', '');
write('header-only.csv', 'id,name,amount\n');
write(
	'ragged.csv',
	['id,name,amount', '1,anchor,10.5', '2,bolt,3.25', '3,chisel,7.0,extra,fields', '4,drill,99.9']
		.map((line) => `${line}\n`)
		.join('')
);
// A PNG image renamed to .csv: binary content where text is expected.
write('photo.csv', readFileSync(join(root, 'static', 'icons', 'icon-192.png')));
// A JSON array cut off in the middle of an object.
write('broken.json', '[\n  {"id": 1, "name": "anchor"},\n  {"id": 2, "name": "bo');
// A real Parquet file (1,000 rows, zstd) cut to its first half: the footer is missing.
const parquet = require('parquet-wasm/node');
const ids = Int32Array.from({ length: 1000 }, (_, i) => i + 1);
const amounts = Float64Array.from({ length: 1000 }, (_, i) => (i * 37) % 101);
const table = tableFromArrays({ id: ids, amount: amounts });
const whole = parquet.writeParquet(parquet.Table.fromIPCStream(tableToIPC(table, 'stream')));
write('truncated.parquet', Buffer.from(whole.subarray(0, Math.floor(whole.length / 2))));
// A format Quarry does not import.
write(
	'readings.xml',
	'<?xml version="1.0"?>\n<readings><reading id="1" value="3.5"/></readings>\n'
);
