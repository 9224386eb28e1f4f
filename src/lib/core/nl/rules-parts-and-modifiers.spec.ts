/**
 * A count kept in two parts (home and away goals) is whole as their sum. A column's word between
 * its values and the rows' noun ("high or urgent priority tickets") only names those values: the
 * rows are counted. A chart verb after an article ("ended in a draw") is a noun the question
 * asks about, not what to do with the answer.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { LEAGUE_MATCHES } from '$test/nl/service-tables';
import { isRefusal } from './types';

/** Support tickets with a terse priority column. */
const TICKETS: TableSpec = {
	name: 'support_tickets',
	humanName: 'Support tickets',
	columns: [
		['ticket_id', 'VARCHAR'],
		['Channel', 'VARCHAR'],
		['pri', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`TCK-${i}`,
		['Email', 'Phone'][i % 2],
		['Low', 'Medium', 'High', 'Urgent'][i % 4]
	])
};

describe('a count kept in two parts', () => {
	const matches = catalogOf(LEAGUE_MATCHES);
	it('is whole as their sum ("total goals scored")', () => {
		expect(answer('total goals scored', matches).sql).toBe(
			'SELECT sum(("home_goals" + "away_goals")) AS "total_goals"\nFROM "league_matches"'
		);
	});
	it('keeps each part when it is named ("average home goals")', () => {
		expect(answer('average home goals', matches).sql).toContain('avg("home_goals")');
	});
});

describe("a column's word between its values and the rows' noun", () => {
	it('only names those values: the rows are counted', () => {
		expect(
			answer('how many high or urgent priority tickets came in by email', catalogOf(TICKETS)).sql
		).toBe(
			'SELECT count(*) AS "count"\nFROM "support_tickets"\nWHERE "pri" IN (\'High\', \'Urgent\')\n  AND "Channel" = \'Email\''
		);
	});
});

describe('a chart verb after an article', () => {
	it('is a noun the question asks about ("ended in a draw"), never dropped', () => {
		expect(isRefusal(ask('how many matches ended in a draw', catalogOf(LEAGUE_MATCHES)))).toBe(
			true
		);
	});
	it('is still harmless as what to do with the answer ("draw goals by month")', () => {
		expect(answer('draw total goals by month', catalogOf(LEAGUE_MATCHES)).sql).toContain(
			'sum(("home_goals" + "away_goals"))'
		);
	});
});
