/**
 * A collection log that keeps what came in by how it was paid (`Cash (£)`, `card_p`) takes the
 * sum of them: Quarry derives `takings`, pence turned into pounds. The end of a place's name
 * said after "the" ("the college", "the car wash") names that place when no other value ends
 * so; one word of a long note ('Machine removed - contract ended') names nothing.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';
import { isRefusal } from './types';

const SITES = ['Hollybank College', 'Kwik Wash Car Wash', 'Riverside Gym', "St Luke's Hospital"];

const restocks = catalogOf({
	name: 'vending_restocks',
	humanName: 'Vending restocks',
	columns: [
		['Ref', 'VARCHAR'],
		['Visit Date', 'DATE'],
		['Mch', 'VARCHAR'],
		['Site', 'VARCHAR'],
		['Type', 'VARCHAR'],
		['Stock Cost (£)', 'DOUBLE'],
		['Cash (£)', 'DOUBLE'],
		['card_p', 'BIGINT'],
		['Refunds (£)', 'DOUBLE'],
		['Fault', 'VARCHAR']
	],
	rows: Array.from({ length: 18 }, (_, i) => [
		`V${i + 1}`,
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		`M0${1 + (i % 4)}`,
		SITES[i % SITES.length],
		['Drinks', 'Snack', 'Coffee'][i % 3],
		30 + i,
		40 + 2 * i,
		2500 + 100 * i,
		i % 6 === 0 ? 1.5 : null,
		i === 9 ? 'Machine removed - contract ended' : null
	])
});

const takings = 'sum((coalesce("Cash (£)", 0) + coalesce("card_p", 0) / 100.0)) AS "total_takings"';

describe('what came in by each way of paying', () => {
	it('adds up as the takings, pence as pounds', () => {
		expect(answer('takings per month', restocks).sql).toContain(takings);
		expect(answer('drinks vs coffee takings in 2024', restocks).sql).toContain(takings);
	});

	it('groups by a terse column a word of a note also says ("each machine" of `Mch`)', () => {
		const sql = answer('total takings for each machine', restocks).sql;
		expect(sql).toContain('SELECT "Mch", ' + takings);
	});

	it('leaves one way of paying as it is', () => {
		expect(answer('how much cash in 2024', restocks).sql).toContain('sum("Cash (£)")');
	});

	it('reads a verb of money coming in beside the takings ("which machine makes the most money")', () => {
		const sql = answer('which machine makes the most money', restocks).sql;
		expect(sql).toContain('SELECT "Mch", ' + takings);
		expect(sql).toContain('rank() OVER');
	});

	it('reads "given back" beside an amount of money as its verb', () => {
		expect(answer('how much have i given back in refunds', restocks).sql).toBe(
			'SELECT sum("Refunds (£)") AS "total_refunds"\nFROM "vending_restocks"'
		);
	});
});

describe('the end of a place\'s name after "the"', () => {
	it('names the one value that ends so', () => {
		const college = answer('average cash per visit at the college', restocks);
		expect(college.sql).toContain('"Site" = \'Hollybank College\'');
		expect(college.confidence).toBeGreaterThan(0.9);
		expect(answer('average cash per visit at the car wash', restocks).sql).toContain(
			'"Site" = \'Kwik Wash Car Wash\''
		);
	});

	it('reads no value from one word of a long note', () => {
		expect(isRefusal(ask('when did the machine go in', restocks))).toBe(true);
	});
});
