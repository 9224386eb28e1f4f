/**
 * Things counted with a verb of what was done to them ("how many tools did we lend out", "how
 * many boats went out") count the times, each row once; "how many different tools", things
 * kept ("do we have") and things dealt with as a rule ("do we test") count the different ones.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** A tool library's loans: a few tools lent again and again. */
const LOANS: TableSpec = {
	name: 'tool_loans',
	humanName: 'Tool loans',
	columns: [
		['loan_id', 'BIGINT'],
		['Tool', 'VARCHAR'],
		['Date Out', 'DATE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		i + 1,
		['Drill', 'Mitre Saw', 'Ladder'][i % 3],
		`2024-0${1 + (i % 9)}-05`
	])
};

/** Boat hires, each carrying a number of people. */
const HIRES: TableSpec = {
	name: 'boat_hires',
	humanName: 'Boat hires',
	columns: [
		['boatNo', 'VARCHAR'],
		['Start Time', 'TIMESTAMP'],
		['people', 'BIGINT']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		`B${1 + (i % 3)}`,
		`2024-07-0${1 + (i % 9)} 1${i % 9}:30:00`,
		2 + (i % 4)
	])
};

describe('things counted with a verb of what was done to them', () => {
	const loans = catalogOf(LOANS);
	it('count the times it was done ("how many tools did we lend out")', () => {
		expect(answer('how many tools did we lend out in 2024', loans).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "tool_loans"\nWHERE year("Date Out") = 2024'
		);
	});
	it('count the rows, not what each row carries ("how many boats went out")', () => {
		expect(answer('how many boats went out', catalogOf(HIRES)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "boat_hires"'
		);
	});
	it('count the different things when asked so, kept or done as a rule', () => {
		for (const q of [
			'how many different tools did we lend out in 2024',
			'how many tools do we have',
			'how many tools do we lend'
		]) {
			expect(answer(q, loans).sql).toContain('count(DISTINCT "Tool")');
		}
	});
});
