/**
 * Values as a question names them: a column word beside its value ("whose status is not
 * assigned"), a number a text column holds as written ("0 decimals"), the sign of a number
 * ("a negative offset"), a plural that counts another column's values per group, and a name in
 * the possessive typed without its apostrophe ("rosies cafe").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordNet } from './word-net';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

beforeAll(() => loadWordNet());

/** Currencies as an ISO list gives them: decimals as text, '.' where none apply. */
const MONIES: TableSpec = {
	name: 'monies',
	humanName: 'Monies',
	columns: [
		['code', 'VARCHAR'],
		['name', 'VARCHAR'],
		['decimals', 'VARCHAR'],
		['status', 'VARCHAR']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`C${String.fromCharCode(65 + i)}X`,
		`Money ${i}`,
		['2', '2', '0', '3', '.', '2'][i % 6],
		i % 5 === 0 ? 'withdrawn' : 'current'
	])
};

/** Time zones: a signed offset, a region per zone. */
const ZONES: TableSpec = {
	name: 'zones',
	humanName: 'Zones',
	columns: [
		['zone', 'VARCHAR'],
		['region', 'VARCHAR'],
		['country', 'VARCHAR'],
		['offset', 'DOUBLE']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`Z${i}`,
		['north', 'south', 'east'][i % 3],
		`Land ${i % 7}`,
		i - 12
	])
};

describe('a column word beside its value', () => {
	it('names the condition, not a column to show', () => {
		const sql = answer('list the monies whose status is not current', ruleCatalog(MONIES)).sql;
		expect(sql).toContain(`"status" <> 'current'`);
		expect(sql).not.toContain('DISTINCT "status"');
	});
	it('in a share, is not a group', () => {
		const sql = answer(
			'what percentage of monies have the status current',
			ruleCatalog(MONIES)
		).sql;
		expect(sql).toContain(`FILTER (WHERE "status" = 'current')`);
		expect(sql).not.toContain('GROUP BY');
	});
});

describe('a number a text column holds as written', () => {
	it('is that value, in a condition, a count, a share and a negation', () => {
		expect(answer('monies with 0 decimals', ruleCatalog(MONIES)).sql).toContain(`"decimals" = '0'`);
		const count = answer('how many monies have 3 decimals', ruleCatalog(MONIES)).sql;
		expect(count).toContain(`"decimals" = '3'`);
		expect(count).not.toContain('LIMIT');
		expect(answer('share of monies with 2 decimals', ruleCatalog(MONIES)).sql).toContain(
			`FILTER (WHERE "decimals" = '2')`
		);
		expect(answer("how many monies don't have 2 decimals", ruleCatalog(MONIES)).sql).toContain(
			`"decimals" <> '2'`
		);
	});
});

describe('the sign of a number', () => {
	it('is a condition below or above zero', () => {
		expect(answer('how many zones have a negative offset', ruleCatalog(ZONES)).sql).toContain(
			`"offset" < 0`
		);
		expect(answer('zones with a positive offset', ruleCatalog(ZONES)).sql).toContain(
			`"offset" > 0`
		);
	});
});

describe('"which region has the most countries"', () => {
	it("counts each region's distinct countries", () => {
		const sql = answer('which region has the most countries', ruleCatalog(ZONES)).sql;
		expect(sql).toContain('count(DISTINCT "country")');
		expect(sql).toMatch(/GROUP BY 1\b/);
		expect(sql).toContain('QUALIFY rank() OVER');
	});
});

/** Print jobs: a customer, some of them named in the possessive. */
const JOBS: TableSpec = {
	name: 'print_jobs',
	columns: [
		['Customer', 'VARCHAR'],
		['Qty', 'BIGINT']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		["Rosie's Cafe", 'Oakfield School', 'Harbour Books'][i % 3],
		50 * (1 + (i % 4))
	])
};

describe('a name in the possessive typed without its apostrophe', () => {
	it("is the value: \"rosies cafe\" of 'Rosie''s Cafe'", () => {
		expect(answer('how many jobs for rosies cafe', ruleCatalog(JOBS)).sql).toContain(
			`"Customer" = 'Rosie''s Cafe'`
		);
	});
});
