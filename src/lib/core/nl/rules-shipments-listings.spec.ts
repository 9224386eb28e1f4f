/**
 * A distributor's shipments and a city's rental listings. A table's time is the date that says
 * when each row happened ("shippedAt" of shipments, not the delivery date); rows stamped to the
 * minute are events, not periods, so they are counted. "Per shipment" after an average is per
 * row; "in total" after a count adds nothing; "units" are the quantity; "still" and "went" are
 * plain words; "most expensive" of listings is by their rent (never a quantity, of shipments),
 * and two values said with "or" are counted together. "On time rate" and "withdrawal rate" are
 * the share of rows that meet the condition, in each group. "Year 11" is a value, "in Q4" a quarter of any year, "March 1"
 * a day of the data's one year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { openTestDb, toNumber, type TestDb } from '$test/nl/duckdb-catalog';
import { catalogTable, createTableSql, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';
import { loadWordNet } from './word-net';

const LEVELS = ['Ground', '2-Day', 'Overnight'];
const CUSTOMERS = ['Acme Supply', 'Brightline Hardware', 'Cobalt Tools'];

/** One shipment every 20 hours of early 2024, delivered two to four days later. */
const SHIPMENTS: TableSpec = {
	name: 'shipments',
	humanName: 'Shipments',
	columns: [
		['Shipment No', 'VARCHAR'],
		['shippedAt', 'TIMESTAMP'],
		['Customer', 'VARCHAR'],
		['service_level', 'VARCHAR'],
		['qty', 'BIGINT'],
		['cartons', 'BIGINT'],
		['weight_kg', 'DOUBLE'],
		['delivered_date', 'DATE'],
		['onTime', 'VARCHAR']
	],
	rows: Array.from({ length: 90 }, (_, i) => {
		const shipped = new Date(Date.UTC(2024, 0, 1, 7, 15) + i * 20 * 3600 * 1000);
		const delivered = new Date(shipped.getTime() + (2 + (i % 3)) * 86400 * 1000);
		return [
			`SHP-${1000 + i}`,
			shipped.toISOString().slice(0, 19).replace('T', ' '),
			CUSTOMERS[i % 3],
			LEVELS[i % 3],
			10 + ((i * 7) % 40),
			1 + (i % 5),
			5 + ((i * 13) % 90),
			delivered.toISOString().slice(0, 10),
			i % 10 === 9 ? null : i % 4 === 0 ? 'N' : 'Y'
		];
	})
};

/** Listings with their rent and status. */
const LISTINGS: TableSpec = {
	name: 'apartment_listings',
	humanName: 'Apartment listings',
	columns: [
		['listing_id', 'VARCHAR'],
		['Listed On', 'DATE'],
		['Monthly Rent', 'BIGINT'],
		['Status', 'VARCHAR'],
		['agent', 'VARCHAR']
	],
	rows: [
		['L-1', '2024-01-04', 1900, 'Leased', 'Megan'],
		['L-2', '2024-01-19', 2400, 'Active', 'Omar'],
		['L-3', '2024-02-02', 3100, 'Withdrawn', 'Megan'],
		['L-4', '2024-02-21', 1750, 'Active', 'Omar'],
		['L-5', '2024-03-08', 2850, 'Leased', 'Megan'],
		['L-6', '2024-03-30', 4200, 'Withdrawn', 'Megan']
	]
};

/** Exam results of two year groups in two subjects. */
const EXAMS: TableSpec = {
	name: 'exam_results',
	humanName: 'Exam results',
	columns: [
		['student_name', 'VARCHAR'],
		['Year Group', 'VARCHAR'],
		['Subject', 'VARCHAR'],
		['score_pct', 'DOUBLE']
	],
	rows: [
		['Ana', 'Year 11', 'English Literature', 71],
		['Ben', 'Year 11', 'Physics', 64],
		['Cai', 'Year 12', 'English Literature', 88],
		['Dee', 'Year 12', 'Physics', 57],
		['Eve', 'Year 11', 'Physics', 90]
	]
};

/** The listings again, spread over two years. */
const LISTINGS_YEARS: TableSpec = {
	...LISTINGS,
	name: 'listings_years',
	rows: LISTINGS.rows.map((r, k) => [
		r[0],
		`${2023 + (k % 2)}${String(r[1]).slice(4)}`,
		...r.slice(2)
	])
};

/** Bookings, some of them cancelled. */
const BOOKINGS: TableSpec = {
	name: 'bookings',
	humanName: 'Bookings',
	columns: [
		['booking_ref', 'VARCHAR'],
		['channel', 'VARCHAR'],
		['status', 'VARCHAR']
	],
	rows: [
		['B-1', 'Web', 'Cancelled'],
		['B-2', 'Web', 'Checked Out'],
		['B-3', 'Phone', 'Checked Out'],
		['B-4', 'Web', 'Cancelled'],
		['B-5', 'Phone', 'No Show']
	]
};

let db: TestDb;
beforeAll(async () => {
	await loadWordNet();
	db = await openTestDb();
	for (const spec of [SHIPMENTS, LISTINGS, LISTINGS_YEARS, BOOKINGS, EXAMS])
		db.run(createTableSql(spec));
});
afterAll(() => db.close());

const shipments = { tables: [catalogTable(SHIPMENTS)] };
const listings = { tables: [catalogTable(LISTINGS)] };
const bookings = { tables: [catalogTable(BOOKINGS)] };
const exams = { tables: [catalogTable(EXAMS)] };

function single(sql: string): unknown {
	return toNumber(Object.values(db.run(sql)[0])[0]);
}

describe('shipments', () => {
	it('"number of shipments per month" counts them by the month they were shipped', () => {
		const rows = db.run(answer('number of shipments per month', shipments).sql);
		const january = SHIPMENTS.rows.filter((r) => String(r[1]).startsWith('2024-01')).length;
		expect(Object.values(rows[0])[1]).toBe(january);
	});
	it('"average weight per shipment by service level" averages the rows of each level', () => {
		const rows = db.run(answer('average weight per shipment by service level', shipments).sql);
		expect(rows).toHaveLength(LEVELS.length);
	});
	it('"how many shipments in total" is their count', () => {
		expect(single(answer('how many shipments in total', shipments).sql)).toBe(90);
	});
	it('"which customer received the most units" ranks customers by their quantity', () => {
		const rows = db.run(answer('which customer received the most units', shipments).sql);
		const total = (c: string) =>
			SHIPMENTS.rows.filter((r) => r[2] === c).reduce((s, r) => s + (r[4] as number), 0);
		const most = [...CUSTOMERS].sort((a, b) => total(b) - total(a))[0];
		expect(rows.map((r) => r.Customer)).toEqual([most]);
	});
});

describe('rates', () => {
	const known = SHIPMENTS.rows.filter((r) => r[8] !== null);
	it('"on time rate" is the share of shipments on time, among those where it is known', () => {
		const rate = known.filter((r) => r[8] === 'Y').length / known.length;
		expect(single(answer('what is our on time rate', shipments).sql)).toBeCloseTo(rate, 9);
	});
	it('"on time rate for each customer" is each customer\'s own rate', () => {
		const rows = db.run(answer('on time rate for each customer', shipments).sql);
		const mine = known.filter((r) => r[2] === CUSTOMERS[0]);
		const rate = mine.filter((r) => r[8] === 'Y').length / mine.length;
		expect(rows).toHaveLength(CUSTOMERS.length);
		expect(Object.values(rows[0])[1]).toBeCloseTo(rate, 9);
	});
	it('"cancellation rate by channel": the noun of an action names its past form, a value', () => {
		const rows = db.run(answer('cancellation rate by channel', bookings).sql);
		expect(rows.map((r) => Object.values(r)[1])).toEqual([0, 2 / 3]);
	});
	it('"withdrawal rate by agent" reads the same way', () => {
		const rows = db.run(answer('withdrawal rate by agent', listings).sql);
		expect(rows.map((r) => Object.values(r)[1])).toEqual([0.5, 0]);
	});
});

describe('names with numbers, quarters, and "for"', () => {
	it('"year 11" is the value \'Year 11\', not a year', () => {
		expect(single(answer('how many exam results for year 11', exams).sql)).toBe(3);
	});
	it('"in Q4" without a year is October to December of any year', () => {
		const sql = answer('number of shipments in Q4', shipments).sql;
		const q4 = SHIPMENTS.rows.filter((r) => Number(String(r[1]).slice(5, 7)) >= 10).length;
		expect(single(sql)).toBe(q4);
	});
	it('"between March 1 and March 15" is those days of the data\'s one year', () => {
		const sql = answer('number of shipments between March 1 and March 15', shipments).sql;
		const days = SHIPMENTS.rows.filter((r) => {
			const day = String(r[1]).slice(0, 10);
			return day >= '2024-03-01' && day <= '2024-03-15';
		}).length;
		expect(single(sql)).toBe(days);
	});
	it('over several years a day without a year is not read', () => {
		const catalog = { tables: [catalogTable(LISTINGS_YEARS)] };
		expect(isRefusal(ask('how many listings on March 8', catalog))).toBe(true);
	});
	it('"physics for year 12" is no text inside a name: "for" is not "in the name"', () => {
		const sql = answer('average score in physics for year 12', exams).sql;
		expect(sql).not.toContain('contains');
		expect(single(sql)).toBe(57);
	});
});

describe('listings', () => {
	it('"how many listings are still active" counts the active ones', () => {
		expect(single(answer('how many listings are still active', listings).sql)).toBe(2);
	});
	it('"top 2 most expensive listings" are those with the highest rent', () => {
		const rows = db.run(answer('top 2 most expensive listings', listings).sql);
		expect(rows.map((r) => r.listing_id)).toEqual(['L-6', 'L-3']);
	});
	it('"most expensive" is never a quantity ("most expensive item we sell" of shipments)', () => {
		const dear = ask('most expensive item we sell', shipments);
		expect(isRefusal(dear) ? dear.reason : dear.sql).not.toContain('max("qty")');
	});
	it('"withdrawn or are still active" counts both values together', () => {
		const sql = answer('how many listings were withdrawn or are still active', listings).sql;
		expect(db.run(sql)).toHaveLength(1);
		expect(single(sql)).toBe(4);
	});
});
