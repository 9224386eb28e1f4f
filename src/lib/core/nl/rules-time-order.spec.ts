/**
 * An order said by its end in time ("newest first", "from oldest to newest", "latest first")
 * sorts the rows listed by the table's time column, or the units of time grouped; said where
 * neither is (groups of a column), it is not placed. A superlative of how busy ("busiest first")
 * orders a ranking and cuts none of it; "the most times" asks how often. "Who led" is the
 * `Leader`, ranked or shown.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const SITES = ['Mill Lane', 'Queen Park', 'River Walk'];
/** Litter picks: a date, a site, a leader and the weight collected. */
const PICKS: TableSpec = {
	name: 'litter_picks',
	humanName: 'Litter picks',
	columns: [
		['Pick Date', 'DATE'],
		['Site', 'VARCHAR'],
		['Leader', 'VARCHAR'],
		['Weight (kg)', 'DOUBLE']
	],
	rows: Array.from({ length: 36 }, (_, i) => [
		`2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
		SITES[i % 3],
		['Tom', 'Sue', 'Dave', 'Fatima'][i % 4],
		10 + (i % 7)
	])
};

describe('an order said by its end in time', () => {
	const picks = catalogOf(PICKS);
	it('sorts the rows listed by the time column: "newest first"', () => {
		expect(answer('list the picks at mill lane, newest first', picks).sql).toBe(
			'SELECT *\nFROM "litter_picks"\nWHERE "Site" = \'Mill Lane\'\nORDER BY "Pick Date" DESC NULLS LAST'
		);
	});
	it('reads "from oldest to newest" the other way', () => {
		expect(answer('list the picks at mill lane from oldest to newest', picks).sql).toContain(
			'ORDER BY "Pick Date" ASC NULLS LAST'
		);
	});
	it('sorts the units of time grouped, not the counts: "by month, latest first"', () => {
		expect(answer('number of picks by month, latest first', picks).sql).toMatch(
			/GROUP BY 1\nORDER BY 1 DESC$/
		);
	});
	it('is not placed beside groups of a column: "total weight by site, newest first"', () => {
		expect(isRefusal(ask('total weight by site, newest first', picks))).toBe(true);
	});
});

describe('a ranking ordered by how busy', () => {
	it('lists every group, busiest first', () => {
		const sql = answer('rank the leaders by number of picks, busiest first', catalogOf(PICKS)).sql;
		expect(sql).toMatch(/ORDER BY "count" DESC NULLS LAST, 1$/);
		expect(sql).not.toContain('QUALIFY');
	});
});

describe('"the most times"', () => {
	it('asks how often, beside a column of start times', () => {
		const picks: TableSpec = {
			...PICKS,
			columns: [...PICKS.columns, ['startTime', 'VARCHAR']],
			rows: PICKS.rows.map((row, i) => [...row, ['09:30', '10:00', '18:00'][i % 3]])
		};
		const sql = answer('which site have we picked the most times', catalogOf(picks)).sql;
		expect(sql).toMatch(/^SELECT "Site", count\(\*\)/);
		expect(sql).toContain('QUALIFY rank() OVER (ORDER BY count(*) DESC NULLS LAST) = 1');
	});
});

describe('the one who did a deed', () => {
	const picks = catalogOf(PICKS);
	it('"who led the most picks" ranks the leaders', () => {
		expect(answer('who led the most picks', picks).sql).toMatch(/^SELECT "Leader", count\(\*\)/);
	});
	it('"with the site and who led it" shows the leader', () => {
		const sql = answer('list the picks at mill lane with the date and who led it', picks).sql;
		expect(sql).toContain('"Leader"');
	});
});
