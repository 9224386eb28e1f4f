/**
 * A shop's till, a repair shop's jobs and a housing repairs log: "customers", "baskets" and
 * "transactions" of a till are its receipts, counted once each however many lines they have, and its
 * "sales" are the money the lines took; "summer 2023" is June to August of 2023;
 * "who has served the most customers" groups by the till's `servedBy`, "what brings in the
 * most money" by its items; "how much did we take"
 * totals the price charged, not the parts it cost; "median turnaround in hours" reads a
 * `Turnaround (hrs)`; "still waiting to be collected" keeps the
 * jobs with no collection date; "july and august 2024" is both months of that year; "per job"
 * of a job reference each row has is every row, not a group of one. Readings that lose what
 * was asked are not sure: a group a condition pins to one value, a total of a row's reference
 * number, a share compared with years, a title read from its first word and the "in" after it.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { CONFIDENCE_THRESHOLD } from './explain';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A farm shop's till: one row per line of a receipt, three lines to most receipts. */
const TILL: TableSpec = {
	name: 'farm_shop_sales',
	humanName: 'Farm shop sales',
	columns: [
		['Receipt No', 'BIGINT'],
		['Date', 'DATE'],
		['Item', 'VARCHAR'],
		['Line Total (£)', 'DOUBLE'],
		['payment_type', 'VARCHAR'],
		['servedBy', 'VARCHAR']
	],
	rows: Array.from({ length: 36 }, (_, i) => [
		1001 + Math.floor(i / 3),
		`202${3 + (i % 2)}-0${1 + (i % 9)}-0${1 + (i % 7)}`,
		['Eggs', 'Potatoes', 'Honey', 'Jam'][i % 4],
		2 + (i % 5) * 1.5,
		['Card', 'Cash'][Math.floor(i / 3) % 2],
		['Ruth', 'Tom', 'Ruth'][Math.floor(i / 3) % 3]
	])
};

/** A phone repair shop's jobs: the price charged beside what the part cost. */
const PHONE_JOBS: TableSpec = {
	name: 'phone_repairs',
	humanName: 'Phone repairs',
	columns: [
		['Job No', 'BIGINT'],
		['booked_in', 'TIMESTAMP'],
		['Brand', 'VARCHAR'],
		['Fault', 'VARCHAR'],
		['Part Cost (£)', 'DOUBLE'],
		['Price (£)', 'DOUBLE'],
		['Turnaround (hrs)', 'DOUBLE'],
		['collectedOn', 'DATE']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		30001 + i,
		`202${3 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-10 10:00:00`,
		['Apple', 'Samsung', 'Google'][i % 3],
		['Screen', 'Battery', 'Water damage'][i % 3],
		10 + (i % 4) * 5,
		45 + (i % 6) * 10,
		1 + (i % 8) * 2.5,
		i % 7 === 3 ? null : `202${3 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-12`
	])
};

/** A housing repairs log: one job a row, each with its own reference. */
const REPAIRS: TableSpec = {
	name: 'repair_requests',
	humanName: 'Repair requests',
	columns: [
		['Job Ref', 'VARCHAR'],
		['Trade', 'VARCHAR'],
		['Cost (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`R24-${String(i + 1).padStart(4, '0')}`,
		['Plumbing', 'Roofing', 'Electrical'][i % 3],
		80 + (i % 5) * 40
	])
};

/** Counts of people by job: the jobs are values, not rows. */
const JOB_COUNTS: TableSpec = {
	name: 'jobs',
	humanName: 'Jobs',
	columns: [
		['job', 'VARCHAR'],
		['year', 'BIGINT'],
		['count', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['Mechanic', 'Baker', 'Clerk', 'Farmer'][i % 4],
		1900 + 10 * Math.floor(i / 4),
		100 + i * 7
	])
};

/** A hall's bookings, numbered by a reference that is a number. */
const HALL: TableSpec = {
	name: 'hall_bookings',
	humanName: 'Hall bookings',
	columns: [
		['booking_ref', 'BIGINT'],
		['Room', 'VARCHAR'],
		['Total Amount', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [5000 + i, ['Main hall', 'Annex'][i % 2], 40 + i])
};

/** Visits to an emergency department, with each patient's age. */
const ATTENDANCES: TableSpec = {
	name: 'ed_attendances',
	humanName: 'ED attendances',
	columns: [
		['Arrival', 'TIMESTAMP'],
		['Age (yrs)', 'BIGINT'],
		['Triage', 'VARCHAR']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`2024-0${1 + (i % 9)}-02 08:00:00`,
		5 + i * 4,
		['Urgent', 'Standard'][i % 2]
	])
};

/** A library's loans: one title begins with "Lessons in". */
const LOANS: TableSpec = {
	name: 'library_loans',
	humanName: 'Library loans',
	columns: [
		['Title', 'VARCHAR'],
		['checkout_date', 'DATE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['Lessons in Chemistry', 'Dune', 'Emma', 'Persuasion'][i % 4],
		`202${3 + (i % 2)}-0${1 + (i % 9)}-05`
	])
};

/** Swimming lessons, one row a lesson. */
const SWIMMING: TableSpec = {
	name: 'swimming_lessons',
	humanName: 'Swimming lessons',
	columns: [
		['Lesson Date', 'DATE'],
		['Instructor', 'VARCHAR'],
		['Pupils', 'BIGINT']
	],
	rows: Array.from({ length: 16 }, (_, i) => [
		`202${3 + (i % 2)}-0${1 + (i % 9)}-08`,
		['Kim', 'Lou'][i % 2],
		4 + (i % 5)
	])
};

const isSure = (question: string, tables: TableSpec[]) => {
	const result = answerQuestion({ question, catalog: catalogOf(...tables) });
	return !isRefusal(result) && result.confidence >= CONFIDENCE_THRESHOLD;
};

describe("a till's receipts", () => {
	const till = catalogOf(TILL);
	it('customers, baskets and transactions are receipts, each counted once', () => {
		for (const q of ['how many customers did we serve in 2024', 'how many transactions in 2024']) {
			expect(answer(q, till).sql).toBe(
				'SELECT count(DISTINCT "Receipt No") AS "distinct_receipt_no"\n' +
					'FROM "farm_shop_sales"\nWHERE year("Date") = 2024'
			);
		}
	});
	it('"what" and a verb before "the most" ask for the thing sold, named in words', () => {
		const sql = answer('what brings in the most money', till).sql;
		expect(sql).toContain('SELECT "Item", sum("Line Total (£)")');
		expect(sql).toContain('GROUP BY 1');
		expect(answer('what is the most common item', till).sql).toContain('count(*)');
	});
	it('"paid by card": the value confirms the column a verb names loosely', () => {
		expect(answer('how many sales were paid by card', till).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "farm_shop_sales"\nWHERE "payment_type" = \'Card\''
		);
	});
	it('"who has served the most" groups by the column of who served', () => {
		const sql = answer('who has served the most customers', till).sql;
		expect(sql).toContain('SELECT "servedBy", count(DISTINCT "Receipt No")');
		expect(sql).toContain('GROUP BY 1');
	});
});

describe('sales and seasons', () => {
	const till = catalogOf(TILL);
	it('"sales" of a till are the money its lines took; "how many sales" counts them', () => {
		expect(answer('sales by item', till).sql).toBe(
			'SELECT "Item", sum("Line Total (£)") AS "total_line_total"\nFROM "farm_shop_sales"\n' +
				'GROUP BY 1\nORDER BY 1'
		);
		expect(answer('how many sales in 2024', till).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "farm_shop_sales"\nWHERE year("Date") = 2024'
		);
	});
	it('a season is its three months, of the year said or of any year', () => {
		expect(answer('sales in summer 2023', till).sql).toContain(
			`WHERE "Date" >= DATE '2023-06-01' AND "Date" < DATE '2023-09-01'`
		);
		expect(answer('sales in winter 2023', till).sql).toContain(
			`WHERE "Date" >= DATE '2023-12-01' AND "Date" < DATE '2024-03-01'`
		);
		expect(answer('how many sales in the autumn', till).sql).toContain(
			'WHERE month("Date") IN (9, 10, 11)'
		);
	});
});

describe('money taken, and what has yet to happen', () => {
	const shop = catalogOf(PHONE_JOBS);
	it('the price charged is what was taken, not the part it cost', () => {
		expect(answer('how much did we take in 2023', shop).sql).toBe(
			'SELECT sum("Price (£)") AS "total_price"\nFROM "phone_repairs"\n' +
				'WHERE year("booked_in") = 2023'
		);
		expect(answer('revenue by brand', shop).sql).toContain('sum("Price (£)")');
	});
	it('"found no parts": a verb of having or finding before "no" says "with"', () => {
		const parts: TableSpec = {
			...PHONE_JOBS,
			columns: [...PHONE_JOBS.columns, ['Part No', 'VARCHAR']],
			rows: PHONE_JOBS.rows.map((r, i) => [...r, i % 4 === 0 ? null : `0${8000 + i}`])
		};
		for (const q of ['how many repairs needed no parts', 'how many repairs found no parts']) {
			expect(answer(q, catalogOf(parts)).sql).toBe(
				'SELECT count(*) AS "count"\nFROM "phone_repairs"\nWHERE "Part No" IS NULL'
			);
		}
	});
	it('"waiting to be collected" keeps the jobs with no collection date', () => {
		expect(answer('how many phones are still waiting to be collected', shop).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "phone_repairs"\nWHERE "collectedOn" IS NULL'
		);
		expect(answer('how many phones have been collected', shop).sql).toContain(
			'"collectedOn" IS NOT NULL'
		);
	});
	it('a unit in brackets is what the number is kept in, and may be said', () => {
		for (const q of ['median turnaround time in hours', 'median turnaround']) {
			expect(answer(q, shop).sql).toBe(
				'SELECT median("Turnaround (hrs)") AS "median_turnaround_hrs"\nFROM "phone_repairs"'
			);
		}
	});
	it('months listed before one year are those months of that year', () => {
		const sql = answer('water damage jobs in july and august 2024', shop).sql;
		expect(sql).toContain('year("booked_in") = 2024');
		expect(sql).toContain('month("booked_in") IN (7, 8)');
		expect(sql).not.toContain("DATE '2024-08-01'");
	});
});

describe('a thing named before its code', () => {
	const pupils: TableSpec = {
		name: 'club_bookings',
		humanName: 'Club bookings',
		columns: [
			['Child ID', 'VARCHAR'],
			['Child Name', 'VARCHAR'],
			['Session Date', 'DATE']
		],
		rows: Array.from({ length: 18 }, (_, i) => [
			`000${40 + (i % 6)}`,
			['Ava Hart', 'Ben Cole', 'Cai Lee', 'Dee Roy', 'Eve Fox', 'Fin Ash'][i % 6],
			`2024-0${1 + (i % 9)}-1${i % 10}`
		])
	};
	it('"child 00043" is the child of that ID, not a list of names', () => {
		expect(answer('how many sessions has child 00043 been booked on', catalogOf(pupils)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "club_bookings"\nWHERE "Child ID" = \'00043\''
		);
	});
});

describe('per job, where each row is one job', () => {
	it('an average per job over the rows, grouped only by what was asked', () => {
		expect(answer('which trade costs the most per job on average', catalogOf(REPAIRS)).sql).toBe(
			'SELECT "Trade", avg("Cost (£)") AS "average_cost"\nFROM "repair_requests"\n' +
				'WHERE "Trade" IS NOT NULL\nGROUP BY 1\n' +
				'QUALIFY rank() OVER (ORDER BY avg("Cost (£)") DESC NULLS LAST) = 1\n' +
				'ORDER BY "average_cost" DESC NULLS LAST, 1'
		);
	});
});

describe('readings that lose what was asked are not sure', () => {
	it('a group a condition holds to one value compares nothing', () => {
		expect(isSure('which mechanic has done the most jobs', [JOB_COUNTS])).toBe(false);
		expect(isSure('which job had the highest count in 1910', [JOB_COUNTS])).toBe(true);
	});
	it("a row's reference number is never totalled for a word that only starts like it", () => {
		expect(isRefusal(ask('total refunded', catalogOf(HALL)))).toBe(true);
		expect(answer('total amount', catalogOf(HALL)).sql).toContain('sum("Total Amount")');
	});
	it('a percentage is not compared with a column of years', () => {
		expect(isSure('how many patients have attendance under 85%', [ATTENDANCES])).toBe(false);
		expect(answer('how many patients under 18 years', catalogOf(ATTENDANCES)).sql).toContain(
			'"Age (yrs)" < 18'
		);
	});
	it('a title is not read from its first word and the "in" after it', () => {
		const result = answer('how many lessons in 2023', catalogOf(LOANS, SWIMMING));
		expect(result.sql).toContain('FROM "swimming_lessons"');
		expect(result.interpretation.map((i) => i.words)).not.toContain('lessons in');
	});
});
