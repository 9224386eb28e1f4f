/**
 * Two date columns of one table compared row by row: the one said before "after", "before",
 * "since" or "later than", the other after it ("jobs collected after their due date").
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
