/**
 * A podcast's episodes, one released a day at most, each with a title of its own and numbers
 * of minutes and downloads: the rows are episodes, not days, so "how many episodes" counts them.
 * A word inside several titles and whole in none ("bonus" of 'Bonus: Outtakes', 'Bonus: Live
 * Q&A') is what those titles share, not the first of them; so are words inside several
 * venues ("mobile unit"). Months joined by a dash ("jun-aug 2023") are the span between them.
 * A count kept over its own period (`downloads_30d`, `visits_ytd`) is named without it, adds
 * up, and is never limited to another time. Kinds compared each year ("whole blood vs plasma
 * each year") are counted for each kind, each year.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { CONFIDENCE_THRESHOLD } from './explain';
import { isRefusal } from './types';
import { catalogOf, type TableSpec } from '$test/nl/tables';

const TITLES = ['Saving Early', 'Pensions Explained', 'Bonus: Outtakes', 'Rent or Buy'];

/** Episodes: a show, a title, the day it came out, its length and downloads. */
const EPISODES: TableSpec = {
	name: 'podcast_episodes',
	humanName: 'Podcast episodes',
	columns: [
		['Show', 'VARCHAR'],
		['Episode Title', 'VARCHAR'],
		['Release Date', 'DATE'],
		['Duration (mins)', 'BIGINT'],
		['downloads_30d', 'BIGINT']
	],
	rows: Array.from({ length: 36 }, (_, i) => [
		['Pound Sense', 'Dig In'][i % 2],
		i % 9 === 4 ? `Bonus: Live Q&A ${i}` : `${TITLES[i % 4]} ${i}`,
		`${2022 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
		30 + (i % 5) * 5,
		1000 + 37 * i
	])
};

describe('episodes of a podcast', () => {
	const episodes = catalogOf(EPISODES);
	it('are counted, not refused as points in time', () => {
		expect(answer('how many episodes did we put out in 2023', episodes).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "podcast_episodes"\nWHERE year("Release Date") = 2023'
		);
		expect(answer('number of episodes per show', episodes).sql).toContain(
			'SELECT "Show", count(*) AS "count"'
		);
	});
	it('sharing a word in their titles are those whose title holds it', () => {
		expect(answer('how many bonus episodes have we done', episodes).sql).toContain(
			'WHERE contains(lower("Episode Title"), \'bonus\')'
		);
	});
});

/** Donor sessions at a centre and two mobile units. */
const SESSIONS: TableSpec = {
	name: 'blood_donor_sessions',
	humanName: 'Blood donor sessions',
	columns: [
		['Donor ID', 'VARCHAR'],
		['Session Date', 'DATE'],
		['Venue', 'VARCHAR'],
		['donationType', 'VARCHAR']
	],
	rows: Array.from({ length: 36 }, (_, i) => [
		`WY${100 + (i % 12)}`,
		`${2023 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}`,
		['Leeds Donor Centre', 'Mobile Unit - Wetherby', 'Mobile Unit - Garforth'][i % 3],
		['Whole blood', 'Plasma', 'Platelets', 'Whole blood'][i % 4]
	])
};

describe('donor sessions', () => {
	it('months joined by a dash are the span between them', () => {
		expect(answer('appointments jun-aug 2023', catalogOf(SESSIONS)).sql).toContain(
			'"Session Date" >= DATE \'2023-06-01\' AND "Session Date" < DATE \'2023-09-01\''
		);
	});
	it('words inside several values are what those values share', () => {
		expect(answer('mobile unit appointments in 2024', catalogOf(SESSIONS)).sql).toContain(
			'contains(lower("Venue"), \'mobile unit\')'
		);
	});
});

describe('kinds compared each year', () => {
	it('are counted for each kind, each year', () => {
		expect(answer('whole blood vs plasma vs platelets each year', catalogOf(SESSIONS)).sql).toMatch(
			/GROUP BY 1, 2/
		);
	});
});

describe('a count over its own period', () => {
	it('is named without the period, and downloads add up', () => {
		expect(answer('downloads by show and year', catalogOf(EPISODES)).sql).toContain(
			'sum("downloads_30d")'
		);
	});
	it('is not limited to another time', () => {
		const members: TableSpec = {
			name: 'climbing_members',
			humanName: 'Climbing members',
			columns: [
				['member_no', 'BIGINT'],
				['Join Date', 'DATE'],
				['visits_ytd', 'BIGINT']
			],
			rows: Array.from({ length: 20 }, (_, i) => [
				100 + i,
				`${2022 + (i % 3)}-0${1 + (i % 9)}-04`,
				i * 3
			])
		};
		expect(answer('top 5 members by visits', catalogOf(members)).sql).toContain('"visits_ytd"');
		const result = ask('total visits in 2022', catalogOf(members));
		expect(isRefusal(result) || result.confidence < CONFIDENCE_THRESHOLD).toBe(true);
	});
});
