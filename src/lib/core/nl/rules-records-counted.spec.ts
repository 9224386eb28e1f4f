/**
 * Records of events (charging sessions, bookings) named by their plural noun, or by a value said
 * in the plural ("potholes"), with a condition and nothing else ("sessions over 50 kwh") are
 * counted, with the list offered as the other
 * reading; rows that are named things ("towns in Peru") are listed, and so is anything the
 * question asks to see. A code per row ("EV-0001") names no thing, a name with a number in it
 * ("Town 7") does.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** Charging sessions: a session code, the site, energy drawn. */
const SESSIONS: TableSpec = {
	name: 'ev_charging_sessions',
	humanName: 'EV charging sessions',
	columns: [
		['session_ref', 'VARCHAR'],
		['Site', 'VARCHAR'],
		['kwh', 'DOUBLE'],
		['Feedback', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`EV-${String(i + 1).padStart(4, '0')}`,
		['Depot', 'Station Road', 'Harbour'][i % 3],
		10 + 3 * i,
		i % 4 === 0 ? null : ['Good', 'Slow', 'Fine'][i % 3]
	])
};

/** Brewery batches, numbered from 1200, one row each. */
const BATCHES: TableSpec = {
	name: 'brewery_batches',
	humanName: 'Brewery batches',
	columns: [
		['Batch No', 'BIGINT'],
		['Beer', 'VARCHAR'],
		['Packaged Date', 'DATE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		1200 + i,
		['Pale', 'Stout'][i % 2],
		i % 5 === 0 ? null : `2024-03-${String(1 + i).padStart(2, '0')}`
	])
};

/** Order lines: several lines of one order share its number. */
const LINES: TableSpec = {
	name: 'order_lines',
	humanName: 'Order lines',
	columns: [
		['order_no', 'BIGINT'],
		['aisle', 'VARCHAR'],
		['discount', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		100 + Math.floor(i / 4),
		['fruit', 'bread'][i % 2],
		i % 3 === 0 ? 0.5 : 0
	])
};

/** Street repairs: the issue reported, the ward, the day. */
const REPAIRS: TableSpec = {
	name: 'street_repairs',
	humanName: 'Street repairs',
	columns: [
		['Ref', 'VARCHAR'],
		['Issue', 'VARCHAR'],
		['Ward', 'VARCHAR'],
		['reported', 'DATE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`SR-${1000 + i}`,
		['Pothole', 'Blocked drain', 'Broken light'][i % 3],
		['Castle', 'Abbey'][i % 2],
		`2024-${String(1 + (i % 12)).padStart(2, '0')}-10`
	])
};

/** A climbing centre's members: a member number, a name, an age. */
const MEMBERS: TableSpec = {
	name: 'climbing_members',
	humanName: 'Climbing members',
	columns: [
		['member_no', 'BIGINT'],
		['Full Name', 'VARCHAR'],
		['Age', 'BIGINT'],
		['status', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		9000 + i,
		`Member ${i}`,
		14 + i * 2,
		['Active', 'Frozen'][i % 2]
	])
};

/** Towns, each with its own name. */
const TOWNS: TableSpec = {
	name: 'towns',
	humanName: 'Towns',
	columns: [
		['town', 'VARCHAR'],
		['country', 'VARCHAR'],
		['population', 'BIGINT']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`Town ${i}`,
		['Peru', 'Chile', 'Kenya'][i % 3],
		(i + 1) * 10_000
	])
};

describe('records named by their noun with a condition', () => {
	const sessions = catalogOf(SESSIONS);
	it('are counted: "sessions over 50 kwh" asks how many', () => {
		expect(answer('sessions over 50 kwh', sessions).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "ev_charging_sessions"\nWHERE "kwh" > 50'
		);
		expect(answer('sessions at the depot', sessions).sql).toMatch(/^SELECT count\(\*\)/);
	});
	it('offer the list of those rows as the other reading', () => {
		const result = answer('sessions with no feedback', sessions);
		expect(result.sql).toMatch(/^SELECT count\(\*\)[\s\S]*"Feedback" IS NULL/);
		const offered = result.interpretation.flatMap((i) => i.alternatives ?? []);
		const list = offered.find((a) => a.meaning.startsWith('list these rows'));
		expect(list?.answer.sql).toBe(
			'SELECT *\nFROM "ev_charging_sessions"\nWHERE "Feedback" IS NULL'
		);
	});
	it('are listed when the question asks to see them', () => {
		expect(answer('show sessions over 50 kwh', sessions).sql).toMatch(/^SELECT \*/);
		expect(answer('list sessions at the depot', sessions).sql).toMatch(/^SELECT \*/);
	});
});

describe('records named by their identifier', () => {
	it('"batches" of `Batch No` are the rows, counted', () => {
		expect(answer('batches with no packaged date', catalogOf(BATCHES)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "brewery_batches"\nWHERE "Packaged Date" IS NULL'
		);
	});
	it('are not the rows when several rows share one: "orders" of order lines', () => {
		const sql = answer('orders with a discount', catalogOf(LINES)).sql;
		expect(sql).not.toMatch(/count\(\*\)/);
		expect(sql).toContain('"order_no"');
	});
});

describe('records named by a value said in the plural', () => {
	const repairs = catalogOf(REPAIRS);
	it('are counted: "potholes in castle ward"', () => {
		expect(answer('potholes in castle ward', repairs).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "street_repairs"\nWHERE "Issue" = \'Pothole\'\n  AND "Ward" = \'Castle\''
		);
		expect(answer('blocked drains since september 2024', repairs).sql).toMatch(
			/^SELECT count\(\*\)[\s\S]*"Issue" = 'Blocked drain'/
		);
	});
	it('are listed when the question asks to see them', () => {
		expect(answer('show potholes in castle ward', repairs).sql).toMatch(/^SELECT \*/);
	});
	it('are named by the plural of the column the values fill ("… issues")', () => {
		expect(answer('pothole and broken light issues in 2024', repairs).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "street_repairs"\nWHERE "Issue" IN (\'Pothole\', \'Broken light\')\n  AND year("reported") = 2024'
		);
	});
});

describe("the table's own noun beside a number of each row", () => {
	it('names the rows, not the number: "members under 25" are by age', () => {
		expect(answer('how many members under 25', catalogOf(MEMBERS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "climbing_members"\nWHERE "Age" < 25'
		);
		expect(answer('list frozen members', catalogOf(MEMBERS)).sql).not.toContain('"member_no"');
	});
});

describe('named things with a condition', () => {
	it('are listed: "towns in Peru" asks which', () => {
		expect(answer('towns in Peru', catalogOf(TOWNS)).sql).toBe(
			'SELECT *\nFROM "towns"\nWHERE "country" = \'Peru\''
		);
	});
});
