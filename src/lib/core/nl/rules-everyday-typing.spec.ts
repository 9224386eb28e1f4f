/**
 * How people type into a search box: contractions without their apostrophe ("havent",
 * "whats"), one slip of a key in a grammar word ("averge"), "yet". Known acronyms (CSAT) are
 * read from their words; energy a meter counts (`kwh`) is named as electricity, usage or power
 * and adds up. A year said before an amount ("our 2024 electricity") is a year when the amount
 * never reaches it. Two amounts joined by "of" ("the weight of horsepower") are no list of both.
 * An amount bought said with money ("electricity cost", "spent on power") says what the money
 * paid for; "per" an amount of many values ("cost per kwh") asks for a rate, not groups. A word
 * a letter or two longer than an English word of the data ("carat" beside "car") is no form of it.
 * "Device Category" is named by "device", as "Airport Name" is by "airport".
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** Support tickets with a status, a terse satisfaction score and hours to the first reply. */
const TICKETS: TableSpec = {
	name: 'support_tickets',
	humanName: 'Support tickets',
	columns: [
		['ticket_id', 'VARCHAR'],
		['Channel', 'VARCHAR'],
		['Status', 'VARCHAR'],
		['firstResponseHrs', 'DOUBLE'],
		['csat', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`TCK-${100 + i}`,
		['Email', 'Phone', 'Live Chat'][i % 3],
		['Resolved', 'Open', 'Escalated', 'Resolved'][i % 4],
		1.5 * i,
		1 + (i % 5)
	])
};

/** A household's daily meter readings: energy in kWh, its cost, a day's date. */
const ENERGY: TableSpec = {
	name: 'home_energy',
	humanName: 'Home energy',
	columns: [
		['Reading Date', 'DATE'],
		['kwh', 'DOUBLE'],
		['Cost (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 80 }, (_, i) => [
		`${2023 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
		10 + i * 0.37,
		3 + i * 0.11
	])
};

/** Cars with a weight and a horsepower. */
const CARS: TableSpec = {
	name: 'cars',
	humanName: 'Cars',
	columns: [
		['Name', 'VARCHAR'],
		['Weight_in_lbs', 'BIGINT'],
		['Horsepower', 'BIGINT']
	],
	rows: [
		['ford pinto', 2046, 75],
		['chevy nova', 3102, 105],
		['amc hornet', 2962, 100]
	]
};

describe('typing as people do', () => {
	const tickets = catalogOf(TICKETS);
	it('reads a contraction without its apostrophe ("havent been resolved yet")', () => {
		expect(answer('how many tickets havent been resolved yet', tickets).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "support_tickets"\nWHERE "Status" <> \'Resolved\''
		);
	});
	it('reads one slip of a key in a grammar word ("averge")', () => {
		expect(answer('averge first response time by channel', tickets).sql).toContain(
			'avg("firstResponseHrs")'
		);
	});
	it('reads a known acronym from its words ("customer satisfaction score" for `csat`)', () => {
		expect(answer("what's our average customer satisfaction score", tickets).sql).toBe(
			'SELECT avg("csat") AS "average_csat"\nFROM "support_tickets"'
		);
	});
});

describe('energy a meter counts', () => {
	const energy = catalogOf(ENERGY);
	it('is named as electricity and adds up ("how much electricity did we use in 2023")', () => {
		expect(answer('how much electricity did we use in 2023', energy).sql).toBe(
			'SELECT sum("kwh") AS "total_kwh"\nFROM "home_energy"\nWHERE year("Reading Date") = 2023'
		);
	});
	it('reads a year said before an amount that never reaches it as a year', () => {
		const result = ask('total 2024 electricity', energy);
		expect(!isRefusal(result) && result.sql).toContain('year("Reading Date") = 2024');
	});
});

describe('an amount bought beside the money paid for it', () => {
	const energy = catalogOf(ENERGY);
	it('says what the money paid for ("total electricity cost")', () => {
		expect(answer('total electricity cost in 2023', energy).sql).toBe(
			'SELECT sum("Cost (£)") AS "total_cost"\nFROM "home_energy"\nWHERE year("Reading Date") = 2023'
		);
	});
	it('says it after "spent on" ("how much have we spent on power since …")', () => {
		expect(answer('how much have we spent on power since october 2023', energy).sql).toBe(
			'SELECT sum("Cost (£)") AS "total_cost"\nFROM "home_energy"\nWHERE "Reading Date" >= DATE \'2023-10-01\''
		);
	});
	it('goes with the money when a superlative ranks it ("highest electric bill")', () => {
		expect(answer('which month had our highest electric bill', energy).sql).toContain(
			'sum("Cost (£)") AS "total_cost"'
		);
	});
	it('is no group for each value after "per" ("average cost per kwh"): unsure', () => {
		expect(isRefusal(ask('average cost per kwh', energy))).toBe(true);
	});
});

describe('two amounts joined by "of"', () => {
	it('are no list of both columns: the answer is unsure', () => {
		expect(isRefusal(ask('what is the weight of horsepower', catalogOf(CARS)))).toBe(true);
	});
});

describe('a word a letter or two longer than a word of the data', () => {
	it('is no form of it ("carat" beside the table "Cars"): the word stays unplaced', () => {
		const result = ask('biggest carat weight', catalogOf(CARS));
		expect(isRefusal(result) && result.unknownWords).toEqual(['carat']);
	});
});

describe('a column named with "Category" after what its values are', () => {
	it('is named by that first word ("sessions by device" for `Device Category`)', () => {
		const visits: TableSpec = {
			name: 'visits',
			humanName: 'Visits',
			columns: [
				['Device Category', 'VARCHAR'],
				['Sessions', 'BIGINT']
			],
			rows: Array.from({ length: 6 }, (_, i) => [['mobile', 'desktop'][i % 2], 10 + i])
		};
		const result = answer('sessions by device', catalogOf(visits));
		const full = answer('sessions by device category', catalogOf(visits));
		expect(result.sql).toBe(full.sql);
		expect(result.confidence).toBe(full.confidence);
	});
});
