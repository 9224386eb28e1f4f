/**
 * A year said before a word naming a date or year column is that column's year: "at the 2023
 * inspection" is the year of `Inspection Date` (not of the table's usual `Start`), "the 2009
 * budget" the `budgetYear`; a year of the data before the rows' noun is never how many rows
 * to keep. A year column every row holds (`rent_year` of a rent book, a row per tenant and year)
 * is the rows' own time, before a tenancy's `Start`. A date column named before "is in 2022",
 * or after "by year of", is the time the question means; "is" of `isConcession` names nothing.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** An allotment site's lettings: when each tenancy started and each year's inspection. */
const LETTINGS: TableSpec = {
	name: 'allotment_lettings',
	humanName: 'Allotment lettings',
	columns: [
		['Plot', 'VARCHAR'],
		['Start', 'DATE'],
		['Inspection Date', 'DATE'],
		['Condition', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`A${String(1 + (i % 10)).padStart(2, '0')}`,
		`20${10 + (i % 12)}-04-01`,
		`202${2 + (i % 3)}-07-16`,
		['Good', 'Fair', 'Poor', 'Uncultivated'][i % 4]
	])
};

/** Forecasts made in each budget year for later years. */
const BUDGETS: TableSpec = {
	name: 'budgets',
	humanName: 'Budgets',
	columns: [
		['budgetYear', 'BIGINT'],
		['forecastYear', 'BIGINT'],
		['value', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		2005 + Math.floor(i / 4),
		2005 + Math.floor(i / 4) + (i % 4),
		100 + i * 3
	])
};

describe("a year said before a date column's word", () => {
	const lettings = catalogOf(LETTINGS);

	it("is that column's year, not the usual time column's, and no limit", () => {
		const q = 'how many plots were marked poor or uncultivated at the 2023 inspection';
		const sql = answer(q, lettings).sql;
		expect(sql).toContain('year("Inspection Date") = 2023');
		expect(sql).not.toContain('LIMIT');
	});

	it('the usual time column stays for a year said alone', () => {
		expect(answer('how many plots were marked poor in 2023', lettings).sql).toContain(
			'year("Start") = 2023'
		);
	});

	it('a year column named by the word is compared as a year', () => {
		expect(answer('show the forecasts from the 2009 budget', catalogOf(BUDGETS)).sql).toContain(
			'WHERE "budgetYear" = 2009'
		);
	});
});

/** A rent book: a row per plot, tenant and rent year, each tenancy's start on every row. */
function rentBook(isYearComplete: boolean): TableSpec {
	return {
		name: 'rent_book',
		humanName: 'Rent book',
		columns: [
			['Plot', 'VARCHAR'],
			['rent_year', 'BIGINT'],
			['Start', 'DATE'],
			['Annual Rent (£)', 'DOUBLE']
		],
		rows: Array.from({ length: 24 }, (_, i) => [
			`B${String(1 + (i % 8)).padStart(2, '0')}`,
			isYearComplete || i % 6 !== 0 ? 2021 + Math.floor(i / 8) : null,
			`20${12 + (i % 8)}-03-01`,
			30 + (i % 5)
		])
	};
}

describe('a year column every row holds', () => {
	it("is the rows' own time before the date a tenancy began", () => {
		expect(answer('total rent in 2023', catalogOf(rentBook(true))).sql).toBe(
			'SELECT sum("Annual Rent (£)") AS "total_annual_rent"\nFROM "rent_book"\n' +
				'WHERE "rent_year" = 2023'
		);
	});

	it('with years missing, the date of beginning stays the time', () => {
		expect(answer('total rent in 2013', catalogOf(rentBook(false))).sql).toContain(
			'year("Start") = 2013'
		);
	});
});

/** Lettings with a yes/no column named with "is". */
const FLAGGED: TableSpec = {
	...LETTINGS,
	columns: [...LETTINGS.columns, ['isConcession', 'BOOLEAN']],
	rows: LETTINGS.rows.map((row, i) => [...row, i % 3 === 0])
};

describe('a date column named with the time', () => {
	const lettings = catalogOf(FLAGGED);

	it('"<date> is in <year>" is that date\'s year, and "is" names no `isConcession`', () => {
		expect(answer('how many lettings where inspection date is in 2022', lettings).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "allotment_lettings"\nWHERE year("Inspection Date") = 2022'
		);
	});

	it('"by year of <date>" groups by that date\'s year', () => {
		expect(answer('how many lettings by year of inspection date', lettings).sql).toContain(
			'SELECT year("Inspection Date") AS "year", count(*)'
		);
	});
});
