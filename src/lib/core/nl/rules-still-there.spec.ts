/**
 * Things still there: "how many bottles are left", "loans still out" keep the rows whose ending
 * date (the one date some rows leave empty) has not happened yet. "Still open" of a status that
 * holds 'Open' and "still overdue" of a yes/no column read those.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** A cellar's bottles: bought on a day, drunk on another, or not yet. */
const CELLAR: TableSpec = {
	name: 'cellar',
	humanName: 'Cellar',
	columns: [
		['Bottle ID', 'BIGINT'],
		['colour', 'VARCHAR'],
		['Date Bought', 'DATE'],
		['Date Drunk', 'DATE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		1 + i,
		['Red', 'White'][i % 2],
		`2023-0${1 + (i % 9)}-10`,
		i % 3 === 0 ? null : `2024-0${1 + (i % 9)}-12`
	])
};

/** Tool loans: lent on a day, returned on another, or not yet; each has a status. */
const LOANS: TableSpec = {
	name: 'loans',
	humanName: 'Loans',
	columns: [
		['Tool', 'VARCHAR'],
		['Date Out', 'DATE'],
		['Date Returned', 'DATE'],
		['Status', 'VARCHAR'],
		['Overdue', 'BOOLEAN']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['Drill', 'Saw', 'Ladder'][i % 3],
		`2024-05-${10 + i}`,
		i % 4 === 0 ? null : `2024-05-${17 + i}`,
		i % 4 === 0 ? 'Open' : 'Closed',
		i % 8 === 0
	])
};

describe('things still there', () => {
	it('are the rows whose ending date is empty ("how many reds have we got left")', () => {
		expect(answer('how many reds have we got left', catalogOf(CELLAR)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "cellar"\nWHERE "colour" = \'Red\'\n  AND "Date Drunk" IS NULL'
		);
	});
	it('are read from "still" and where the thing still is ("still out")', () => {
		expect(answer('list the loans still out', catalogOf(LOANS)).sql).toContain(
			'"Date Returned" IS NULL'
		);
	});
	it('read a status that holds the word ("still open" of `Status` = \'Open\')', () => {
		expect(answer('how many loans are still open', catalogOf(LOANS)).sql).toContain(
			'"Status" = \'Open\''
		);
	});
	it('read a yes/no column said after "still" ("loans still overdue")', () => {
		const sql = answer('how many loans are still overdue', catalogOf(LOANS)).sql;
		expect(sql).toContain('"Overdue" = \'true\'');
		expect(sql).not.toContain('"Date Returned" IS NULL');
	});
});
