/**
 * A condition on a column the table dates ("adopted" of `Outcome` beside an `Outcome Date`)
 * says which time the question's time is: the date of that column, not the date each row
 * begins on. Without such a condition the table's own time stays. The things a table has its
 * own number for (`Animal ID`) are its rows: "how many animals" counts them, not their names,
 * which repeat.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

const INTAKES: TableSpec = {
	name: 'animal_intakes',
	humanName: 'Animal rescue intakes',
	columns: [
		['Animal ID', 'VARCHAR'],
		['Name', 'VARCHAR'],
		['Intake Date', 'DATE'],
		['Species', 'VARCHAR'],
		['Outcome', 'VARCHAR'],
		['Outcome Date', 'DATE'],
		['Adoption Fee (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 18 }, (_, i) => [
		`23-${String(i + 1).padStart(4, '0')}`,
		['Bella', 'Max', 'Luna'][i % 3],
		`2023-${String(1 + (i % 12)).padStart(2, '0')}-05`,
		['Dog', 'Cat', 'Rabbit'][i % 3],
		['Adopted', 'Reclaimed', 'Adopted', 'Transferred'][i % 4],
		`2024-0${1 + (i % 9)}-20`,
		i % 4 === 1 ? 0 : 60 + (i % 3) * 40
	])
};

describe('the date of a condition', () => {
	const intakes = catalogOf(INTAKES);

	it('times "adopted in 2024" by the date of the outcome', () => {
		const result = answer('how many rabbits were adopted in 2024', intakes);
		expect(result.sql).toContain('year("Outcome Date") = 2024');
		expect(result.interpretation.some((x) => x.meaning.includes('"Outcome Date"'))).toBe(true);
	});

	it('keeps the intake date without such a condition', () => {
		expect(answer('how many rabbits came in during 2023', intakes).sql).toContain(
			'year("Intake Date") = 2023'
		);
	});

	it('counts the animals a table numbers, not their names', () => {
		expect(answer('how many animals', intakes).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "animal_intakes"'
		);
	});
});
