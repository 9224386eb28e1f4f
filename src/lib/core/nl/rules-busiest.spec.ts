import { describe, expect, it } from 'vitest';
import { COMMITS, MISHAPS, OCCUPATIONS, ruleCatalog } from '$test/nl/rule-tables';
import { answer } from '$test/nl/ask';

describe('"busiest X"', () => {
	it('is the X with the most rows', () => {
		expect(answer('busiest town', ruleCatalog(MISHAPS)).sql).toBe(
			'SELECT "town", count(*) AS "count"\nFROM "mishaps"\nWHERE "town" IS NOT NULL\nGROUP BY 1\n' +
				'QUALIFY rank() OVER (ORDER BY count(*) DESC NULLS LAST) = 1\nORDER BY "count" DESC NULLS LAST, 1'
		);
	});
	it('keeps a number or a plural asking for more', () => {
		expect(answer('2 busiest towns', ruleCatalog(MISHAPS)).sql).toContain('LIMIT 2');
		expect(answer('busiest towns', ruleCatalog(MISHAPS)).sql).not.toContain('LIMIT');
	});
	it('weighs by the count column when rows are already counts', () => {
		expect(answer('busiest job', ruleCatalog(OCCUPATIONS)).sql).toContain(
			'sum("count") AS "total_count"'
		);
	});
});

describe('"busiest" or "most common" before a time unit', () => {
	it('ranks the units by their number of rows', () => {
		expect(answer('busiest month', ruleCatalog(MISHAPS)).sql).toBe(
			'SELECT CAST(date_trunc(\'month\', "date") AS DATE) AS "month", count(*) AS "count"\n' +
				'FROM "mishaps"\nGROUP BY 1\nQUALIFY rank() OVER (ORDER BY count(*) DESC NULLS LAST) = 1\nORDER BY "count" DESC NULLS LAST, 1'
		);
	});
	it('totals the counts when rows are counts', () => {
		expect(answer('busiest hour', ruleCatalog(COMMITS)).sql).toBe(
			'SELECT hour("time") AS "hour", sum("count") AS "total_count"\nFROM "commits"\n' +
				'GROUP BY 1\nQUALIFY rank() OVER (ORDER BY sum("count") DESC NULLS LAST) = 1\nORDER BY "total_count" DESC NULLS LAST, 1'
		);
		expect(answer('most common weekday', ruleCatalog(COMMITS)).sql).toContain('dayname("time")');
	});
	it('keeps a number or a plural asking for more', () => {
		expect(answer('3 busiest days', ruleCatalog(COMMITS)).sql).toContain('LIMIT 3');
		expect(answer('busiest days', ruleCatalog(COMMITS)).sql).not.toContain('LIMIT');
	});
});
