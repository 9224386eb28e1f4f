/**
 * The end of a place's name said after "the" ("the college", "the car wash") names that place
 * when no other value ends so; one word of a long note ('Machine removed - contract ended')
 * names nothing.
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
		['Site', 'VARCHAR'],
		['Cash (£)', 'DOUBLE'],
		['Fault', 'VARCHAR']
	],
	rows: Array.from({ length: 16 }, (_, i) => [
		`V${i + 1}`,
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		SITES[i % SITES.length],
		20 + i,
		i === 7 ? 'Machine removed - contract ended' : i % 5 === 0 ? 'Coin mech jammed' : null
	])
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
