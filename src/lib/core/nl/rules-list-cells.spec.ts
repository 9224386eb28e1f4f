/**
 * Cells that list several things ("eng,fra", "USD,EUR"): "the most languages" ranks by how many
 * a cell lists, "more than one currency" compares that number.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

const LANGS = ['eng', 'fra', 'deu', 'ita', 'spa', 'por'];

/** Countries with the languages and currencies they use, comma-joined as country-data writes. */
const NATIONS: TableSpec = {
	name: 'nations',
	humanName: 'Countries',
	columns: [
		['country', 'VARCHAR'],
		['languages', 'VARCHAR'],
		['currencies', 'VARCHAR'],
		['capital', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`Nation ${i}`,
		LANGS.slice(i % 5, (i % 5) + 1 + (i % 3)).join(','),
		i % 3 === 0
			? `${['USD', 'CHF', 'GBP', 'SEK', 'NOK'][i % 5]},EUR`
			: ['EUR', 'CHF', 'GBP', 'SEK', 'NOK'][i % 5],
		`City ${i}`
	])
};

describe('a column whose cells list several things', () => {
	it('ranks rows by how many a cell lists', () => {
		const sql = answer('which country has the most languages', ruleCatalog(NATIONS)).sql;
		expect(sql).toContain(`len(string_split("languages", ','))`);
		expect(sql).toMatch(/DESC NULLS LAST\s+LIMIT 1/);
	});
	it('compares how many a cell lists, "one" included', () => {
		expect(
			answer('how many countries have more than one currency', ruleCatalog(NATIONS)).sql
		).toMatch(/len\(string_split\("currencies", ','\)\) END > 1/);
	});
	it('leaves a column of single names alone', () => {
		expect(answer('countries with more than 2 languages', ruleCatalog(NATIONS)).sql).not.toContain(
			'"capital"'
		);
	});
});
