/**
 * Values spelled like the words questions are full of (".me", ".is", "Total"), "combined" and
 * "together" asking for one total, and English words that only begin like a code.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

const REGIONS = ['Asia', 'Europe', 'Africa'];
const DOMAINS = ['.me', '.is', '.do', '.fr', '.de', '.jp'];
const COUNTRIES: TableSpec = {
	name: 'countries',
	columns: [
		['name', 'VARCHAR'],
		['tld', 'VARCHAR'],
		['region', 'VARCHAR'],
		['ioc', 'VARCHAR'],
		['area', 'DOUBLE']
	],
	rows: Array.from({ length: 60 }, (_, i) => [
		`Country ${i}`,
		DOMAINS[i % DOMAINS.length],
		REGIONS[i % 3],
		i === 0
			? 'TOG'
			: `T${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}`,
		1000 + i * 50
	])
};

describe('a value made of filler words', () => {
	it('is no filter ("show me", "what is")', () => {
		expect(answer('show me the total area', ruleCatalog(COUNTRIES)).sql).not.toContain('WHERE');
		expect(answer('what is the average area', ruleCatalog(COUNTRIES)).sql).not.toContain('WHERE');
	});
	it('still matches as a code typed in capitals ("airports in ME")', () => {
		const airports: TableSpec = {
			name: 'airports',
			columns: [
				['name', 'VARCHAR'],
				['state', 'VARCHAR']
			],
			rows: Array.from({ length: 12 }, (_, i) => [`Field ${i}`, ['ME', 'IN', 'TX'][i % 3]])
		};
		expect(answer('airports in ME', ruleCatalog(airports)).sql).toContain(`"state" = 'ME'`);
	});
});

describe('"combined" and "together"', () => {
	it('ask for one total of values joined by "and"', () => {
		for (const q of [
			'combined area of Asia and Europe',
			'total area of Asia and Europe together'
		]) {
			const sql = answer(q, ruleCatalog(COUNTRIES)).sql;
			expect(sql).toContain(`"region" IN ('Asia', 'Europe')`);
			expect(sql).not.toContain('GROUP BY');
		}
		expect(answer('total area of Asia and Europe', ruleCatalog(COUNTRIES)).sql).toContain(
			'GROUP BY'
		);
	});
});

describe('an English word that begins like a code', () => {
	it('is no code of a column of many codes ("together" is no TOG)', () => {
		const sql = answer('total area of Asia and Europe together', ruleCatalog(COUNTRIES)).sql;
		expect(sql).not.toContain('"ioc"');
	});
});

describe('a column a filter fixes to one value', () => {
	it('is not what is shown: the rows are ("countries whose region is Asia")', () => {
		const sql = answer('countries whose region is Asia', ruleCatalog(COUNTRIES)).sql;
		expect(sql).toMatch(/^SELECT \*/);
		expect(sql).toContain(`"region" = 'Asia'`);
	});
});
