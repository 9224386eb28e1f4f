/**
 * Columns of a few whole numbers that name kinds (a swimming stage 1–7, a lane): "stage 6
 * lessons" is a condition, never what "how many" totals; "top 3 stages by income" ranks the
 * stages as groups. "how much" asked of a list of rows totals its one amount, or is unsure.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A leisure centre's swimming lessons: the stage (1–7), the instructor, the income. */
const LESSONS: TableSpec = {
	name: 'swimming_lessons',
	humanName: 'Swimming lessons',
	columns: [
		['Lesson Date', 'DATE'],
		['Stage', 'BIGINT'],
		['Instructor', 'VARCHAR'],
		['Income (£)', 'DOUBLE'],
		['Lane', 'BIGINT'],
		['Cancelled', 'BOOLEAN'],
		['Payment', 'VARCHAR']
	],
	rows: Array.from({ length: 42 }, (_, i) => [
		`202${3 + (i % 2)}-0${1 + (i % 9)}-12`,
		1 + (i % 7),
		['Claire Dunn', 'Dev Mistry'][i % 2],
		40 + (i % 7) * 5,
		1 + (i % 3 === 0 ? 0 : i % 4),
		i % 6 === 0,
		['Card', 'Cash'][i % 2]
	])
};

/** A minicab firm's trips: the driver, the fare, a tip now and then. */
const TRIPS: TableSpec = {
	name: 'minicab_trips',
	humanName: 'Minicab trips',
	columns: [
		['Driver', 'VARCHAR'],
		['Fare (£)', 'DOUBLE'],
		['tip', 'DOUBLE'],
		['Distance (mi)', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		['Sharon Pike', 'Gary Hollis'][i % 2],
		10 + i,
		i % 4 === 0 ? 2 : null,
		1 + (i % 6)
	])
};

describe('a column of numbered kinds', () => {
	it('"stage 6 lessons" is a condition, and "how many" counts the lessons', () => {
		expect(answer('how many stage 6 lessons', catalogOf(LESSONS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "swimming_lessons"\nWHERE "Stage" = 6'
		);
		expect(answer('how many stage 6 and 7 lessons each year', catalogOf(LESSONS)).sql).toContain(
			'WHERE "Stage" IN (6, 7)'
		);
	});
	it('"top 3 stages by income" ranks the stages by their total', () => {
		expect(answer('top 3 stages by income', catalogOf(LESSONS)).sql).toContain(
			'SELECT "Stage", sum("Income (£)")'
		);
	});
	it('a stage said after the verb is its value too', () => {
		expect(answer('how many lessons have stage 3', catalogOf(LESSONS)).sql).toContain(
			'WHERE "Stage" = 3'
		);
	});
});

describe('"how much" of a list of rows', () => {
	it('totals the one amount shown', () => {
		expect(answer('how much did we get in tips', catalogOf(TRIPS)).sql).toBe(
			'SELECT sum("tip") AS "total_tip"\nFROM "minicab_trips"'
		);
	});
	it('totals it for all of those who did it ("how much have drivers got in tips")', () => {
		const all = answer('how much have drivers got in tips', catalogOf(TRIPS));
		expect(all.sql).toBe('SELECT sum("tip") AS "total_tip"\nFROM "minicab_trips"');
		expect(all.interpretation).toContainEqual(
			expect.objectContaining({ words: 'drivers', meaning: 'all of "Driver" together' })
		);
	});
	it("is unsure with one of them beside the amount (that driver's, or all?)", () => {
		const beside = ask('how much did the driver get in tips', catalogOf(TRIPS));
		expect(isRefusal(beside) || beside.confidence < 0.6).toBe(true);
	});
});

describe('words around the rows and their kinds', () => {
	it('"which lane do we use most" ranks the lanes', () => {
		expect(answer('which lane do we use most', catalogOf(LESSONS)).sql).toContain(
			'SELECT "Lane", count(*)'
		);
	});
	it('"per lesson" of Swimming lessons is each row, not each lesson date', () => {
		expect(answer('average income per lesson', catalogOf(LESSONS)).sql).toBe(
			'SELECT avg("Income (£)") AS "average_income"\nFROM "swimming_lessons"'
		);
	});
	it('"not counting cancelled ones" leaves the yes/no rows out', () => {
		expect(
			answer('avg income per lesson not counting cancelled ones', catalogOf(LESSONS)).sql
		).toContain(`WHERE "Cancelled" <> 'true'`);
	});
	it('"payment method" is the payment column', () => {
		expect(answer('income by payment method', catalogOf(LESSONS)).sql).toContain(
			'SELECT "Payment"'
		);
	});
});

describe('the longest', () => {
	it('is the distance when no duration is kept', () => {
		expect(answer('longest trip in miles', catalogOf(TRIPS)).sql).toContain(
			'ORDER BY "Distance (mi)" DESC'
		);
	});
	it('is the duration when both are kept', () => {
		const both: TableSpec = {
			...TRIPS,
			columns: [...TRIPS.columns, ['duration_min', 'DOUBLE']],
			rows: TRIPS.rows.map((r, i) => [...r, 10 + i])
		};
		expect(answer('longest trip', catalogOf(both)).sql).toContain('ORDER BY "duration_min" DESC');
	});
});
