/**
 * Seasons said as two years: "the 2023/24 season", "in 2024-25", "22/23" keep the rows of the
 * season a text column writes the same way, whatever its separator or digits; with no such
 * column the numbers are not read as a season. A filler verb said as the plural noun counted
 * ("how many draws", "how many orders") is a word to place, never dropped. A passive verb of
 * the rows ("sessions were booked", "games have been played") says what they record, even where
 * it starts like a reference column (`booking_id`). "Who" asks for people: an answer showing
 * other columns only has not read it.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A chess league's games over three seasons, written '2022-23' and so on. */
const GAMES: TableSpec = {
	name: 'chess_games',
	humanName: 'Chess games',
	columns: [
		['Season', 'VARCHAR'],
		['Division', 'VARCHAR'],
		['Result', 'VARCHAR'],
		['match_date', 'DATE']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		['2022-23', '2023-24', '2024-25'][i % 3],
		['Division 1', 'Division 2'][i % 2],
		['1-0', '0-1', '1/2-1/2'][i % 3],
		`202${3 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`
	])
};

/** A football league writing its seasons with a slash. */
const MATCHES: TableSpec = {
	name: 'league_matches',
	humanName: 'League matches',
	columns: [
		['Season', 'VARCHAR'],
		['homeTeam', 'VARCHAR'],
		['Attendance', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['2022/23', '2023/24'][i % 2],
		['Kingsmead', 'Castle Vale', 'Dockside'][i % 3],
		300 + i * 25
	])
};

describe('seasons said as two years', () => {
	const games = catalogOf(GAMES);

	it('a slash or a dash between the years reads the season the column writes', () => {
		for (const q of ['how many games in the 2023/24 season', 'how many games in 2023-24']) {
			expect(answer(q, games).sql).toBe(
				'SELECT count(*) AS "count"\nFROM "chess_games"\nWHERE "Season" = \'2023-24\''
			);
		}
	});

	it('beside other conditions, the season is one of them', () => {
		const sql = answer('how many games in division 2 in 2024-25', games).sql;
		expect(sql).toContain('"Division" = \'Division 2\'');
		expect(sql).toContain('"Season" = \'2024-25\'');
	});

	it('two digits a year read the season too', () => {
		expect(answer('total attendance in 22/23', catalogOf(MATCHES)).sql).toBe(
			'SELECT sum("Attendance") AS "total_attendance"\nFROM "league_matches"\n' +
				'WHERE "Season" = \'2022/23\''
		);
	});

	it('years that are not one after the other are no season', () => {
		expect(isRefusal(ask('how many games in 2022-24', games))).toBe(true);
	});
});

describe('a filler verb counted as a plural noun', () => {
	const games = catalogOf(GAMES);

	it('"how many draws" is not "how many" with "draws" left out', () => {
		const result = ask('how many draws were there in division 2', games);
		expect(isRefusal(result) && result.reason).toBe(
			'No table or column matches "draws", so Quarry cannot count or total it.'
		);
	});

	it("the rows' own filler nouns still count the rows", () => {
		expect(answer('how many records in division 2', games).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "chess_games"\nWHERE "Division" = \'Division 2\''
		);
	});
});

/** A salon's sessions, numbered by a booking reference. */
const SESSIONS: TableSpec = {
	name: 'grooming_sessions',
	humanName: 'Grooming sessions',
	columns: [
		['booking_id', 'BIGINT'],
		['Service', 'VARCHAR'],
		['appointment_time', 'TIMESTAMP']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		9000 + i,
		['Puppy Intro', 'Full Groom'][i % 2],
		`202${3 + (i % 2)}-0${1 + (i % 9)}-10 09:30:00`
	])
};

describe('a passive verb of the rows', () => {
	it('"were booked" says what the rows record, not a booking reference', () => {
		expect(
			answer('how many puppy intro sessions were booked in 2024', catalogOf(SESSIONS)).sql
		).toBe(
			'SELECT count(*) AS "count"\nFROM "grooming_sessions"\n' +
				'WHERE "Service" = \'Puppy Intro\'\n  AND year("appointment_time") = 2024'
		);
	});
});

/** A rent book: a row per plot and year. */
const RENT_BOOK: TableSpec = {
	name: 'rent_book',
	humanName: 'Rent book',
	columns: [
		['Plot', 'VARCHAR'],
		['rent_year', 'BIGINT'],
		['Annual Rent (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 15 }, (_, i) => [`D1${i % 5}`, 2021 + (i % 3), 30 + i])
};

describe('"who"', () => {
	it('answered with no person in the answer is a word not placed', () => {
		const result = ask('who rented plot d14', catalogOf(RENT_BOOK));
		expect(isRefusal(result) && result.reason).toBe('Quarry could not place "who".');
	});

	it('the whole rows of people still answer it', () => {
		const people: TableSpec = {
			name: 'members',
			humanName: 'Members',
			columns: [
				['name', 'VARCHAR'],
				['age', 'BIGINT']
			],
			rows: [
				['Ann', 34],
				['Raj', 61],
				['Meg', 47]
			]
		};
		expect(answer('who is the oldest', catalogOf(people)).sql).toContain('ORDER BY "age" DESC');
	});
});
