/**
 * "Walks that mention mud": what a row mentions is in its written notes, found as text there.
 * An article is not the text ("mention a fox"), the same condition said twice is one, and a
 * row's identifier is never searched for words.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A dog walker's log: a walk id, the dog, the route, and notes written now and then. */
const WALKS: TableSpec = {
	name: 'dog_walks',
	humanName: 'Dog walks',
	columns: [
		['walk_id', 'VARCHAR'],
		['Dog Name', 'VARCHAR'],
		['route', 'VARCHAR'],
		['notes', 'VARCHAR']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`W-${100 + i}`,
		['Biscuit', 'Luna', 'Max'][i % 3],
		['Riverside Path', 'The Downs'][i % 2],
		[null, 'Very muddy by the river', 'Saw a fox near the gate', 'Pulled on the lead'][i % 4]
	])
};

/** The same walks with no notes column. */
const BARE_WALKS: TableSpec = {
	...WALKS,
	columns: WALKS.columns.slice(0, 3),
	rows: WALKS.rows.map((r) => r.slice(0, 3))
};

describe('rows that mention a word', () => {
	const walks = catalogOf(WALKS);
	it('search the notes', () => {
		expect(answer('how many walks mention mud', walks).sql).toBe(
			`SELECT count(*) AS "count"\nFROM "dog_walks"\nWHERE contains(lower("notes"), 'mud')`
		);
		expect(answer('walks that mention a fox', walks).sql).toContain(
			`contains(lower("notes"), 'fox')`
		);
	});
	it('say one condition once when the column is named too', () => {
		const sql = answer('how many walks mention mud in the notes', walks).sql;
		expect(sql.match(/contains/g)).toHaveLength(1);
	});
	it('never search an identifier for the word', () => {
		const result = ask('walks that mention mud', catalogOf(BARE_WALKS));
		expect(isRefusal(result) ? '' : result.sql).not.toContain('walk_id');
	});
});
