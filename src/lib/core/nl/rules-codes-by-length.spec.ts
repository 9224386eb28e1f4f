/**
 * Codes named by their length ("two-letter code" → the column of two-letter values) and quoted
 * values right after the column they belong to.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

const NAMES = ['French', 'German', 'Japanese', 'Spanish', 'Italian', 'Dutch', 'Polish', 'Czech'];
const TWO = ['fr', 'de', 'ja', 'es', 'it', 'nl', 'pl', null];
const THREE = ['fra', 'deu', 'jpn', 'spa', 'ita', 'nld', 'pol', 'ces'];

/** Languages with a two-letter code (sometimes missing) and two three-letter ones. */
const TONGUES: TableSpec = {
	name: 'tongues',
	humanName: 'Languages',
	columns: [
		['name', 'VARCHAR'],
		['alpha2', 'VARCHAR'],
		['alpha3', 'VARCHAR'],
		['bibliographic', 'VARCHAR']
	],
	rows: NAMES.map((name, i) => [name, TWO[i], THREE[i], THREE[i].replace(/^d/, 'g')])
};

const catalog = ruleCatalog(TONGUES);

describe('a code named by its length', () => {
	it('is the column whose values have that many letters', () => {
		expect(answer('how many languages have a two-letter code', catalog).sql).toContain(
			'"alpha2" IS NOT NULL'
		);
	});
	it('prefers the column whose name carries the length among several that fit', () => {
		expect(answer('three-letter code for Japanese', catalog).sql).toContain('"alpha3"');
		expect(answer('how many distinct 3 letter language codes', catalog).sql).toContain(
			'count(DISTINCT "alpha3")'
		);
	});
});

describe('a quoted value after its column', () => {
	it('filters that column, as the data spells the value', () => {
		expect(answer("which language has the two-letter code 'FR'", catalog).sql).toContain(
			`"alpha2" = 'fr'`
		);
		expect(answer("languages with alpha3 'deu'", catalog).sql).toContain(`"alpha3" = 'deu'`);
	});
});
