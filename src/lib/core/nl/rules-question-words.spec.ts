/**
 * Words of the question itself and look-alikes name nothing: "how" of "how much" is no word of
 * a `how_out` column, the "show" a question opens with is no `No Show`, "closing" is no word of the street 'Orchard Close', and "pass" is no short
 * "passengers", a noun of people any table of customers may be asked about by.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const INNINGS: TableSpec = {
	name: 'innings',
	columns: [
		['Match Date', 'DATE'],
		['Batter', 'VARCHAR'],
		['Runs', 'BIGINT'],
		['how_out', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2024-0${4 + (i % 5)}-1${i % 9}`,
		['Imran Siddiqui', 'Tom Reed', 'Ciaran Dunne'][i % 3],
		(i * 11) % 70,
		['Bowled', 'Caught', 'Not out', 'LBW'][i % 4]
	])
};

const ROUNDS: TableSpec = {
	name: 'cleaning_rounds',
	columns: [
		['Clean Date', 'DATE'],
		['Street', 'VARCHAR'],
		['Price (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2024-0${1 + (i % 9)}-0${1 + (i % 8)}`,
		['Orchard Close', 'Mill Lane', 'Station Road'][i % 3],
		12 + (i % 5) * 2.5
	])
};

const RENTALS: TableSpec = {
	name: 'van_hires',
	columns: [
		['hire_id', 'BIGINT'],
		['Pickup Time', 'TIMESTAMP'],
		['Customer', 'VARCHAR'],
		['Driver Age', 'BIGINT'],
		['Daily Rate (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		i + 1,
		`2023-0${1 + (i % 9)}-10 09:00:00`,
		['Ava Stone', 'Ben Hart', 'Cara Moss', 'Dev Patel'][i % 4],
		25 + i * 3,
		40 + (i % 4) * 5
	])
};

const EPISODES: TableSpec = {
	name: 'podcast_episodes',
	columns: [
		['Show', 'VARCHAR'],
		['Released', 'DATE'],
		['Minutes', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['Half Baked', 'Night Shift', 'Open Door'][i % 3],
		`2024-0${1 + (i % 9)}-15`,
		30 + i
	])
};

const COURTS: TableSpec = {
	name: 'court_bookings',
	columns: [
		['Date', 'DATE'],
		['Court', 'VARCHAR'],
		['No Show', 'BOOLEAN']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2024-${String(1 + i).padStart(2, '0')}-10`,
		`Court ${1 + (i % 3)}`,
		i % 4 === 0
	])
};

describe('words of the question name nothing', () => {
	it('the "show" a question opens with is no `No Show`', () => {
		const courts = catalogOf(COURTS);
		expect(answer('show bookings in december 2024', courts).sql).not.toContain('No Show');
		expect(answer('how many no shows in 2024', courts).sql).toContain('"No Show"');
	});

	it('"how much" is no word of a `how_out` column', () => {
		const result = ask('how much did we take in 2024', catalogOf(INNINGS));
		expect(isRefusal(result) ? '' : result.sql).not.toContain('how_out');
	});

	it('"how" beside the column\'s other word still names it', () => {
		expect(answer('how out was each batter', catalogOf(INNINGS)).sql).toContain('"how_out"');
	});

	it('"closing" is no word of a street called Orchard Close', () => {
		const result = ask('highest closing price', catalogOf(ROUNDS));
		expect(isRefusal(result) ? '' : result.sql).not.toContain('Orchard Close');
		expect(answer('cleans on orchard close', catalogOf(ROUNDS)).sql).toContain(
			`"Street" = 'Orchard Close'`
		);
	});

	it('"pass" is no short form of "passengers"', () => {
		const result = ask('pass rate in summer 2023', catalogOf(RENTALS));
		const pass = isRefusal(result)
			? undefined
			: result.interpretation.find((x) => x.words.toLowerCase() === 'pass');
		expect(pass?.kind).not.toBe('table');
	});

	it('"plots" counted after a word that describes them is a noun to place, not "plot a chart"', () => {
		const result = ask('how many half plots are there', catalogOf(EPISODES));
		const saysPlots =
			!isRefusal(result) && result.interpretation.some((x) => x.words.includes('plots'));
		expect(isRefusal(result) || saysPlots).toBe(true);
		expect(answer('how many half baked episodes are there', catalogOf(EPISODES)).sql).toContain(
			`"Show" = 'Half Baked'`
		);
	});
});
