/**
 * Things counted with a verb of what was done to them ("how many tools did we lend out", "how
 * many boats went out") count the times, each row once; "how many different tools", things
 * kept ("do we have") and things dealt with as a rule ("do we test") count the different ones.
 * "The most expensive bottle we've bought" ranks the rows; "players per team" (or "per month")
 * counts the players.
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

describe('a superlative before a noun for the rows', () => {
	/** A cellar's bottles, each with the price paid. */
	const cellar = catalogOf({
		name: 'wine_cellar',
		humanName: 'Wine cellar',
		columns: [
			['Bottle ID', 'BIGINT'],
			['Wine', 'VARCHAR'],
			['Date Bought', 'DATE'],
			['Price Paid (£)', 'DOUBLE']
		],
		rows: Array.from({ length: 8 }, (_, i) => [
			i + 1,
			['Rioja', 'Barolo', 'Chablis', 'Gavi'][i % 4],
			`2024-0${1 + i}-10`,
			10 + ((i * 7) % 11)
		])
	});
	it('ranks the rows by what it names ("the most expensive bottle we\'ve bought")', () => {
		const dear = answer("what's the most expensive bottle we've bought", cellar);
		expect(dear.sql).toBe(
			'SELECT *\nFROM "wine_cellar"\nORDER BY "Price Paid (£)" DESC NULLS LAST\nLIMIT 1'
		);
		expect(dear.interpretation).toContainEqual(
			expect.objectContaining({ words: "we've bought", meaning: 'what the rows record' })
		);
	});
});

describe('a plural of names before "per"', () => {
	/** A club's subscription payments: several a season for each player. */
	const subs = catalogOf({
		name: 'club_subs',
		humanName: 'Club subs',
		columns: [
			['Player Name', 'VARCHAR'],
			['Team', 'VARCHAR'],
			['Paid On', 'DATE'],
			['Amount Paid (£)', 'DOUBLE']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			['Noah Hall', 'Ava Khan', 'Leo Ward', 'Mia Shaw'][i % 4],
			['U8', 'U10'][i % 2],
			`2024-0${1 + (i % 3)}-15`,
			40
		])
	});
	it('counts the different ones of each group ("players per team")', () => {
		expect(answer('players per team', subs).sql).toBe(
			'SELECT "Team", count(DISTINCT "Player Name") AS "distinct_player_name"\nFROM "club_subs"\nGROUP BY 1\nORDER BY 1'
		);
	});
	it('counts them for each time unit too ("players per month")', () => {
		const sql = answer('players per month', subs).sql;
		expect(sql).toContain('count(DISTINCT "Player Name")');
		expect(sql).not.toContain('"Player Name",');
	});
});
