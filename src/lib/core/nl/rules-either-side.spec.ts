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
import { isRefusal } from './types';

const TEAMS = ['Dockside Athletic', 'Castle Vale', 'Kingsmead', 'Riverside Rovers'];

/** A league's results: every team plays at home and away. */
const MATCHES: TableSpec = {
	name: 'league_matches',
	humanName: 'League matches',
	columns: [
		['Match Date', 'DATE'],
		['homeTeam', 'VARCHAR'],
		['awayTeam', 'VARCHAR'],
		['home_goals', 'BIGINT'],
		['away_goals', 'BIGINT']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		TEAMS[i % 4],
		TEAMS[(i + 1 + (i % 3)) % 4],
		i % 4,
		(i * 3) % 5
	])
};

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
	const matches = catalogOf(MATCHES);

	it('keeps the rows where either side holds it', () => {
		const result = answer('how many games have dockside athletic played', matches);
		expect(result.sql).toBe(
			'SELECT count(*) AS "count"\nFROM "league_matches"\n' +
				'WHERE ("homeTeam" = \'Dockside Athletic\' OR "awayTeam" = \'Dockside Athletic\')'
		);
		expect(result.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
		expect(result.interpretation.find((x) => x.words === 'dockside athletic')).toMatchObject({
			kind: 'filter',
			meaning: '"homeTeam" or "awayTeam" = \'Dockside Athletic\' (either side)'
		});
	});

	it('asks which column when the question is negated', () => {
		const result = ask('how many games without castle vale', matches);
		expect(isRefusal(result) && result.reason).toBe(
			'"castle vale" could mean "homeTeam" or "awayTeam".'
		);
	});

	it('asks which column when another word names one side', () => {
		const result = ask('how many games did kingsmead play as home team', matches);
		expect(isRefusal(result) && result.reason).toBe(
			'"kingsmead" could mean "homeTeam" or "awayTeam".'
		);
	});

	it('asks which column when the two hold different kinds of things', () => {
		const result = ask('how many visits for sam lee', catalogOf(VISITS));
		expect(isRefusal(result) && result.reason).toBe('"sam lee" could mean "Owner" or "Vet".');
	});
});
