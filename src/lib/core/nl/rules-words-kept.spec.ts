/**
 * Every word is accounted for: an adjective-like participle before the things counted
 * ("animated films"), a participle said of the rows whose verb is no modal ("were canned"), and
 * a verb whose preposition has nothing after it ("diagnosed with") are conditions no column was
 * found for, so the answer is not sure; the rows' own verb ("listened to" in a listening
 * history, "the most borrowed title") still costs little.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const FILMS: TableSpec = {
	name: 'cinema_screenings',
	humanName: 'Cinema screenings',
	columns: [
		['Film', 'VARCHAR'],
		['Genre', 'VARCHAR'],
		['ticketsSold', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['Wonka', 'Elemental', 'Dune'][i % 3],
		['Family', 'Animation', 'Sci-Fi'][i % 3],
		30 + i
	])
};

const BATCHES: TableSpec = {
	name: 'brewery_batches',
	humanName: 'Brewery batches',
	columns: [
		['Batch No', 'BIGINT'],
		['Beer', 'VARCHAR'],
		['packagedAs', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		100 + i,
		['Pale', 'Stout'][i % 2],
		['Cask', 'Keg', 'Can'][i % 3]
	])
};

const PLAYS: TableSpec = {
	name: 'listening_history',
	humanName: 'Listening history',
	columns: [
		['Played At', 'TIMESTAMP'],
		['Artist', 'VARCHAR'],
		['Track', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2024-0${1 + (i % 9)}-1${i % 10} 20:00:00`,
		['Low Tide', 'Mira Vale', 'The Hollows'][i % 3],
		`Song ${i % 5}`
	])
};

describe('a condition no column was found for', () => {
	it('is never dropped from the answer', () => {
		for (const [q, spec] of [
			['how many animated films did we show', FILMS],
			['how many batches were canned', BATCHES],
			['what were the tracks produced with', PLAYS]
		] as const) {
			expect(isRefusal(ask(q, catalogOf(spec))), q).toBe(true);
		}
	});
	it("is not the rows' own verb", () => {
		expect(answer('how many different artists have i listened to', catalogOf(PLAYS)).sql).toBe(
			'SELECT count(DISTINCT "Artist") AS "distinct_artist"\nFROM "listening_history"'
		);
	});
});

describe('a code of digits and letters', () => {
	const plots: TableSpec = {
		name: 'harvest_log',
		humanName: 'Harvest log',
		columns: [
			['Plot', 'VARCHAR'],
			['cert', 'VARCHAR'],
			['kg', 'DOUBLE']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			['9A', '12', '3B'][i % 3],
			['12A', 'PG', '15'][i % 3],
			1 + i
		])
	};
	it('typed run together and in lower case names its value ("plot 9a", "not 12a")', () => {
		expect(answer('total kg from plot 9a', catalogOf(plots)).sql).toContain(`"Plot" = '9A'`);
		expect(answer('how many rows were not 12a', catalogOf(plots)).sql).toContain(`"cert" <> '12A'`);
	});
	it('leaves amounts with their suffix alone ("10k")', () => {
		expect(answer('how many rows with kg over 10k', catalogOf(plots)).sql).toContain(
			'"kg" > 10000'
		);
	});
});
