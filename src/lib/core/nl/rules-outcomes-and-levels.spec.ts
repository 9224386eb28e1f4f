/**
 * Conditions that must not be dropped and amounts that are levels: "haven't been paid" of a
 * `paidDate` (a participle names no rows), "did we give up on" (a phrasal verb is an outcome),
 * "how many hours" of rows that are not hours; "top 5 authors by rating", "the most turbid
 * sites" rank by the average of a level; "hardbacks vs paperbacks" counts each.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A design agency's invoices: paid or not, a status. */
const INVOICES: TableSpec = {
	name: 'agency_invoices',
	humanName: 'Agency invoices',
	columns: [
		['invoice_no', 'VARCHAR'],
		['Client', 'VARCHAR'],
		['Issue Date', 'DATE'],
		['paidDate', 'DATE'],
		['Status', 'VARCHAR'],
		['Net (£)', 'DOUBLE'],
		['Gross (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`INV-${i}`,
		['Kestrel Outdoor', 'Harbour Foods'][i % 2],
		`2024-0${1 + (i % 9)}-05`,
		i % 5 === 0 ? null : `2024-0${1 + (i % 9)}-25`,
		i % 5 === 0 ? 'Overdue' : 'Paid',
		80 + i,
		100 + i
	])
};

/** A household's reading log: authors, a 1–5 rating, the format, books given up on. */
const READING: TableSpec = {
	name: 'reading_log',
	humanName: 'Reading log',
	columns: [
		['book_id', 'BIGINT'],
		['Author', 'VARCHAR'],
		['Rating', 'BIGINT'],
		['Format', 'VARCHAR'],
		['abandoned', 'BOOLEAN']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		i + 1,
		['Maggie Thorne', 'Dara Quill', 'Felix Dunmore'][i % 3],
		// Thorne has the most books rated, Quill the best average
		[3, 5, 4][i % 3] - (i % 2),
		['Hardback', 'Paperback', 'Ebook'][i % 3],
		i % 7 === 0
	])
};

/** A river trust's water samples, a few a month: site, time sampled, turbidity. */
const SAMPLES: TableSpec = {
	name: 'water_samples',
	humanName: 'Water samples',
	columns: [
		['Site', 'VARCHAR'],
		['Sampled At', 'TIMESTAMP'],
		['turb_ntu', 'DOUBLE'],
		['Passed', 'BOOLEAN']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		['Weir', 'Estuary', 'Bridge'][i % 3],
		`2024-0${1 + (i % 9)}-1${i % 10} 09:30:00`,
		// the weir has the most samples, the estuary the murkiest water
		[2, 9, 3][i % 3] + (i % 3 === 0 ? 1 : 0),
		i % 4 !== 0
	])
};

describe('conditions that are not dropped', () => {
	it('"haven\'t been paid" is the invoices not paid', () => {
		expect(answer("how many invoices haven't been paid", catalogOf(INVOICES)).sql).toContain(
			`WHERE "Status" <> 'Paid'`
		);
	});
	it('"did we give up on" is unsure, not every book', () => {
		const gaveUp = ask('how many books did we give up on', catalogOf(READING));
		expect(isRefusal(gaveUp) || gaveUp.confidence < 0.6).toBe(true);
	});
	it('"how many hours" of invoices is no count of rows', () => {
		const hours = ask('how many hours did we spend on kestrel outdoor', catalogOf(INVOICES));
		expect(isRefusal(hours) && hours.reason).toContain('hours');
	});
	it('"how many hours" of samples taken now and then is none either', () => {
		const hours = ask('how many hours had turbidity over 5', catalogOf(SAMPLES));
		expect(isRefusal(hours) || hours.confidence < 0.6).toBe(true);
	});
});

describe('levels ranked by their average', () => {
	it('"top 5 authors by rating" averages the rating', () => {
		expect(answer('top 5 authors by rating', catalogOf(READING)).sql).toContain('avg("Rating")');
	});
	it('"the most turbid sites" averages the turbidity', () => {
		expect(answer('which 2 sites are the most turbid', catalogOf(SAMPLES)).sql).toContain(
			'avg("turb_ntu")'
		);
	});
	it('"hardbacks vs paperbacks" counts each', () => {
		expect(answer('hardbacks vs paperbacks', catalogOf(READING)).sql).toBe(
			`SELECT "Format", count(*) AS "count"\nFROM "reading_log"\nWHERE "Format" IN ('Hardback', 'Paperback')\nGROUP BY 1\nORDER BY 1`
		);
	});
});

describe('words of a list of columns to show', () => {
	it('"time" in the list is the rows\' timestamp', () => {
		expect(answer('list samples - site, time and turb ntu', catalogOf(SAMPLES)).sql).toContain(
			'"Sampled At"'
		);
	});
	it('"amount" is the one money column, and unsure when there is none or several', () => {
		const net = INVOICES.columns.findIndex(([name]) => name === 'Net (£)');
		const one: TableSpec = {
			...INVOICES,
			columns: INVOICES.columns.filter((_, k) => k !== net),
			rows: INVOICES.rows.map((r) => r.filter((_, k) => k !== net))
		};
		expect(answer('list overdue invoices with client and amount', catalogOf(one)).sql).toContain(
			'"Gross (£)"'
		);
		const unsure = ask('list overdue invoices with client and amount', catalogOf(INVOICES));
		expect(isRefusal(unsure) || unsure.confidence < 0.6).toBe(true);
	});
});

describe('a yes/no said by its opposite, a date by its verb', () => {
	it('"failed" of a `Passed` column is its false rows', () => {
		expect(answer('how many samples failed', catalogOf(SAMPLES)).sql).toContain(
			`WHERE "Passed" <> 'true'`
		);
		expect(answer('fails per month', catalogOf(SAMPLES)).sql).toContain(`"Passed" <> 'true'`);
	});
	it('"started per month" is the month of `Date Started`', () => {
		const log: TableSpec = {
			name: 'reading_log',
			humanName: 'Reading log',
			columns: [
				['book_id', 'BIGINT'],
				['Title', 'VARCHAR'],
				['Date Started', 'DATE'],
				['dateFinished', 'DATE']
			],
			rows: Array.from({ length: 12 }, (_, i) => [
				i + 1,
				`Book ${i}`,
				`2024-0${1 + (i % 9)}-02`,
				`2024-0${1 + (i % 9)}-20`
			])
		};
		expect(answer('books started per month', catalogOf(log)).sql).toContain(
			`date_trunc('month', "Date Started")`
		);
	});
});

describe('invoices', () => {
	it('"net revenue", "net income" are the `Net (£)` column again', () => {
		expect(answer('top 3 clients by net revenue', catalogOf(INVOICES)).sql).toContain(
			'sum("Net (£)")'
		);
		expect(answer('net income per month', catalogOf(INVOICES)).sql).toContain('sum("Net (£)")');
	});
	it('"have we invoiced" reads as the invoices themselves', () => {
		expect(answer('how many clients have we invoiced', catalogOf(INVOICES)).sql).toBe(
			'SELECT count(DISTINCT "Client") AS "distinct_client"\nFROM "agency_invoices"'
		);
	});
});
