/**
 * Two sides of each row: a value both sides hold (a team at home or away, a player with white or
 * black) keeps the rows where either side holds it, when no word says which side. A negation, a
 * word naming one of the columns, or two columns that hold different kinds of things leave the
 * engine asking which column was meant.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD } from './explain';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { LEAGUE_MATCHES } from '$test/nl/service-tables';
import { isRefusal } from './types';

/** A practice's visits: owners and vets are different people, one name aside. */
const VISITS: TableSpec = {
	name: 'vet_visits',
	humanName: 'Vet visits',
	columns: [
		['Visit Date', 'DATE'],
		['Owner', 'VARCHAR'],
		['Vet', 'VARCHAR']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`2024-0${1 + (i % 9)}-0${1 + (i % 8)}`,
		['Sam Lee', 'Ann Ford', 'Raj Patel', 'Meg Owen', 'Tom Hart'][i % 5],
		['Dr Shah', 'Dr Quinn', 'Sam Lee'][i % 3]
	])
};

describe('a value both sides of a row hold', () => {
	const matches = catalogOf(LEAGUE_MATCHES);

	it('keeps the rows where either side holds it', () => {
		const result = answer('how many games have fairview town played', matches);
		expect(result.sql).toBe(
			'SELECT count(*) AS "count"\nFROM "league_matches"\n' +
				'WHERE ("homeTeam" = \'Fairview Town\' OR "awayTeam" = \'Fairview Town\')'
		);
		expect(result.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
		expect(result.interpretation.find((x) => x.words === 'fairview town')).toMatchObject({
			kind: 'filter',
			meaning: '"homeTeam" or "awayTeam" = \'Fairview Town\' (either side)'
		});
	});

	it('asks which column when the question is negated', () => {
		const result = ask('how many games without castle vale fc', matches);
		expect(isRefusal(result) && result.reason).toBe(
			'"castle vale fc" could mean "homeTeam" or "awayTeam".'
		);
	});

	it('asks which column when another word names one side', () => {
		const result = ask('how many games did fairview town play as home team', matches);
		expect(isRefusal(result) && result.reason).toBe(
			'"fairview town" could mean "homeTeam" or "awayTeam".'
		);
	});

	it('asks which column when the two hold different kinds of things', () => {
		const result = ask('how many visits for sam lee', catalogOf(VISITS));
		expect(isRefusal(result) && result.reason).toBe('"sam lee" could mean "Owner" or "Vet".');
	});
});
