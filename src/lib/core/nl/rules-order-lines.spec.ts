/**
 * A table of order lines as shops export them: "orders by region" counts orders (it does not
 * sort), "quantity ordered by region" groups the quantity, and revenue is quantity × unit price
 * when no column holds it (a bare `Price` may be the whole line's). "Orders with a discount"
 * have one above zero, and "customers who ordered more than 2 times" counts each customer's
 * rows. Of staff: a gender word is a whole word ("manage" is not "man"), "who earns the most"
 * ranks by the salary, and "hired each year" names the hire date. Rows placed and shipped at two dates take days between them ("average
 * time to ship"), hours between two timestamps; of several dates, the one a row began at is
 * its time ("the most recent repair").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { isRefusal } from './types';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { loadWordNet } from './word-net';

const ORDER_LINES: TableSpec = {
	name: 'order_lines',
	humanName: 'Order lines',
	columns: [
		['order_no', 'BIGINT'],
		['shop', 'VARCHAR'],
		['aisle', 'VARCHAR'],
		['quantity', 'BIGINT'],
		['unit_price', 'DOUBLE'],
		['discount', 'DOUBLE']
	],
	rows: [
		[1, 'Leeds', 'fruit', 3, 2, 0],
		[2, 'Leeds', 'bread', 1, 4, 0.5],
		[3, 'York', 'fruit', 5, 2, 0],
		[4, 'York', 'fruit', 2, 3, 0.2],
		[5, 'York', 'bread', 4, 1, 0]
	]
};

const STAFF: TableSpec = {
	name: 'staff',
	humanName: 'Staff',
	columns: [
		['name', 'VARCHAR'],
		['sex', 'VARCHAR'],
		['manager', 'VARCHAR'],
		['salary', 'DOUBLE'],
		['hire_date', 'DATE']
	],
	rows: [
		['Ada', 'F', 'Ann', 50, '2019-03-01'],
		['Bo', 'M', 'Ann', 70, '2020-05-01'],
		['Cy', 'M', 'Ann', 40, '2020-07-01'],
		['Di', 'F', 'Bob', 60, '2021-01-01']
	]
};

/** Parcels placed and shipped (dates); repairs opened and closed (timestamps). */
const PARCELS: TableSpec = {
	name: 'parcels',
	humanName: 'Parcels',
	columns: [
		['parcel', 'VARCHAR'],
		['depot', 'VARCHAR'],
		['placed_on', 'DATE'],
		['shipped_on', 'DATE']
	],
	rows: [
		['p1', 'north', '2024-01-01', '2024-01-03'],
		['p2', 'north', '2024-01-02', '2024-01-08'],
		['p3', 'south', '2024-01-05', '2024-01-06'],
		['p4', 'south', '2024-01-07', null]
	]
};
const REPAIRS: TableSpec = {
	name: 'repairs',
	humanName: 'Repairs',
	columns: [
		['job', 'VARCHAR'],
		['opened_at', 'TIMESTAMP'],
		['closed_at', 'TIMESTAMP']
	],
	rows: [
		['j1', '2024-03-01 08:00:00', '2024-03-01 20:00:00'],
		['j2', '2024-03-02 09:00:00', '2024-03-04 09:00:00']
	]
};

/** A shop's tool rentals: titles repeat, a return date is missing until the tool comes back. */
const RENTALS: TableSpec = {
	name: 'tool_rentals',
	humanName: 'Tool rentals',
	columns: [
		['Title', 'VARCHAR'],
		['Depot', 'VARCHAR'],
		['rental_date', 'DATE'],
		['returnedOn', 'DATE'],
		['late_fee', 'DOUBLE'],
		['Total Amount', 'DOUBLE']
	],
	rows: [
		['Drill', 'east', '2024-05-01', '2024-05-03', 0, 20],
		['Drill', 'east', '2024-05-04', null, 0, 20],
		['Saw', 'west', '2024-05-02', '2024-05-09', 5, 35],
		['Saw', 'east', '2024-05-06', '2024-05-07', 0, 15],
		['Ladder', 'west', '2024-05-08', null, 2.5, 10],
		['Drill', 'west', '2024-05-09', '2024-05-10', 0, 10],
		['Saw', 'east', '2024-05-10', '2024-05-11', 0, 10],
		['Ladder', 'east', '2024-05-11', '2024-05-12', 0, 10]
	]
};

let db: TestDb;
beforeAll(async () => {
	await loadWordNet();
	db = await openTestDb();
	for (const spec of [ORDER_LINES, STAFF, PARCELS, REPAIRS, RENTALS]) db.run(createTableSql(spec));
});
afterAll(() => db.close());

const lines = { tables: [catalogTable(ORDER_LINES)] };
const staff = { tables: [catalogTable(STAFF)] };

/** Rows as arrays, numbers as numbers (a sum of BIGINT comes back as a HUGEINT object). */
function values(sql: string): unknown[][] {
	const plain = (v: unknown) => {
		if (typeof v === 'string' || v === null) return v;
		const n = Number(String(v).replace(/"/g, ''));
		return Number.isFinite(n) ? n : v;
	};
	return db.run(sql).map((r) => Object.values(r).map(plain));
}

describe('order lines', () => {
	it('"orders by shop and aisle" counts the orders of each pair', () => {
		expect(values(answer('number of orders by shop and aisle', lines).sql)).toEqual([
			['Leeds', 'bread', 1],
			['Leeds', 'fruit', 1],
			['York', 'bread', 1],
			['York', 'fruit', 2]
		]);
	});
	it('"total quantity ordered by shop" groups the quantity', () => {
		expect(values(answer('total quantity ordered by shop', lines).sql)).toEqual([
			['Leeds', 4],
			['York', 11]
		]);
	});
	it('revenue is quantity × unit price, and the reading says so', () => {
		const result = answer('revenue by aisle', lines);
		expect(values(result.sql)).toEqual([
			['bread', 8],
			['fruit', 22]
		]);
		expect(result.interpretation.some((x) => x.meaning.includes('× "unit_price"'))).toBe(true);
	});
	it("a bare price beside a quantity may be the whole job's: nothing is multiplied", () => {
		const jobs: TableSpec = {
			name: 'print_jobs',
			columns: [
				['Product', 'VARCHAR'],
				['Qty', 'BIGINT'],
				['Price (£)', 'DOUBLE']
			],
			rows: Array.from({ length: 30 }, (_, i) => [
				['Flyers', 'Posters'][i % 2],
				100 * (1 + (i % 5)),
				20 + 9 * (i % 5)
			])
		};
		const result = ask('revenue by product', { tables: [catalogTable(jobs)] });
		expect(isRefusal(result) ? '' : result.sql).not.toContain('"Qty" *');
	});
});

describe('conditions on order lines', () => {
	it('"orders with a discount" have one above zero; "without" keeps the others', () => {
		expect(values(answer('how many orders had a discount', lines).sql)).toEqual([[2]]);
		// (records with a condition are counted; listed when asked to be shown)
		expect(values(answer('orders with a discount', lines).sql)).toEqual([[2]]);
		const listed = answer('list orders with a discount', lines).sql;
		expect(values(listed).map((r) => r[0])).toEqual([2, 4]);
		expect(
			values(answer('show orders with a discount of 0.5', lines).sql).map((r) => r[0])
		).toEqual([2]);
	});
	it('"shops that appear more than 2 times" counts the rows of each', () => {
		expect(values(answer('shops that appear more than 2 times', lines).sql)).toEqual([['York', 3]]);
	});
});

describe('staff', () => {
	it('"how many people does Ann manage" keeps every sex', () => {
		expect(values(answer('how many people does Ann manage', staff).sql)).toEqual([[3]]);
	});
	it('"who earns the most" is the row with the highest salary', () => {
		expect(values(answer('who earns the most', staff).sql).map((r) => r[0])).toEqual(['Bo']);
		expect(values(answer('who is paid the least', staff).sql).map((r) => r[0])).toEqual(['Cy']);
	});
	it('"how many were hired each year" counts by the hire date', () => {
		expect(values(answer('how many people were hired each year', staff).sql)).toEqual([
			[2019, 1],
			[2020, 2],
			[2021, 1]
		]);
	});
});

describe('time between two dates', () => {
	const parcels = { tables: [catalogTable(PARCELS)] };
	const repairs = { tables: [catalogTable(REPAIRS)] };
	it('"average time to ship" is the days from placed to shipped, per depot too', () => {
		expect(values(answer('average time to ship', parcels).sql)).toEqual([[3]]);
		expect(values(answer('average days to ship by depot', parcels).sql)).toEqual([
			['north', 4],
			['south', 1]
		]);
		const result = answer('which parcels took more than 2 days to ship', parcels);
		expect(values(result.sql).map((r) => r[0])).toEqual(['p2']);
	});
	it('is hours between two timestamps, and the reading says how it is computed', () => {
		const result = answer('average time to close', repairs);
		expect(values(result.sql)).toEqual([[30]]);
		expect(result.interpretation.some((x) => x.meaning.includes('in hours'))).toBe(true);
	});
});

describe("a row's own time among several dates", () => {
	it('"the most recent repair" is the one opened last; "the 2 most recent" the last two', () => {
		const repairs = { tables: [catalogTable(REPAIRS)] };
		expect(values(answer('the most recent repair', repairs).sql).map((r) => r[0])).toEqual(['j2']);
		expect(values(answer('show the 2 most recent repairs', repairs).sql).map((r) => r[0])).toEqual([
			'j2',
			'j1'
		]);
	});
	it('a derived column listed with the rows is shown under its name', () => {
		const rows = db.run(answer('revenue of the fruit orders', lines).sql);
		expect(Object.keys(rows[0])).toContain('revenue');
	});
});

describe('a table of rentals', () => {
	const rentals = { tables: [catalogTable(RENTALS)] };
	it('"how many rentals" counts the rows, not the distinct titles', () => {
		expect(values(answer('how many rentals are there', rentals).sql)).toEqual([[8]]);
	});
	it('"rentals by depot" groups by the depot, not by the rental date as well', () => {
		expect(values(answer('rentals by depot', rentals).sql)).toEqual([
			['east', 5],
			['west', 3]
		]);
	});
	it('fees add up; revenue is the amount column', () => {
		expect(values(answer('late fees per depot', rentals).sql)).toEqual([
			['east', 0],
			['west', 7.5]
		]);
		expect(values(answer('revenue by depot', rentals).sql)).toEqual([
			['east', 75],
			['west', 55]
		]);
	});
	it('"haven\'t been returned" is a missing return date; "were returned" a present one', () => {
		expect(values(answer("how many tools haven't been returned", rentals).sql)).toEqual([[2]]);
		expect(values(answer('how many rentals were returned', rentals).sql)).toEqual([[6]]);
	});
});

describe("words that repeat a column's name", () => {
	it('"in km" of `distance_km` and "collected" after the fees only repeat it', () => {
		const rides = {
			tables: [
				catalogTable({
					name: 'rides',
					humanName: 'Rides',
					columns: [
						['rider', 'VARCHAR'],
						['distance_km', 'DOUBLE'],
						['toll_fee', 'DOUBLE']
					],
					rows: [
						['a', 3, 1],
						['b', 5, 2],
						['c', 10, 0]
					]
				})
			]
		};
		expect(answer('median ride distance in km', rides).sql).toContain('median("distance_km")');
		expect(answer('total toll fees collected', rides).sql).toContain('sum("toll_fee")');
	});
});

describe('other nouns for the rows', () => {
	const boats = {
		tables: [
			catalogTable({
				name: 'boat_trips',
				humanName: 'Boat trips',
				columns: [
					['boat', 'VARCHAR'],
					['dur_min', 'BIGINT'],
					['Birth Year', 'BIGINT']
				],
				rows: [
					['Ada', 30, 1970],
					['Ada', 50, 1990],
					['Bea', 40, 1985]
				]
			})
		]
	};
	it('"rides" and "journeys" are the trips of a table of trips', () => {
		expect(answer('how many journeys', boats).sql).toContain('count(*)');
		expect(answer('average ride duration', boats).sql).toContain('avg("dur_min")');
	});
	it('"trips by passengers" groups by nothing it can name: asks instead of grouping by boat', () => {
		const result = ask('number of trips by passengers born before 1980', boats);
		if (!isRefusal(result)) expect(result.sql).not.toContain('GROUP BY');
	});
});
