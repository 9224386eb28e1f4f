/**
 * Everyday logs: a gym's classes, a fleet's fuel log and a city's inspections. "Attendance" is
 * the total of an `attended` column (a verb's past form counts those it happened to), "spend" a
 * cost, "how many liters" the liters added up, "how much" before an amount its total, "price
 * per litre" a column `Price per L`, "heart rate" a column `avg_hr_bpm`. "Got cancelled" reads
 * as "were cancelled", "failed" as the value 'Fail'. Months without a year: "between March and
 * May" of any year, "since July" of the data's latest year. A fuel log's rows are fill-ups. A
 * noun that only ends like a verb's past form ("speed") is not dropped as a verb, and a
 * superlative that no column measures ("friendliest") ranks nothing. "Taught" of an Instructor
 * column is what its people do. "Italian restaurants" of inspections picks the cuisine, and
 * "have been inspected" says no more than that the rows are inspections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { openTestDb, toNumber, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';
import { loadWordNet } from './word-net';

const TYPES = ['Spin', 'Yoga', 'Zumba'];
const TEACHERS = ['Hannah Okafor', 'Diego Ramirez', 'Priya Natarajan'];

/** Two classes on every tenth day of 2024, attended by a few people. */
const CLASSES: TableSpec = {
	name: 'gym_classes',
	humanName: 'Gym classes',
	columns: [
		['Class Date', 'DATE'],
		['Class Type', 'VARCHAR'],
		['attended', 'BIGINT'],
		['Status', 'VARCHAR'],
		['avg_hr_bpm', 'BIGINT'],
		['Instructor', 'VARCHAR']
	],
	rows: Array.from({ length: 72 }, (_, i) => {
		const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 2) * 10)).toISOString().slice(0, 10);
		const cancelled = i % 9 === 4;
		return [
			day,
			TYPES[i % 3],
			cancelled ? 0 : 5 + (i % 7),
			cancelled ? 'Cancelled' : 'Held',
			120 + (i % 30),
			TEACHERS[i % 5 === 0 ? 0 : 1 + (i % 2)]
		];
	})
};

/** A fleet's fill-ups. */
const FUEL: TableSpec = {
	name: 'fuel_log',
	humanName: 'Fuel log',
	columns: [
		['txn_date', 'DATE'],
		['vehicleType', 'VARCHAR'],
		['liters', 'DOUBLE'],
		['Price per L', 'DOUBLE'],
		['total_cost', 'DOUBLE']
	],
	rows: [
		['2023-03-02', 'Van', 40.5, 1.5, 60.75],
		['2023-07-09', 'Van', 52.0, 1.6, 83.2],
		['2024-01-15', 'Truck', 120.0, 1.4, 168.0],
		['2024-05-20', 'Van', 35.5, 1.7, 60.35],
		['2024-08-11', 'Truck', 98.25, 1.5, 147.375]
	]
};

/** Inspections of restaurants with their result. */
const INSPECTIONS: TableSpec = {
	name: 'restaurant_inspections',
	humanName: 'Restaurant inspections',
	columns: [
		['inspection_id', 'BIGINT'],
		['Restaurant Name', 'VARCHAR'],
		['cuisine', 'VARCHAR'],
		['inspection_date', 'DATE'],
		['Result', 'VARCHAR'],
		['Score', 'BIGINT']
	],
	rows: [
		[1, 'Casa Rosa', 'Italian', '2024-01-03', 'Pass', 92],
		[2, 'Bangkok Corner', 'Thai', '2024-01-09', 'Fail', 55],
		[3, 'Casa Rosa', 'Italian', '2024-02-14', 'Pass', 88],
		[4, 'Trattoria Uno', 'Italian', '2024-03-01', 'Fail', 61],
		[5, 'Bangkok Corner', 'Thai', '2024-03-20', 'Conditional Pass', 74]
	]
};

let db: TestDb;
beforeAll(async () => {
	await loadWordNet();
	db = await openTestDb();
	for (const spec of [CLASSES, FUEL, INSPECTIONS]) db.run(createTableSql(spec));
});
afterAll(() => db.close());

const classes = { tables: [catalogTable(CLASSES)] };
const fuel = { tables: [catalogTable(FUEL)] };
const inspections = { tables: [catalogTable(INSPECTIONS)] };

function single(sql: string): unknown {
	const [row] = db.run(sql);
	return toNumber(Object.values(row)[0]);
}
const attendedOf = (keep: (row: (typeof CLASSES.rows)[number]) => boolean) =>
	CLASSES.rows.filter(keep).reduce((sum, r) => sum + (r[2] as number), 0);
const monthOf = (row: (typeof CLASSES.rows)[number]) => Number(String(row[0]).slice(5, 7));

describe('counts named by what happened', () => {
	it('"total attendance" adds up who attended', () => {
		expect(single(answer('total attendance', classes).sql)).toBe(attendedOf(() => true));
	});
	it('"attendance by month" totals each month, it does not average it', () => {
		const rows = db.run(answer('attendance by month', classes).sql);
		expect(toNumber(Object.values(rows[0])[1])).toBe(attendedOf((r) => monthOf(r) === 1));
	});
	it('"how much attendance in March" is its total, not a list of the classes', () => {
		const sql = answer('how much attendance in March', classes).sql;
		expect(single(sql)).toBe(attendedOf((r) => monthOf(r) === 3));
	});
	it('"got cancelled" reads as "were cancelled"', () => {
		const sql = answer('how many spin classes got cancelled', classes).sql;
		const expected = CLASSES.rows.filter((r) => r[1] === 'Spin' && r[3] === 'Cancelled').length;
		expect(single(sql)).toBe(expected);
	});
	it('"failed" picks the value \'Fail\'', () => {
		expect(single(answer('how many inspections failed', inspections).sql)).toBe(2);
	});
	it('"heart rate" names a column avg_hr_bpm', () => {
		const sql = answer('median heart rate in yoga classes', classes).sql;
		expect(sql).toContain('"avg_hr_bpm"');
	});
});

describe('restaurants of inspections', () => {
	it('"median score for italian restaurants": the noun after the value says what they are', () => {
		const result = answer('median score for italian restaurants', inspections);
		expect(single(result.sql)).toBe(88);
		expect(result.interpretation.some((x) => x.words === 'italian restaurants')).toBe(true);
	});
	it('listing them still shows their names', () => {
		const sql = answer('list the italian restaurants', inspections).sql;
		expect(sql).toContain('"Restaurant Name"');
	});
	it('"how many restaurants have been inspected" counts the restaurants of the inspections', () => {
		const sql = answer('how many restaurants have been inspected', inspections).sql;
		expect(single(sql)).toBe(3);
	});
});

describe('months without a year', () => {
	it('"between March and May" is those months', () => {
		const sql = answer('total attendance between March and May', classes).sql;
		expect(single(sql)).toBe(attendedOf((r) => monthOf(r) >= 3 && monthOf(r) <= 5));
	});
	it('"between November and February" runs over the turn of the year', () => {
		const sql = answer('total attendance between November and February', classes).sql;
		expect(single(sql)).toBe(attendedOf((r) => monthOf(r) >= 11 || monthOf(r) <= 2));
	});
	it('"since July" starts in July of the latest year the data reaches', () => {
		const sql = answer('total liters since July', fuel).sql;
		expect(single(sql)).toBe(98.25);
	});
});

describe('a fuel log', () => {
	it('"spend" is the cost column', () => {
		const total = FUEL.rows.reduce((s, r) => s + (r[4] as number), 0);
		expect(single(answer('total fuel spend', fuel).sql)).toBeCloseTo(total, 6);
	});
	it('"how many liters" adds the liters up', () => {
		const sql = answer('how many liters did vans take in 2023', fuel).sql;
		expect(single(sql)).toBe(92.5);
	});
	it('"price per litre" is the column Price per L', () => {
		expect(answer('average price per litre', fuel).sql).toContain('"Price per L"');
	});
	it('its rows are fill-ups, and a figure per fill-up is over the rows', () => {
		expect(single(answer('how many fill-ups', fuel).sql)).toBe(FUEL.rows.length);
		expect(single(answer('median liters per fill-up for vans', fuel).sql)).toBe(40.5);
	});
});

describe('prices and costs', () => {
	it('"price" is the column Price per L, whose unit only says what the price is of', () => {
		expect(answer('average price by vehicle type', fuel).sql).toContain('avg("Price per L")');
	});
	it('"top 2 vehicle types by fuel cost" ranks them by their total cost', () => {
		const result = answer('top 2 vehicle types by fuel cost', fuel);
		expect(db.run(result.sql).map((r) => r.vehicleType)).toEqual(['Truck', 'Van']);
		expect(result.interpretation.some((x) => x.words === 'fuel' && x.kind === 'table')).toBe(true);
	});
	it('"cost" is total_cost, the cost of each row in all', () => {
		expect(answer('cost by year', fuel).sql).toContain('sum("total_cost")');
	});
});

describe('a superlative no column measures', () => {
	it('"which class type is the friendliest" is refused, not the type with most rows', () => {
		expect(isRefusal(ask('which class type is the friendliest', classes))).toBe(true);
	});
});

describe("the verb of a column's people", () => {
	const taught = (name: string) => CLASSES.rows.filter((r) => r[5] === name).length;
	it('"which instructor taught the most classes" ranks the instructors by their classes', () => {
		const rows = db.run(answer('which instructor taught the most classes', classes).sql);
		const most = [...TEACHERS].sort((a, b) => taught(b) - taught(a))[0];
		expect(rows.map((r) => r.Instructor)).toEqual([most]);
	});
	it('"how many classes did Hannah Okafor teach" counts hers', () => {
		const sql = answer('how many classes did Hannah Okafor teach', classes).sql;
		expect(single(sql)).toBe(taught('Hannah Okafor'));
	});
	it('a verb that is not what instructors do is not read so', () => {
		expect(isRefusal(ask('which instructor ate the most classes', classes))).toBe(true);
	});
});

describe('a noun ending like a verb', () => {
	it('"speed by class type" of a table without a speed is refused, not counted', () => {
		expect(isRefusal(ask('speed by class type', classes))).toBe(true);
	});
});
