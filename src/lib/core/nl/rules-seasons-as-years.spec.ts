/**
 * Seasons of a table with dates and no column of seasons are calendar years, and the reading
 * says so; a yes/no column named beside a count of other groups keeps the rows it holds for.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';
import { CLUB_INNINGS } from '$test/nl/service-tables';

describe('seasons as years', () => {
	const innings = catalogOf(CLUB_INNINGS);

	it('"the 2024 season" is the year 2024', () => {
		const result = answer('total runs in the 2024 season', innings);
		expect(result.sql).toBe(
			'SELECT sum("Runs") AS "total_runs"\nFROM "cricket_innings"\nWHERE year("Match Date") = 2024'
		);
		expect(result.interpretation.some((x) => x.words === 'season')).toBe(true);
	});

	it('"by batter and season" groups by the year too', () => {
		expect(answer('runs by batter and season', innings).sql).toBe(
			'SELECT year("Match Date") AS "year", "Batter", sum("Runs") AS "total_runs"\n' +
				'FROM "cricket_innings"\nGROUP BY 1, 2\nORDER BY 1, 2'
		);
	});
});

describe('a yes/no column named in a count of groups', () => {
	it('"innings won each year" counts the rows it holds for', () => {
		expect(answer('innings won each year', catalogOf(CLUB_INNINGS)).sql).toContain(
			`WHERE "Match Won" = 'true'`
		);
	});
});
