/**
 * Records limited by a bound: a courier's jobs, numbered and dated, are records whatever free
 * text they hold (who signed for each parcel), so "jobs over 10 miles" counts them. An amount
 * said in the plural and bounded ("refunds over £100") names the rows that hold it, as the
 * table's noun would. "An hour long" is a bound on a length: "long" shows no column. And
 * "closing price" is no price paid for a distance: a word only related by meaning to a column
 * does not join the money column beside it. Miles and kilometres each row covered add up.
 * "Entries", "records" or "rows" opening a condition name the records, which are counted. Money
 * "collected" is what was paid, not what was due.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { COURIER_JOBS } from '$test/nl/service-tables';
import { CONFIDENCE_THRESHOLD } from './explain';
import { isRefusal } from './types';

/** Returns: a reference, when asked for, and the refund paid. */
const RETURNS: TableSpec = {
	name: 'customer_returns',
	humanName: 'Customer returns',
	columns: [
		['Return No', 'VARCHAR'],
		['Requested At', 'TIMESTAMP'],
		['Category', 'VARCHAR'],
		['Refund (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`RTN-${100 + i}`,
		`2024-0${1 + (i % 9)}-0${1 + (i % 9)} 10:00:00`,
		['Lighting', 'Bedding'][i % 2],
		20 + 10 * i
	])
};

/** Podcast episodes, each with a title of its own and a length in minutes. */
const EPISODES: TableSpec = {
	name: 'podcast_episodes',
	humanName: 'Podcast episodes',
	columns: [
		['Show', 'VARCHAR'],
		['Episode Title', 'VARCHAR'],
		['Release Date', 'DATE'],
		['Duration (mins)', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		['Cold Case Files', 'Full Time Talk'][i % 2],
		`Episode about thing ${i}`,
		`2024-0${1 + (i % 9)}-15`,
		30 + 4 * i
	])
};

describe('records limited by a bound', () => {
	it('are counted when numbered and dated, whatever names they also hold', () => {
		expect(answer('jobs over 20 miles', catalogOf(COURIER_JOBS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "courier_deliveries"\nWHERE "distanceMiles" > 20'
		);
	});
	it('are named by an amount said in the plural ("refunds over £100")', () => {
		expect(answer('refunds over £100', catalogOf(RETURNS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "customer_returns"\nWHERE "Refund (£)" > 100'
		);
	});
	it('are bounded by a length said with "long", which shows no column', () => {
		const sql = answer('episodes over an hour long', catalogOf(EPISODES)).sql;
		expect(sql).toContain('WHERE "Duration (mins)" > 60');
		expect(sql).not.toMatch(/^SELECT "Duration/);
	});
});

describe('a word related to a column only by meaning', () => {
	it('does not say what the money beside it paid for ("closing price")', () => {
		const result = ask('highest closing price', catalogOf(COURIER_JOBS));
		expect(isRefusal(result) || result.confidence < CONFIDENCE_THRESHOLD).toBe(true);
	});
});

/** A bus log: each run's driver and the miles it covered. */
const RUNS: TableSpec = {
	name: 'bus_route_log',
	humanName: 'Bus route log',
	columns: [
		['log_id', 'BIGINT'],
		['Driver', 'VARCHAR'],
		['miles', 'DOUBLE']
	],
	rows: Array.from({ length: 18 }, (_, i) => [i + 1, ['Keith', 'Sandra', 'Janet'][i % 3], 20 + i])
};

describe('a distance each row covered', () => {
	it('adds up when drivers are ranked by it ("top 2 drivers by miles")', () => {
		expect(answer('top 2 drivers by miles', catalogOf(RUNS)).sql).toContain('sum("miles")');
	});
});

describe('a word for any rows, opening a condition', () => {
	it('names the records of a log, which are counted ("entries with no price")', () => {
		expect(answer('entries with no price', catalogOf(COURIER_JOBS)).sql).toMatch(
			/^SELECT count\(\*\) AS "count"\nFROM "courier_deliveries"\nWHERE "Price \(£\)"/
		);
	});
});

/** Parking fines: what each was for and what was paid of it. */
const FINES: TableSpec = {
	name: 'parking_fines',
	humanName: 'Parking fines',
	columns: [
		['PCN Number', 'VARCHAR'],
		['issued_at', 'TIMESTAMP'],
		['Fine Amount (£)', 'DOUBLE'],
		['Amount Paid (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 16 }, (_, i) => [
		`SM${2300 + i}`,
		`2024-0${1 + (i % 9)}-05 10:00:00`,
		i % 2 ? 70 : 50,
		i % 3 === 0 ? null : i % 2 ? 35 : 25
	])
};

describe('money collected', () => {
	it('is what was paid, not what was due ("how much have we collected")', () => {
		expect(answer('how much have we collected in fines altogether', catalogOf(FINES)).sql).toBe(
			'SELECT sum("Amount Paid (£)") AS "total_amount_paid"\nFROM "parking_fines"'
		);
	});
});
