/**
 * Two date columns of one table compared row by row: the one said before "after", "before",
 * "since" or "later than", the other after it ("jobs collected after their due date"). Coming
 * back ("came back", "brought back") is the date a thing was returned.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** Print jobs: when ordered, when due and when collected (never, for some). */
const JOBS: TableSpec = {
	name: 'print_jobs',
	humanName: 'Print jobs',
	columns: [
		['Job No', 'BIGINT'],
		['Order Date', 'DATE'],
		['Due Date', 'DATE'],
		['Collected', 'DATE'],
		['Product', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		6100 + i,
		`2024-03-${String(1 + (i % 20)).padStart(2, '0')}`,
		`2024-03-${String(5 + (i % 20)).padStart(2, '0')}`,
		i % 7 === 0 ? null : `2024-03-${String(3 + (i % 25)).padStart(2, '0')}`,
		['Flyers', 'Posters', 'Banners'][i % 3]
	])
};

describe('a date column bounded by another', () => {
	const jobs = catalogOf(JOBS);
	it('compares them row by row: "collected after their due date"', () => {
		expect(answer('how many jobs were collected after their due date', jobs).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "print_jobs"\nWHERE "Collected" > "Due Date"'
		);
	});
	it('reads "before" and "later than" the same way', () => {
		expect(answer('flyer jobs collected before the due date', jobs).sql).toContain(
			'"Collected" < "Due Date"'
		);
		expect(answer('jobs collected later than the due date', jobs).sql).toContain(
			'"Collected" > "Due Date"'
		);
	});
});

/** Tool loans: when each went out, when it was due and when it came back (not yet, for some). */
const LOANS: TableSpec = {
	name: 'tool_library_loans',
	humanName: 'Tool library loans',
	columns: [
		['Date Out', 'DATE'],
		['due_date', 'DATE'],
		['Date Returned', 'DATE'],
		['Condition on Return', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`2024-03-${String(1 + (i % 20)).padStart(2, '0')}`,
		`2024-03-${String(8 + (i % 20)).padStart(2, '0')}`,
		i % 6 === 0 ? null : `2024-0${3 + (i % 2)}-${String(5 + (i % 20)).padStart(2, '0')}`,
		i % 6 === 0 ? null : ['Good', 'Dirty', 'Damaged'][i % 3]
	])
};

describe('coming back, of a date a thing was returned', () => {
	const loans = catalogOf(LOANS);
	it('is that date: "loans that came back in april 2024"', () => {
		expect(answer('list the loans that came back in april 2024', loans).sql).toContain(
			`"Date Returned" >= DATE '2024-04-01'`
		);
	});
	it('is compared with another date, the rows counted', () => {
		expect(answer('how many loans came back after the due date', loans).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "tool_library_loans"\nWHERE "Date Returned" > "due_date"'
		);
	});
});
